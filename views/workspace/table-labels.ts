/** Workspace tables in words for the backup pages; a table added later falls back to its SQL name in words. */

const LABELS: Record<string, string> = {
  forecasts: 'Forecasts',
  forecast_channels: 'Forecast channel series',
  sourcing_options: 'Sourcing options',
  scenarios: 'Scenarios',
  scenario_options: 'Scenario–option links',
  activity_days: 'Activity days',
  activity_weights: 'Activity weights',
}

export function tableLabel(name: string): string {
  const known = LABELS[name]
  if (known) return known
  const words = name.replaceAll('_', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
