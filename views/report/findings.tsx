/** Sections 4 and 5: wins and opportunities as sentences, then the action items they call for, ranked. */
import { RULES, type ActionItem, type Finding } from '../../src/domain/evaluation/report-findings.ts'
import { formatMoney } from '../compare/view-model.ts'
import { formatPercent } from '../format.ts'
import { actionWords, FindingSentence, type Wording } from './finding-text.tsx'
import type { ReportData } from './report-data.ts'
import { ReportSection } from './section.tsx'

export function wordingOf(data: ReportData): Wording {
  const c = data.comparison
  return { currency: c.currency, trials: c.trials, seed: c.seed, cheapestName: c.options.find((r) => r.cheapest)?.name ?? 'the cheapest option' }
}

export function WinsAndOpportunities({ data }: { data: ReportData }) {
  const w = wordingOf(data)
  const { wins, opportunities } = data.findings
  return (
    <ReportSection
      id="report-findings"
      lede={
        <>
          Found by fixed rules from the figures above: a worst-month miss chance ≤ {formatPercent(RULES.steadyMiss)} is steady, ≥ {formatPercent(RULES.highMiss)} high risk;
          SLA credits from {formatPercent(RULES.creditsShare)} of an option’s cost; over-staffing from {formatPercent(RULES.overStaffShare)} of productive hours beyond the
          occupancy cap; a break-even within 10 points of volume or AHT, 5 points of FCR or 10 % of price is close.
        </>
      }
    >
      <div class="report-columns">
        <FindingList title="Wins" tone="win" findings={wins} w={w} empty="No option stands out on the rules." />
        <FindingList title="Opportunities and risks" tone="risk" findings={opportunities} w={w} empty="No risk or opportunity crosses a threshold." />
      </div>
    </ReportSection>
  )
}

function FindingList({ title, tone, findings, w, empty }: { title: string; tone: 'win' | 'risk'; findings: Finding[]; w: Wording; empty: string }) {
  return (
    <div class={`report-findings report-findings--${tone}`}>
      <h3>{title}</h3>
      {findings.length === 0 ? (
        <p class="report-note">{empty}</p>
      ) : (
        <ul>
          {findings.map((f) => (
            <li data-rule={f.rule}>
              <FindingSentence f={f} w={w} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

const PRIORITY_WORDS = { high: 'High', medium: 'Medium', low: 'Low' } as const

export function ActionItems({ data }: { data: ReportData }) {
  const w = wordingOf(data)
  const { actions } = data.findings
  return (
    <ReportSection id="report-actions" lede="One action per opportunity or risk, high priority first, then by the money it touches in a year.">
      {actions.length === 0 ? (
        <p class="report-note">Nothing to act on: no rule fired.</p>
      ) : (
        <div class="report-table-wrap">
          <table class="report-table report-actions-table" data-testid="report-actions-table">
            <caption>Action items · {w.currency}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Priority</th>
                <th scope="col" class="report-table__text">
                  Action
                </th>
                <th scope="col" class="report-table__text">
                  Because
                </th>
                <th scope="col">
                  At stake
                  <span class="report-cell-note">{w.currency} a year</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a, i) => (
                <ActionRow a={a} n={i + 1} w={w} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>Next steps</h3>
      <ol class="report-steps">
        <li>Agree the high-priority actions with their owners and a date; re-run this scenario after each change (the report is reproducible from its seed).</li>
        <li>Save a what-if scenario for each volume shift or staffing change above and compare it with this one, scenario against scenario.</li>
        <li>Before signing, replace modelled inputs (FCR, AHT, shrinkage) with measured partner data where it exists, and confirm with a full simulation.</li>
      </ol>
    </ReportSection>
  )
}

function ActionRow({ a, n, w }: { a: ActionItem; n: number; w: Wording }) {
  return (
    <tr data-rule={a.finding.rule}>
      <td>{n}</td>
      <td>
        <span class={`report-priority report-priority--${a.priority}`}>{PRIORITY_WORDS[a.priority]}</span>
      </td>
      <td class="report-table__text">{actionWords(a.finding)}</td>
      <td class="report-table__text report-because">
        <FindingSentence f={a.finding} w={w} />
      </td>
      <td>{Number.isFinite(a.atStake) ? formatMoney(a.atStake, w.currency, 0) : '—'}</td>
    </tr>
  )
}
