/** /activity: points per paid hour per option and team by month, week or day, the weights, and the two ways data comes in. */
import { Notice, type ListNotice } from '../components/list-notice.tsx'
import { formatCount } from '../format.ts'
import { DayForm, type DayFormState } from './day-form.tsx'
import { FiguresRegion } from './figures.tsx'
import { ACTIVITY_TITLE } from './ids.ts'
import { ImportForm, type ImportState } from './import-form.tsx'
import type { FiguresView } from './view-model.ts'
import { WeightsForm, type WeightsFormState } from './weights-form.tsx'

export interface ActivityPageProps {
  figures: FiguresView
  /** Stored days that are the demo's invented data, and all stored days. */
  demoDays: number
  totalDays: number
  weights: WeightsFormState
  importState: ImportState
  day: DayFormState
  options: ReadonlyArray<{ id: number; name: string }>
  notice?: ListNotice
}

export function ActivityPage(p: ActivityPageProps) {
  return (
    <>
      <div class="page-intro">
        <h1>{ACTIVITY_TITLE}</h1>
        <p class="lead">
          What each in-house team and partner reports per day (tickets, calls, call minutes, voicemails, chats, paid hours), weighted into points and divided by paid hours,
          so options compare on one figure across days, weeks and months.
        </p>
      </div>
      {p.demoDays > 0 && <DemoLabel demoDays={p.demoDays} totalDays={p.totalDays} />}
      <Notice notice={p.notice} />
      <div class="activity-layout">
        <FiguresRegion figures={p.figures} demo={p.demoDays > 0} />
        <WeightsForm state={p.weights} />
      </div>
      <div class="activity-inputs">
        <ImportForm state={p.importState} />
        <DayForm state={p.day} options={p.options} />
      </div>
    </>
  )
}

function DemoLabel({ demoDays, totalDays }: { demoDays: number; totalDays: number }) {
  const all = demoDays === totalDays
  return (
    <div class="notice notice--warning activity-demo" role="note" data-testid="demo-label">
      <p>
        <span class="tag">Demo data</span>
        <strong>
          {all ? 'Every figure on this page comes from' : `${formatCount(demoDays)} of the ${formatCount(totalDays)} stored days are`} invented demo activity
        </strong>{' '}
        for the demo workspace’s options (made by <code>data/demo/make-activity.ts</code>), not real measurements. Import your partners’ files to replace it: an imported day replaces the demo
        day of the same option and date.
      </p>
    </div>
  )
}
