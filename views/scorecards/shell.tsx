/** What every scorecard page shares: the title, the tabs between comparison, reports, data and catalogue, and the demo-data label. */
import type { Child } from 'hono/jsx'
import { Notice, type ListNotice } from '../components/list-notice.tsx'
import { formatCount } from '../format.ts'
import { SCORECARD_CATALOGUE_PATH, SCORECARD_DATA_PATH, SCORECARD_REPORTS_PATH, SCORECARDS_PATH, SCORECARDS_TITLE } from './ids.ts'

export type ScorecardTab = 'comparison' | 'reports' | 'data' | 'catalogue'

const TABS: { tab: ScorecardTab; href: string; label: string }[] = [
  { tab: 'comparison', href: SCORECARDS_PATH, label: 'Comparison' },
  { tab: 'reports', href: SCORECARD_REPORTS_PATH, label: 'Reports' },
  { tab: 'data', href: SCORECARD_DATA_PATH, label: 'Data' },
  { tab: 'catalogue', href: SCORECARD_CATALOGUE_PATH, label: 'KPI catalogue' },
]

export interface DemoCount {
  demo: number
  total: number
}

export function ScorecardShell({ tab, lead, demo, notice, children }: { tab: ScorecardTab; lead: string; demo: DemoCount; notice?: ListNotice; children?: Child }) {
  return (
    <>
      <div class="page-intro">
        <h1>{SCORECARDS_TITLE}</h1>
        <p class="lead">{lead}</p>
      </div>
      <nav class="scorecard-tabs" aria-label="Scorecard views">
        {TABS.map((t) => (
          <a href={t.href} aria-current={t.tab === tab ? 'page' : undefined}>
            {t.label}
          </a>
        ))}
      </nav>
      {demo.demo > 0 && <DemoLabel {...demo} />}
      <Notice notice={notice} />
      {children}
    </>
  )
}

function DemoLabel({ demo, total }: DemoCount) {
  return (
    <div class="notice notice--warning scorecard-demo" role="note" data-testid="demo-label">
      <p>
        <span class="tag">Demo data</span>
        <strong>{demo === total ? 'Every KPI value here is' : `${formatCount(demo)} of the ${formatCount(total)} stored KPI values are`} invented demo data</strong> for the demo
        workspace’s options (made by <code>data/demo/make-scorecards.ts</code>), not real measurements. Importing a partner’s file replaces the demo value of the same option, period and
        KPI.
      </p>
    </div>
  )
}
