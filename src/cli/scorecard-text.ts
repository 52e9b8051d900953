/** The partner comparison as a person reads it in a terminal: one table per KPI, its pairs, then the weighted scores. */
import { kpiById, PERSPECTIVE_NAMES, PERSPECTIVES } from '../domain/quality/kpi-catalogue.ts'
import type { ScorecardComparison } from '../domain/quality/scorecard-comparison.ts'

const thousands = (x: number, digits: number) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })

/**
 * A KPI value with its unit: shares and ratios as percentages, seconds as "s", other units
 * after the number. A difference (or a slope) of shares is in percentage points ("pp").
 */
export function formatKpiValue(kpiId: string, x: number | null, { difference = false } = {}): string {
  if (x === null) return '–'
  const kpi = kpiById(kpiId)
  const sign = difference && x > 0 ? '+' : ''
  const percent = !kpi || kpi.unit.startsWith('share') || kpi.unit.startsWith('ratio') || kpi.unit.startsWith('annual rate')
  if (percent) return `${sign}${thousands(x * 100, difference ? 2 : 1)}${difference ? ' pp' : ' %'}`
  if (kpi.unit === 'seconds') return `${sign}${thousands(x, 1)} s`
  const short = kpi.unit.replace(/ \(.*\)$/, '')
  return `${sign}${thousands(x, Math.abs(x) >= 100 ? 1 : 2)} ${short}`
}

const p = (x: number | null) => (x === null ? '–' : x < 0.0001 ? '< 0.0001' : x.toFixed(4))
const pad = (s: string, n: number) => s.padEnd(n)
const lpad = (s: string, n: number) => s.padStart(n)

export function formatComparison(c: ScorecardComparison): string {
  const level = `${Number((c.confidenceLevel * 100).toFixed(4))} %`
  const width = Math.max(8, ...c.partners.map((x) => x.length))
  const out: string[] = [
    `Partner comparison: ${c.partners.length} partner${c.partners.length === 1 ? '' : 's'}, ${c.kpis.length} KPI${c.kpis.length === 1 ? '' : 's'}, ${c.periods.kind === 'month' ? 'months' : 'weeks'} ${c.periods.first} to ${c.periods.last} (${c.periods.count} periods)`,
    `Intervals at ${level} confidence. Partners whose Holm-adjusted difference has p ≥ ${c.alpha} share a group and are within noise, not ranked apart.`,
    '',
  ]
  for (const k of c.kpis) {
    out.push(`${k.name} (${k.kpi}; ${k.unit}; ${k.direction} is better; ${k.perspective}) — compared by ${k.basis}: ${k.intervalMethod}`)
    out.push(`  ${pad('rank', 6)}${pad('group', 16)}${pad('partner', width + 2)}${lpad('value', 12)}${lpad('n', 9)}   ${pad(`${level} interval`, 24)}${lpad('shrunk', 12)}   trend`)
    // Best first: by rank, then (inside a group) by shrunk estimate in the KPI's direction.
    const better = k.direction === 'higher' ? -1 : 1
    const ordered = [...k.partners].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || better * ((a.shrunk ?? 0) - (b.shrunk ?? 0)))
    for (const x of ordered) {
      const interval = x.interval ? `${formatKpiValue(k.kpi, x.interval.low)} to ${formatKpiValue(k.kpi, x.interval.high)}` : 'none'
      const group = x.group === null ? '–' : x.withinNoise ? `${x.group} within noise` : x.group
      const trend = x.trend ? `${x.trend.direction} (${formatKpiValue(k.kpi, x.trend.slope, { difference: true })}/${x.trend.per}, p ${p(x.trend.pValue)})` : '–'
      out.push(`  ${pad(String(x.rank ?? '–'), 6)}${pad(group, 16)}${pad(x.partner, width + 2)}${lpad(formatKpiValue(k.kpi, x.value), 12)}${lpad(x.n.toLocaleString('en-US'), 9)}   ${pad(interval, 24)}${lpad(formatKpiValue(k.kpi, x.shrunk), 12)}   ${trend}`)
    }
    if (k.pairs.length) {
      out.push(`  ${pad('pair', 2 * width + 5)}${lpad('difference', 12)}${lpad('p', 10)}${lpad('Holm p', 10)}`)
      for (const q of k.pairs) {
        const verdict = q.noTest ? `no test: ${q.noTest}` : q.significant ? 'different' : 'within noise'
        out.push(`  ${pad(`${q.a} − ${q.b}`, 2 * width + 5)}${lpad(formatKpiValue(k.kpi, q.difference, { difference: true }), 12)}${lpad(p(q.pValue), 10)}${lpad(p(q.holmPValue), 10)}  ${verdict}`)
      }
    }
    out.push('')
  }
  const s = c.scorecard
  const weights = Object.entries(s.weights)
    .filter(([, w]) => w > 0)
    .map(([id, w]) => `${id} ${Number(w.toFixed(2))} %`)
    .join(', ')
  out.push(`Weighted scores, 0–100 (${s.weightsSource === 'equal' ? 'equal weights' : 'weights'}: ${weights || 'none'}; 100 = every KPI at or better than target)`)
  out.push(`  ${pad('partner', width + 2)}${lpad('overall', 9)}${PERSPECTIVES.map((x) => lpad(PERSPECTIVE_NAMES[x], 19)).join('')}`)
  const score = (x: number | null) => (x === null ? '–' : x.toFixed(1))
  for (const x of [...s.scores].sort((a, b) => (b.overall ?? -1) - (a.overall ?? -1))) {
    out.push(`  ${pad(x.partner, width + 2)}${lpad(score(x.overall), 9)}${PERSPECTIVES.map((q) => lpad(score(x.perspectives[q]), 19)).join('')}${x.missing.length ? `   missing: ${x.missing.join(', ')}` : ''}`)
  }
  const warnings = [...s.selectionWarnings, ...c.warnings]
  if (warnings.length) out.push('', 'Warnings:', ...warnings.map((w) => `  - ${w}`))
  return `${out.join('\n')}\n`
}
