/** /forecasts: the list, CSV import, generate from totals, and each forecast's page with its heatmap fragment, rename and delete. */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { deleteForecast, listForecasts, loadForecast, renameForecast, saveForecast } from '../../db/forecasts.ts'
import { listScenarios } from '../../db/scenarios.ts'
import { readCurves } from '../../db/seed-demo.ts'
import { generateForecast } from '../../domain/forecast/generate.ts'
import { weekShapeFromCurves, type CurveFile } from '../../domain/forecast/week-shape.ts'
import { readForecastCsv } from '../../io/forecast-csv.ts'
import { nextMonday, readGenerateForm, readImportName, type GenerateRequest } from '../forms/forecast-form.ts'
import { isHtmxRequest, pushUrl } from '../htmx.ts'
import { ForecastPage, HeatmapPanel, TitleRegion } from '../../../views/forecasts/forecast-page.tsx'
import { Notice, type ListNotice } from '../../../views/components/list-notice.tsx'
import { FORECASTS_TITLE, ForecastsPage } from '../../../views/forecasts/forecasts-page.tsx'
import { CURVES_NAME, defaultGenerateValues } from '../../../views/forecasts/generate-fields.ts'
import { GENERATE_TITLE, GeneratePage, type CurvesInfo } from '../../../views/forecasts/generate-page.tsx'
import { FORECASTS_PATH, forecastPath, MAX_UPLOAD_BYTES } from '../../../views/forecasts/ids.ts'
import { IMPORT_TITLE, ImportPage, MAX_UPLOAD_LABEL } from '../../../views/forecasts/import-page.tsx'
import { listRow, type ForecastRecord } from '../../../views/forecasts/view-model.ts'
import { formatPercent } from '../../../views/format.ts'
import { readForm, routeId } from '../request.ts'

/** Read once: the generator's shape and the words the page uses to credit it (the file carries more than CurveFile types). */
const CURVES = readCurves(CURVES_NAME) as CurveFile & { licence?: string; closesAt?: string }
const CURVES_INFO: CurvesInfo = { source: CURVES.source, licence: CURVES.licence ?? 'see data/curves', opensAt: CURVES.opensAt, closesAt: CURVES.closesAt ?? '' }

export const forecastRoutes = new Hono()

forecastRoutes.get('/', (c) => renderList(c, deletedNotice(c.req.query('deleted'))))

forecastRoutes.get('/import', (c) => c.render(<ImportPage name="" errors={{}} />, { title: IMPORT_TITLE }))

forecastRoutes.post(
  '/import',
  // Content-Length is checked before anything is read, so an oversized upload costs nothing.
  bodyLimit({
    maxSize: MAX_UPLOAD_BYTES,
    onError: (c) => {
      c.status(413)
      return c.render(<ImportPage name="" errors={{ file: `is larger than ${MAX_UPLOAD_LABEL}, the most Shoreline accepts; split it into shorter spans` }} />, { title: IMPORT_TITLE })
    },
  }),
  async (c) => {
    const body = await readForm(c)
    const file = body.file
    const typedName = typeof body.name === 'string' ? body.name.slice(0, 200) : ''
    const refuse = (errors: Parameters<typeof ImportPage>[0]['errors']) => {
      c.status(422)
      return c.render(<ImportPage name={typedName} errors={errors} />, { title: IMPORT_TITLE })
    }
    if (!(file instanceof File) || (file.size === 0 && file.name === '')) return refuse({ file: 'is required: choose a CSV file' })
    const named = readImportName(typedName, file.name)
    const read = readForecastCsv(await file.text())
    if (!read.ok || !named.ok) {
      return refuse({ ...(named.ok ? {} : { name: named.message }), ...(read.ok ? {} : { rows: read.errors, fileName: file.name }) })
    }
    const id = saveForecast(c.var.db, named.name, `Imported from ${file.name}`, read.forecast)
    return c.redirect(forecastPath(id), 303)
  },
)

forecastRoutes.get('/generate', (c) =>
  c.render(<GeneratePage values={defaultGenerateValues(nextMonday(new Date()))} errors={{}} curves={CURVES_INFO} />, { title: GENERATE_TITLE }),
)

forecastRoutes.post('/generate', async (c) => {
  const form = readGenerateForm(await readForm(c), defaultGenerateValues(''))
  if (!form.ok) {
    c.status(422)
    return c.render(<GeneratePage values={form.values} errors={form.errors} curves={CURVES_INFO} />, { title: GENERATE_TITLE })
  }
  const r = form.request
  const forecast = generateForecast({ ...r, shape: weekShapeFromCurves(CURVES, r.weekendShare) })
  const id = saveForecast(c.var.db, r.name, generatedSource(r), forecast)
  return c.redirect(forecastPath(id), 303)
})

forecastRoutes.get('/:id{[0-9]+}', (c) => {
  const record = find(c)
  if (!record) return c.notFound()
  return renderDetail(c, record)
})

forecastRoutes.get('/:id{[0-9]+}/heatmap', (c) => {
  const record = find(c)
  if (!record) return c.notFound()
  const channel = c.req.query('channel') ?? ''
  // Push the page URL, not this fragment's, so the address bar stays a link to the full page.
  pushUrl(c, `${forecastPath(record.id)}?channel=${encodeURIComponent(channel)}`)
  return c.html(<HeatmapPanel record={record} channel={channel} />)
})

forecastRoutes.post('/:id{[0-9]+}/rename', async (c) => {
  const record = find(c)
  if (!record) return c.notFound()
  const typed = String((await readForm(c)).name ?? '').slice(0, 200)
  const named = readImportName(typed, '')
  if (named.ok) renameForecast(c.var.db, record.id, named.name)
  const state = named.ok ? { typed, done: true } : { typed, error: named.message }
  if (isHtmxRequest(c)) return c.html(<TitleRegion id={record.id} name={named.ok ? named.name : record.name} state={state} />, named.ok ? 200 : 422)
  if (named.ok) return c.redirect(forecastPath(record.id), 303)
  c.status(422)
  return renderDetail(c, record, { rename: state })
})

forecastRoutes.post('/:id{[0-9]+}/delete', async (c) => {
  const record = find(c)
  if (!record) return c.notFound()
  const outcome = deleteForecast(c.var.db, record.id)
  if (outcome === 'not-found') return c.notFound()
  if (outcome === 'deleted') {
    const list = `${FORECASTS_PATH}?deleted=${encodeURIComponent(record.name)}`
    if (isHtmxRequest(c)) return c.body(null, 200, { 'HX-Redirect': list })
    return c.redirect(list, 303)
  }
  const users = usedBy(c, record.id)
  const notice: ListNotice = { kind: 'refused', text: `“${record.name}” was not deleted: the scenario${users.length === 1 ? '' : 's'} ${users.map((n) => `“${n}”`).join(', ')} ${users.length === 1 ? 'uses' : 'use'} it. Delete or change ${users.length === 1 ? 'that scenario' : 'those scenarios'} first.` }
  // htmx swaps only 2xx and 422 (views/layout.tsx), so the refusal travels as a 200 notice; a plain post gets 409.
  if (isHtmxRequest(c)) return c.html(<Notice notice={notice} />)
  c.status(409)
  return (await readForm(c)).back === 'list' ? renderList(c, notice) : renderDetail(c, record, { notice })
})

function find(c: Context): ForecastRecord | undefined {
  const id = routeId(c)
  return id === undefined ? undefined : loadForecast(c.var.db, id)
}

function usedBy(c: Context, forecastId: number): string[] {
  return listScenarios(c.var.db)
    .filter((s) => s.forecastId === forecastId)
    .map((s) => s.name)
}

function renderList(c: Context, notice: ListNotice) {
  const db = c.var.db
  const rows = listForecasts(db).flatMap((s) => {
    const record = loadForecast(db, s.id)
    return record ? [listRow(record)] : []
  })
  return c.render(<ForecastsPage rows={rows} notice={notice} />, { title: FORECASTS_TITLE })
}

function renderDetail(c: Context, record: ForecastRecord, extra: { notice?: ListNotice; rename?: { typed: string; error?: string } } = {}) {
  const channel = c.req.query('channel') ?? record.forecast.channels[0]?.channel ?? ''
  return c.render(<ForecastPage record={record} channel={channel} usedBy={usedBy(c, record.id)} {...extra} />, { title: record.name })
}

function deletedNotice(name: string | undefined): ListNotice {
  return name ? { kind: 'done', text: `Deleted the forecast “${name.slice(0, 80)}”.` } : undefined
}

/** The saved source text: whose curves, which totals were monthly, and the weekend assumption. */
function generatedSource(r: GenerateRequest): string {
  const monthly = r.conversions.length ? ` Monthly volumes converted as × 12 ÷ 52: ${r.conversions.join('; ')}.` : ''
  return (
    `Generated from weekly totals with the day-of-week shares and intraday curves of ${CURVES.source}` +
    `${monthly} Weekend share ${formatPercent(r.weekendShare)} (assumption; the curves have no weekend data).`
  )
}

