/** Workspace tables in words and in reading order for the backup pages; a table added later falls back to its SQL name in words, after these. */

const LABELS: Record<string, string> = {
  forecasts: 'Forecasts',
  forecast_channels: 'Forecast channel series',
  sourcing_options: 'Sourcing options',
  scenarios: 'Scenarios',
  scenario_options: 'Scenario–option links',
  activity_days: 'Activity days',
  activity_weights: 'Activity weights',
  kpi_observations: 'KPI observations',
  scorecard_kpi_settings: 'Scorecard KPI settings',
  custom_kpis: 'Custom KPIs',
}
const ORDER = Object.keys(LABELS)

export function tableLabel(name: string): string {
  const known = LABELS[name]
  if (known) return known
  const words = name.replaceAll('_', ' ').replace(/\bkpis?\b/g, (w) => w.toUpperCase().replace('KPIS', 'KPIs'))
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Known tables in the order people think of them (forecasts first), then any others by name. */
export function inReadingOrder(names: readonly string[]): string[] {
  const rank = (n: string) => (ORDER.includes(n) ? ORDER.indexOf(n) : ORDER.length)
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}
