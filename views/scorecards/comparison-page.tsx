/** /scorecards: the weighted scorecard per partner with editable weights, then every KPI compared fairly (intervals, shrinkage, within-noise groups, trends, pairs) with charts. */
import { raw } from 'hono/html'
import { kpiTrendSvg } from '../charts/kpi-trend.ts'
import type { ListNotice } from '../components/list-notice.tsx'
import type { ComparisonView, KpiCardView } from './comparison-model.ts'
import { comparisonQuery, SCORECARDS_PATH, WINDOWS, type ComparisonQuery } from './ids.ts'
import { ScorecardShell, type DemoCount } from './shell.tsx'
import { ScoresRegion, type WeightsState } from './scores-region.tsx'

export interface ComparisonPageProps {
  view: ComparisonView
  weights: WeightsState
  demo: DemoCount
  notice?: ListNotice
}

export function ComparisonPage({ view, weights, demo, notice }: ComparisonPageProps) {
  return (
    <ScorecardShell
      tab="comparison"
      demo={demo}
      notice={notice}
      lead="Partners and in-house teams scored against the scorecard’s targets and weights, and compared KPI by KPI with the sampling noise of their sample sizes: partners whose difference is within noise share a place."
    >
      <PeriodChoice view={view} />
      {view.empty ? (
        <p class="ws-empty scorecard-empty">{view.empty}</p>
      ) : (
        <>
          <ScoresRegion view={view} state={weights} />
          <section class="scorecard-kpis" aria-labelledby="scorecard-kpis-heading">
            <h2 id="scorecard-kpis-heading">KPI by KPI</h2>
            <p class="scorecard-note">
              Values pooled over {view.span} ({view.periods} {view.query.by === 'week' ? 'ISO weeks' : 'months'}). Intervals at a {view.confidence} confidence level. Before ranking, each value is
              shrunk toward the pooled value in proportion to how little data is behind it (empirical Bayes). Partners whose Holm-adjusted difference is not significant at α = 0.05 are
              <strong> within noise</strong> and share a place. Trends: least-squares slope over the last 12 {view.query.by === 'week' ? 'weeks' : 'months'}.
            </p>
            {view.warnings.length > 0 && (
              <details class="scorecard-warnings">
                <summary>{view.warnings.length} notes on the data</summary>
                <ul>
                  {view.warnings.map((w) => (
                    <li>{w}</li>
                  ))}
                </ul>
              </details>
            )}
            {view.kpis.map((k) => (
              <KpiCard card={k} confidence={view.confidence} />
            ))}
          </section>
          <VolumeChecks checks={view.volumeChecks} span={view.span} />
        </>
      )}
    </ScorecardShell>
  )
}

function PeriodChoice({ view }: { view: ComparisonView }) {
  const link = (q: ComparisonQuery, label: string) => (
    <a href={`${SCORECARDS_PATH}${comparisonQuery(q)}`} aria-current={q.by === view.query.by && q.window === view.query.window ? 'true' : undefined}>
      {label}
    </a>
  )
  const unit = view.query.by === 'week' ? 'week' : 'month'
  return (
    <div class="scorecard-periods">
      {view.kinds.length > 1 && (
        <nav class="scorecard-pills" aria-label="Kind of period">
          {link({ by: 'month', window: view.query.window }, 'Months')}
          {link({ by: 'week', window: view.query.window }, 'ISO weeks')}
        </nav>
      )}
      <nav class="scorecard-pills" aria-label="Periods compared">
        {WINDOWS.map((w) => link({ by: view.query.by, window: w }, w === 1 ? `Latest ${unit}` : `Latest ${w} ${unit}s`))}
      </nav>
      {view.span && (
        <p class="scorecard-span">
          Comparing <strong>{view.span}</strong>
        </p>
      )}
    </div>
  )
}

function KpiCard({ card, confidence }: { card: KpiCardView; confidence: string }) {
  return (
    <article class="scorecard-kpi" id={`kpi-${card.id}`} aria-labelledby={`kpi-${card.id}-heading`}>
      <h3 id={`kpi-${card.id}-heading`}>{card.name}</h3>
      <p class="scorecard-kpi__facts">{card.facts}</p>
      {card.adjustments.length > 0 && (
        <ul class="scorecard-adjustments" aria-label="Compared like with like">
          {card.adjustments.map((a) => (
            <li>{a}</li>
          ))}
        </ul>
      )}
      <div class="scorecard-kpi__body">
        <div class="table-scroll">
          <table class="data-table scorecard-table" data-kpi={card.id}>
            <caption class="visually-hidden">
              {card.name} per partner, with {confidence} intervals
            </caption>
            <thead>
              <tr>
                <th scope="col" class="ws-left">
                  Partner
                </th>
                <th scope="col">Value</th>
                <th scope="col">n</th>
                <th scope="col">{confidence} interval</th>
                <th scope="col">Shrunk</th>
                <th scope="col" class="ws-left">
                  Place
                </th>
              </tr>
            </thead>
            <tbody>
              {card.rows.map((r) => (
                <tr class={r.meetsTarget === false ? 'scorecard-row--missed' : undefined}>
                  <th scope="row" class="ws-left">
                    {r.partner}
                    {r.warnings.map((w) => (
                      <span class="cell-note scorecard-warning">⚠ {w}</span>
                    ))}
                  </th>
                  <td>
                    {r.value}
                    {r.meetsTarget === false && <span class="visually-hidden"> (misses the target)</span>}
                    {r.ownMix && <span class="cell-note">{r.ownMix}</span>}
                  </td>
                  <td>{r.n}</td>
                  <td class="ws-nowrap">{r.interval}</td>
                  <td>{r.shrunk}</td>
                  <td class={r.withinNoise ? 'ws-left scorecard-tied' : 'ws-left'}>{r.standing}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div class="scorecard-kpi__lower">
          <div>
            <h4 class="scorecard-kpi__subhead">Trend over the last 12 periods</h4>
            <ul class="scorecard-trends">
              {card.rows.map((r) => (
                <li class={`scorecard-trend scorecard-trend--${r.trendDirection}`}>
                  <span class="scorecard-trend__who">{r.partner}:</span> {r.trend}
                </li>
              ))}
            </ul>
            <p class="scorecard-kpi__method">
              {card.basis}. Shrinkage: {card.shrinkage}.
            </p>
          </div>
          {card.chart && (
            <figure class="chart scorecard-chart">
              {raw(kpiTrendSvg(card.chart))}
              <figcaption>Per period, with each period’s {confidence} interval as a band where there is a sample size; dashed: the target.</figcaption>
            </figure>
          )}
        </div>
      </div>
      {card.pairs.length > 0 && (
        <details class="scorecard-pairs">
          <summary>Pairwise tests ({card.pairs.length}), with Holm-adjusted p-values</summary>
          <div class="table-scroll">
            <table class="data-table scorecard-pairs__table">
              <thead>
                <tr>
                  <th scope="col" class="ws-left">
                    Pair
                  </th>
                  <th scope="col">Difference</th>
                  <th scope="col">{confidence} interval</th>
                  <th scope="col" class="ws-left">
                    Test
                  </th>
                  <th scope="col">p</th>
                  <th scope="col">Holm p</th>
                  <th scope="col" class="ws-left">
                    Verdict
                  </th>
                </tr>
              </thead>
              <tbody>
                {card.pairs.map((p) => (
                  <tr>
                    <th scope="row" class="ws-left">
                      {p.a} − {p.b}
                    </th>
                    <td>{p.difference}</td>
                    <td class="ws-nowrap">{p.interval}</td>
                    <td class="ws-left">{p.test}</td>
                    <td>{p.p}</td>
                    <td>{p.holm}</td>
                    <td class="ws-left">{p.verdict}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </article>
  )
}

/** Whether each contract's SLAs bound in each period: handled volume against the plan and the validity band. */
function VolumeChecks({ checks, span }: { checks: ComparisonView['volumeChecks']; span: string }) {
  if (checks.length === 0) return null
  const outside = checks.flatMap((c) => c.periods.filter((p) => p.outside).map((p) => ({ partner: c.partner, ...p })))
  return (
    <section class="scorecard-volume" aria-labelledby="scorecard-volume-heading">
      <h2 id="scorecard-volume-heading">Volume against the contract’s validity band</h2>
      <p class="scorecard-note">
        A contract’s SLAs bind only while the volume stays inside its validity band around the volume it was staffed to (the offered contacts of the first scenario that uses the option,
        scaled to the period). In a period outside the band a missed service level says little about the partner.
      </p>
      {outside.length === 0 ? (
        <p>Every partner’s volume stayed inside its band over {span}.</p>
      ) : (
        <ul class="scorecard-volume__flags">
          {outside.map((o) => (
            <li class="scorecard-volume__flag">
              ⚠ <strong>{o.partner}</strong>, {o.label}: {o.text}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>Every period</summary>
        {checks.map((c) => (
          <div class="table-scroll">
            <table class="data-table scorecard-volume__table">
              <caption>
                {c.partner}: {c.basis}
              </caption>
              <tbody>
                {c.periods.map((p) => (
                  <tr class={p.outside ? 'scorecard-volume--outside' : undefined}>
                    <th scope="row" class="ws-left">
                      {p.label}
                    </th>
                    <td class="ws-left">{p.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </details>
    </section>
  )
}
