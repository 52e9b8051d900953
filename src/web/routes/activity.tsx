/** /activity: points per paid hour by month, week or day; the weights form; CSV import and one day typed in. */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { activitySources, importActivityDays, listActivityDays, loadActivityWeights, saveActivityWeights } from '../../db/activity.ts'
import { DEMO_SOURCE } from '../../db/seed-demo-activity.ts'
import { listOptions } from '../../db/sourcing-options.ts'
import { GRANULARITIES, type Granularity } from '../../domain/quality/activity-periods.ts'
import { readActivityCsv } from '../../io/activity-csv.ts'
import { readDayForm, readWeightsForm, weightValues } from '../forms/activity-form.ts'
import { isHtmxRequest, pushUrl } from '../htmx.ts'
import { readForm } from '../request.ts'
import type { ListNotice } from '../../../views/components/list-notice.tsx'
import { ActivityPage, type ActivityPageProps } from '../../../views/activity/activity-page.tsx'
import { FiguresRegion } from '../../../views/activity/figures.tsx'
import { ACTIVITY_PATH, ACTIVITY_TITLE, MAX_ACTIVITY_UPLOAD_BYTES, MAX_ACTIVITY_UPLOAD_LABEL, viewQuery, type ActivityView } from '../../../views/activity/ids.ts'
import { dayLabel, figuresView } from '../../../views/activity/view-model.ts'
import { WeightsForm } from '../../../views/activity/weights-form.tsx'

export const activityRoutes = new Hono()

activityRoutes.get('/', (c) => renderPage(c, readView(c.req.query()), { notice: noticeFrom(c) }))

activityRoutes.get('/figures', (c) => {
  const view = readView(c.req.query())
  // Push the page's URL, not this fragment's, so the address bar stays a link to the whole page.
  pushUrl(c, `${ACTIVITY_PATH}${viewQuery(view)}`)
  const { figures, demo } = figuresFor(c, view)
  return c.html(<FiguresRegion figures={figures} demo={demo} />)
})

activityRoutes.post('/weights', async (c) => {
  const body = await readForm(c)
  const view = readView(body)
  const read = readWeightsForm(body)
  if (!read.ok) {
    if (isHtmxRequest(c)) return c.html(<WeightsForm state={{ values: read.values, errors: read.errors }} />, 422)
    c.status(422)
    return renderPage(c, view, { weights: { values: read.values, errors: read.errors } })
  }
  saveActivityWeights(c.var.db, read.weights)
  if (!isHtmxRequest(c)) return c.redirect(`${ACTIVITY_PATH}${viewQuery(view)}&saved=weights`, 303)
  const { figures, demo } = figuresFor(c, view)
  return c.html(
    <>
      <WeightsForm state={{ values: weightValues(read.weights), errors: {}, saved: true }} />
      <FiguresRegion figures={figures} demo={demo} oob />
    </>,
  )
})

activityRoutes.post(
  '/import',
  // Content-Length is checked before anything is read, so an oversized upload costs nothing.
  bodyLimit({
    maxSize: MAX_ACTIVITY_UPLOAD_BYTES,
    onError: (c) => {
      c.status(413)
      return renderPage(c, { by: 'month' }, { importState: { file: `is larger than ${MAX_ACTIVITY_UPLOAD_LABEL}, the most Shoreline accepts; split it by month. Nothing was imported` } })
    },
  }),
  async (c) => {
    const file = (await readForm(c)).file
    if (!(file instanceof File) || (file.size === 0 && file.name === '')) {
      c.status(422)
      return renderPage(c, { by: 'month' }, { importState: { file: 'is required: choose a CSV file' } })
    }
    const options = listOptions(c.var.db)
    const read = readActivityCsv(await file.text(), options)
    if (!read.ok) {
      c.status(422)
      return renderPage(c, { by: 'month' }, { importState: { rows: read.errors, fileName: file.name } })
    }
    const outcome = importActivityDays(c.var.db, read.days, file.name.slice(0, 200) || 'imported file')
    return c.redirect(`${ACTIVITY_PATH}?by=month&imported=${outcome.added}&replaced=${outcome.replaced}`, 303)
  },
)

activityRoutes.post('/days', async (c) => {
  const options = listOptions(c.var.db)
  const read = readDayForm(await readForm(c), options)
  if (!read.ok) {
    c.status(422)
    return renderPage(c, { by: 'month' }, { day: { values: read.values, errors: read.errors } })
  }
  importActivityDays(c.var.db, [read.day], 'form')
  return c.redirect(`${ACTIVITY_PATH}?by=day&month=${read.day.date.slice(0, 7)}&saved=day&option=${read.day.optionId}&date=${read.day.date}`, 303)
})

// ——— Helpers ———

/** The view from a query or form: an unknown `by` is the default month view; a month must look like 2026-03. */
function readView(source: Record<string, unknown>): ActivityView {
  const by = GRANULARITIES.includes(source.by as Granularity) ? (source.by as Granularity) : 'month'
  const month = typeof source.month === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(source.month) ? source.month : undefined
  return { by, month }
}

function figuresFor(c: Context, view: ActivityView) {
  const db = c.var.db
  const demo = (activitySources(db).get(DEMO_SOURCE) ?? 0) > 0
  return { figures: figuresView(listActivityDays(db), listOptions(db), loadActivityWeights(db), view), demo }
}

function renderPage(c: Context, view: ActivityView, extra: Partial<Pick<ActivityPageProps, 'weights' | 'importState' | 'day' | 'notice'>>) {
  const db = c.var.db
  const sources = activitySources(db)
  const options = listOptions(db)
  const props: ActivityPageProps = {
    figures: figuresView(listActivityDays(db), options, loadActivityWeights(db), view),
    demoDays: sources.get(DEMO_SOURCE) ?? 0,
    totalDays: [...sources.values()].reduce((a, b) => a + b, 0),
    weights: extra.weights ?? { values: weightValues(loadActivityWeights(db)), errors: {} },
    importState: extra.importState ?? {},
    day: extra.day ?? { values: { option: String(options[0]?.id ?? '') }, errors: {} },
    options: options.map((o) => ({ id: o.id, name: o.name })),
    notice: extra.notice,
  }
  return c.render(<ActivityPage {...props} />, { title: ACTIVITY_TITLE })
}

/** The line shown after a redirect: what was imported, saved or changed. */
function noticeFrom(c: Context): ListNotice {
  const q = c.req.query()
  if (q.saved === 'weights') return { kind: 'done', text: 'Saved the weights: every figure below uses them.' }
  if (q.imported !== undefined) {
    const added = Number(q.imported) || 0
    const replaced = Number(q.replaced) || 0
    const days = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'day' : 'days'}`
    return { kind: 'done', text: `Imported ${days(added + replaced)}${replaced ? `: ${days(added)} new, ${replaced.toLocaleString('en-US')} replacing stored ones` : ''}.` }
  }
  if (q.saved === 'day' && q.date) {
    const option = listOptions(c.var.db).find((o) => String(o.id) === q.option)
    if (option && /^\d{4}-\d{2}-\d{2}$/.test(q.date)) return { kind: 'done', text: `Saved ${option.name}’s day, ${dayLabel(q.date)}.` }
  }
  return undefined
}
