/**
 * The printable report of a scenario's comparison, in the standard order: summary,
 * metrics and trends, root causes, wins and opportunities, actions, and the basis of
 * the figures. views/assets/report.css lays it out for paper (@media print).
 */
import { comparePath } from '../compare/ids.ts'
import { scenarioPath } from '../scenarios/ids.ts'
import { Basis } from './basis.tsx'
import { ActionItems, WinsAndOpportunities } from './findings.tsx'
import { REPORT_SECTIONS } from './ids.ts'
import { KeyMetrics } from './metrics.tsx'
import type { ReportData } from './report-data.ts'
import { monthName } from './report-format.ts'
import { RootCause } from './root-cause.tsx'
import { ExecutiveSummary } from './summary.tsx'

export function ReportPage({ data }: { data: ReportData }) {
  const c = data.comparison
  return (
    <article class="report" aria-labelledby="report-title">
      <nav class="report-toolbar" aria-label="Report">
        <p class="scenario-breadcrumb">
          <a href="/scenarios">Scenarios</a> › <a href={scenarioPath(data.scenarioId)}>{data.scenarioName}</a> ›{' '}
          <a href={comparePath(data.scenarioId)}>Compare options</a>
        </p>
        <p class="report-toolbar__hint">To save it as a PDF, print this page (Ctrl+P or ⌘P) and choose “Save as PDF”; navigation and this bar are left off the paper.</p>
      </nav>
      <header class="report-cover">
        <p class="report-eyebrow">Sourcing decision report</p>
        <h1 id="report-title">{data.scenarioName}</h1>
        <dl class="report-meta">
          <div>
            <dt>Forecast span</dt>
            <dd>
              {monthName(c.months[0] ?? null)} – {monthName(c.months.at(-1) ?? null)}
            </dd>
          </div>
          <div>
            <dt>Currency</dt>
            <dd>{c.currency}</dd>
          </div>
          <div>
            <dt>Options compared</dt>
            <dd>{c.options.length}</dd>
          </div>
          <div>
            <dt>Simulation</dt>
            <dd>
              {c.trials.toLocaleString('en-US')} futures, seed {c.seed}
            </dd>
          </div>
          <div>
            <dt>Prepared</dt>
            <dd>
              <time datetime={data.preparedOn}>{data.preparedOn}</time>
            </dd>
          </div>
        </dl>
        <ol class="report-contents" aria-label="Contents">
          {REPORT_SECTIONS.map((s) => (
            <li>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </header>
      <ExecutiveSummary data={data} />
      <KeyMetrics data={data} />
      <RootCause data={data} />
      <WinsAndOpportunities data={data} />
      <ActionItems data={data} />
      <Basis data={data} />
      <footer class="report-footer">
        Shoreline · {data.scenarioName} · prepared {data.preparedOn} · figures reproducible from seed {c.seed}
      </footer>
    </article>
  )
}
