/** Section 1: the recommendation in three sentences and the headline figures, each with its unit and basis. */
import type { ComparisonRow } from '../../src/domain/evaluation/comparison.ts'
import { riskBand, type RiskBand } from '../../src/domain/evaluation/report-findings.ts'
import { formatMoney } from '../compare/view-model.ts'
import { formatCount, formatPercent } from '../format.ts'
import type { ReportData } from './report-data.ts'
import { monthName, perUnit, signedMoney, signedPercent } from './report-format.ts'
import { ReportSection } from './section.tsx'

export const BAND_WORDS: Record<RiskBand, string> = { low: 'low risk', moderate: 'moderate risk', high: 'high risk', unknown: 'risk not simulated' }

export function ExecutiveSummary({ data }: { data: ReportData }) {
  const c = data.comparison
  const ranked = c.options.filter((r) => Number.isFinite(r.costPerContact)).sort((a, b) => a.costPerContact - b.costPerContact)
  const best = ranked.find((r) => r.cheapest)
  const runnerUp = ranked.find((r) => r !== best)
  const basis = `${formatCount(c.trials)} simulated futures, seed ${c.seed}`
  return (
    <ReportSection id="report-summary">
      {best ? (
        <>
          <p class="report-recommendation" data-testid="report-recommendation">
            <strong>{best.name}</strong> is the cheapest option: <strong>{perUnit(best.costPerContact, c.currency, 'contact handled')}</strong> and{' '}
            {perUnit(best.costPerResolution, c.currency, 'issue resolved')}, <strong>{formatMoney(best.costCents / 100, c.currency, 0)} a year</strong> for{' '}
            {formatCount(best.contactsHandled)} contacts. On the forecast it reaches a {formatPercent(best.serviceLevel)} service level against a{' '}
            {formatPercent(best.serviceLevelTarget)} contact-weighted target; across {basis} it runs {formatPercent(best.serviceLevelP10)}–{formatPercent(best.serviceLevelP90)} (P10–P90)
            and misses its target in up to {formatPercent(best.missHighest)} of futures in its worst month ({monthName(best.missHighestMonth)}):{' '}
            <strong class={`report-band report-band--${riskBand(best.missHighest)}`}>{BAND_WORDS[riskBand(best.missHighest)]}</strong>.
            {runnerUp && (
              <>
                {' '}
                The runner-up, {runnerUp.name}, costs {formatMoney(runnerUp.costPerContact - best.costPerContact, c.currency)} more per contact (
                {signedPercent(runnerUp.costPerContact / best.costPerContact - 1)}).
              </>
            )}
          </p>
          <Tiles best={best} runnerUp={runnerUp} whole={c.scenario} currency={c.currency} basis={basis} />
        </>
      ) : (
        <p class="report-recommendation">No option handles any contact, so there is nothing to recommend: check the scenario’s allocations.</p>
      )}
      <p class="report-note">
        Service level = contacts answered within the channel’s target time ÷ contacts offered (abandons count against it), weighted by contacts across channels. Risk
        band from the worst month’s chance of missing the target: low ≤ 10 %, moderate 10–25 %, high ≥ 25 %.
      </p>
    </ReportSection>
  )
}

function Tiles({ best, runnerUp, whole, currency, basis }: { best: ComparisonRow; runnerUp: ComparisonRow | undefined; whole: ComparisonRow; currency: string; basis: string }) {
  const band = riskBand(best.missHighest)
  const tiles = [
    { label: 'Recommended option', value: best.name, note: `${best.kind} · cheapest per contact`, wide: true },
    { label: 'Annual cost', value: formatMoney(best.costCents / 100, currency, 0), note: `${currency}, on the forecast` },
    { label: 'Cost per contact', value: formatMoney(best.costPerContact, currency), note: `${currency} per contact handled` },
    { label: 'Service level', value: formatPercent(best.serviceLevel), note: `target ${formatPercent(best.serviceLevelTarget)}; P10–P90 ${formatPercent(best.serviceLevelP10)}–${formatPercent(best.serviceLevelP90)}` },
    { label: 'Risk band', value: BAND_WORDS[band], note: `worst month ${formatPercent(best.missHighest)} miss; ${basis}`, band },
    {
      label: 'Runner-up gap',
      value: runnerUp ? signedMoney(runnerUp.costPerContact - best.costPerContact, currency) : '—',
      note: runnerUp ? `${currency} per contact, ${runnerUp.name}` : 'no other option',
    },
    { label: 'Whole plan as allocated', value: formatMoney(whole.costCents / 100, currency, 0), note: `${currency} a year; ${perUnit(whole.costPerContact, currency, 'contact')}` },
  ]
  return (
    <dl class="report-tiles">
      {tiles.map((t) => (
        <div class={`report-tile${t.wide ? ' report-tile--wide' : ''}${t.band ? ` report-tile--${t.band}` : ''}`}>
          <dt>{t.label}</dt>
          <dd>
            <span class="report-tile__value">{t.value}</span>
            <span class="report-tile__note">{t.note}</span>
          </dd>
        </div>
      ))}
    </dl>
  )
}
