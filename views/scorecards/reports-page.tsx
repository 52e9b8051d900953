/** /scorecards/reports?cadence=week|month|quarter: the standard report for each reporting cadence, figures first, then the narrative drafted from them. */
import type { ListNotice } from '../components/list-notice.tsx'
import { CADENCES, SCORECARD_REPORTS_PATH } from './ids.ts'
import type { Narrative } from './narrative.ts'
import { CADENCE_TITLES, type ReportTableView, type ReportView } from './reports-model.ts'
import { ScorecardShell, type DemoCount } from './shell.tsx'

export const REPORT_ID = 'scorecard-report'

export function ReportsPage({ view, demo, notice }: { view: ReportView; demo: DemoCount; notice?: ListNotice }) {
  return (
    <ScorecardShell
      tab="reports"
      demo={demo}
      notice={notice}
      lead="The standard report at each reporting cadence: the figures side by side, then a draft of the narrative (summary, trends, root cause, wins, actions) written from them by rules. Edit the draft before sending it."
    >
      <nav class="scorecard-pills scorecard-cadences" aria-label="Reporting cadence">
        {CADENCES.map((c) => (
          <a
            href={`${SCORECARD_REPORTS_PATH}?cadence=${c}`}
            hx-get={`${SCORECARD_REPORTS_PATH}?cadence=${c}`}
            hx-select={`#${REPORT_ID}`}
            hx-target={`#${REPORT_ID}`}
            hx-swap="outerHTML"
            hx-push-url="true"
            aria-current={c === view.cadence ? 'true' : undefined}
          >
            {CADENCE_TITLES[c].tab}
          </a>
        ))}
      </nav>
      <Report view={view} demo={demo.demo > 0} />
    </ScorecardShell>
  )
}

function Report({ view, demo }: { view: ReportView; demo: boolean }) {
  return (
    <article id={REPORT_ID} class="scorecard-report" aria-labelledby="scorecard-report-heading" data-cadence={view.cadence}>
      <h2 id="scorecard-report-heading">
        {view.title}
        {view.current ? `: ${view.current}` : ''}
      </h2>
      <p class="scorecard-note">
        For {view.audience}.{view.previous ? ` Compared with ${view.previous}.` : ''} Places and “within noise” use Holm-adjusted tests at α = 0.05; a change is “beyond noise” when its
        two-proportion or Welch test gives p &lt; 0.05.{demo ? ' Includes demo data.' : ''}
      </p>
      {view.notes.map((n) => (
        <p class="notice notice--warning scorecard-report__note">{n}</p>
      ))}
      {view.empty ? (
        <p class="ws-empty scorecard-empty">{view.empty}</p>
      ) : (
        <>
          <div class="scorecard-report__tables">
            {view.tables.map((t) => (
              <ReportTable table={t} />
            ))}
          </div>
          <NarrativeSlots narrative={view.narrative} />
        </>
      )}
    </article>
  )
}

function ReportTable({ table }: { table: ReportTableView }) {
  return (
    <section class="scorecard-report__kpi" aria-labelledby={`report-${table.id}`}>
      <h3 id={`report-${table.id}`}>{table.name}</h3>
      <p class="scorecard-kpi__facts">{table.facts}</p>
      <div class="table-scroll">
        <table class="data-table scorecard-report-table" data-kpi={table.id}>
          <thead>
            <tr>
              <th scope="col" class="ws-left">
                Partner
              </th>
              {table.columns.map((c, i) => (
                <th scope="col" class={i === table.currentColumn ? 'scorecard-current' : undefined}>
                  {c}
                </th>
              ))}
              <th scope="col">Change</th>
              <th scope="col">Place</th>
              <th scope="col">Trend (12 periods)</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr class={r.missed ? 'scorecard-row--missed' : undefined}>
                <th scope="row" class="ws-left">
                  {r.partner}
                </th>
                {r.values.map((v, i) => (
                  <td class={i === table.currentColumn ? 'scorecard-current' : undefined}>{v}</td>
                ))}
                <td>
                  {r.change}
                  <span class="cell-note">{r.changeNote}</span>
                </td>
                <td>{r.place}</td>
                <td>
                  {r.trend}
                  <span class="cell-note">{r.trendNote}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

const SLOTS: { key: keyof Narrative; title: string }[] = [
  { key: 'summary', title: 'Summary' },
  { key: 'trends', title: 'Trends' },
  { key: 'rootCause', title: 'Root cause' },
  { key: 'wins', title: 'Wins' },
  { key: 'actions', title: 'Actions' },
]

function NarrativeSlots({ narrative }: { narrative: Narrative }) {
  return (
    <section class="scorecard-narrative" aria-labelledby="scorecard-narrative-heading">
      <h3 id="scorecard-narrative-heading">
        Narrative <span class="tag scorecard-tag--draft">Generated draft</span>
      </h3>
      <div class="scorecard-narrative__slots">
        {SLOTS.map((s) => (
          <section class="scorecard-slot" data-slot={s.key}>
            <h4>{s.title}</h4>
            <ul>
              {narrative[s.key].map((line) => (
                <li>{line}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  )
}


