/** /scenarios: list, create, edit, clone, rename, delete, export and import scenarios, and each scenario's staffing page with its coverage fragment. */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Db } from '../../db/client.ts'
import { listForecasts, loadForecast } from '../../db/forecasts.ts'
import { exportScenario, importScenario } from '../../db/scenario-file.ts'
import { cloneScenario, createScenario, deleteScenario, getScenario, listScenarios, renameScenario, updateScenario, type StoredScenario } from '../../db/scenarios.ts'
import { listOptions } from '../../db/sourcing-options.ts'
import { calendarWeeks, coverageMatrix, coverageSummary, dailyCoverage, typicalWeek, type CalendarWeek, type CoverageSummary } from '../../domain/scenario/coverage-summary.ts'
import type { ScenarioStaffing, ScenarioStaffingResult } from '../../domain/scenario/staffing-plan.ts'
import { DEFAULT_HOURS_PER_FTE_WEEK } from '../../domain/staffing/shrinkage.ts'
import { scenarioFields } from '../../schemas/scenario.ts'
import { parseScenarioForm, readScenarioForm, staleFormMessage } from '../forms/scenario-form.ts'
import { isHtmxRequest, pushUrl, redirectHtmx } from '../htmx.ts'
import { alignValues, applyIntent, newScenarioValues, valuesFromScenario, type FormContext, type ScenarioFormErrors, type ScenarioFormValues } from '../../../views/scenarios/form-values.ts'
import { SCENARIOS_PATH, coverageQuery, scenarioPath, type CoverageSelection } from '../../../views/scenarios/ids.ts'
import { IMPORT_FILE_FIELD, SCENARIOS_TITLE, ScenarioListPage } from '../../../views/scenarios/list-page.tsx'
import { DeletePage, RefusalPage } from '../../../views/scenarios/message-pages.tsx'
import { RENAME_FIELD, RenameForm, RenamePage, ScenarioName } from '../../../views/scenarios/name-heading.tsx'
import { FORM_ERRORS_ID } from '../../../views/scenarios/form-controls.tsx'
import { ScenarioFormFragment, ScenarioFormPage } from '../../../views/scenarios/scenario-form.tsx'
import { CoveragePanel, type CoverageView } from '../../../views/scenarios/coverage-panel.tsx'
import { ScenarioPage, type ScenarioPlanView } from '../../../views/scenarios/scenario-page.tsx'
import { MAX_SCENARIO_IMPORT_MEGABYTES } from '../limits.ts'
import { readForm, routeId } from '../request.ts'
import { memoStaffing } from '../staffing-memo.ts'

export const scenarioRoutes = new Hono()

const MAX_IMPORT_MEGABYTES = MAX_SCENARIO_IMPORT_MEGABYTES
const MAX_FORM_BYTES = 1024 * 1024
const ID = '/:id{[0-9]{1,15}}'

const formLimit = bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => refuse(c, 413, 'Form too large', 'The form sent more than 1 MB; nothing was saved.') })
const importLimit = bodyLimit({
  maxSize: MAX_IMPORT_MEGABYTES * 1024 * 1024,
  onError: (c) => refuse(c, 413, 'File too large', `Scenario files can be at most ${MAX_IMPORT_MEGABYTES} MB. Nothing was imported.`),
})

scenarioRoutes.get('/', (c) => c.render(<ScenarioListPage rows={listRows(c.var.db)} maxImportMegabytes={MAX_IMPORT_MEGABYTES} />, { title: SCENARIOS_TITLE }))

scenarioRoutes.get('/new', (c) => {
  const values = newScenarioValues()
  const ctx = formContext(c.var.db, values.forecastId)
  return renderForm(c, alignValues(values, ctx), {}, 200, ctx)
})

scenarioRoutes.post('/', formLimit, (c) => saveForm(c, undefined))

scenarioRoutes.post('/import', importLimit, async (c) => {
  const body = await readForm(c)
  const file = body[IMPORT_FILE_FIELD]
  if (!(file instanceof File) || file.size === 0) return refuseImport(c, ['Choose a scenario file to import.'])
  let json: unknown
  try {
    json = JSON.parse(await file.text())
  } catch {
    return refuseImport(c, [`${file.name || 'The file'} is not a JSON file, so it cannot be a Shoreline scenario file.`])
  }
  const result = importScenario(c.var.db, json)
  if (!result.ok) return refuseImport(c, Object.entries(result.errors).map(([field, message]) => importMessage(field, message)))
  return c.redirect(scenarioPath(result.scenarioId), 303)
})

scenarioRoutes.get(ID, (c) => {
  const found = findScenario(c)
  if (!found) return c.notFound()
  const { header, plan } = staffingPage(c.var.db, found, c.req.query())
  return c.render(<ScenarioPage header={header} plan={plan} />, { title: found.name })
})

scenarioRoutes.get(`${ID}/coverage`, (c) => {
  const found = findScenario(c)
  if (!found) return c.notFound()
  const { plan } = staffingPage(c.var.db, found, c.req.query())
  if (!plan.ok) return c.html(<p class="notice notice--error">This scenario cannot be staffed as it stands; reload the page for the reasons.</p>, 409)
  // Push the page's URL, not this fragment's, so the address bar stays a link to the whole page.
  pushUrl(c, `${scenarioPath(found.id)}${coverageQuery(plan.coverage.selection)}`)
  return c.html(<CoveragePanel view={plan.coverage} />)
})

scenarioRoutes.get(`${ID}/edit`, (c) => {
  const found = findScenario(c)
  if (!found) return c.notFound()
  const ctx = formContext(c.var.db, String(found.forecastId), found)
  return renderForm(c, valuesFromScenario(found, ctx), {}, 200, ctx, found)
})

scenarioRoutes.post(ID, formLimit, (c) => {
  const found = findScenario(c)
  if (!found) return c.notFound()
  return saveForm(c, found)
})

scenarioRoutes.post(`${ID}/clone`, (c) => {
  const id = cloneScenario(c.var.db, Number(c.req.param('id')))
  return id === undefined ? c.notFound() : c.redirect(scenarioPath(id), 303)
})

scenarioRoutes.get(`${ID}/name`, (c) => {
  const found = findScenario(c)
  return found ? c.html(<ScenarioName id={found.id} name={found.name} />) : c.notFound()
})

scenarioRoutes.get(`${ID}/rename`, (c) => {
  const found = findScenario(c)
  if (!found) return c.notFound()
  c.header('Vary', 'HX-Request')
  if (isHtmxRequest(c)) return c.html(<RenameForm id={found.id} value={found.name} inline />)
  return c.render(<RenamePage id={found.id} value={found.name} />, { title: `Rename ${found.name}` })
})

scenarioRoutes.post(`${ID}/rename`, formLimit, async (c) => {
  const found = findScenario(c)
  if (!found) return c.notFound()
  const typed = String((await readForm(c))[RENAME_FIELD] ?? '').slice(0, 200)
  const parsed = scenarioFields.shape.name.safeParse(typed)
  const htmx = isHtmxRequest(c)
  if (!parsed.success) {
    const error = `Name ${parsed.error.issues[0]?.message ?? 'is not valid'}.`
    c.status(422)
    return htmx ? c.html(<RenameForm id={found.id} value={typed} error={error} inline />) : c.render(<RenamePage id={found.id} value={typed} error={error} />, { title: 'Rename scenario' })
  }
  renameScenario(c.var.db, found.id, parsed.data)
  return htmx ? c.html(<ScenarioName id={found.id} name={parsed.data} />) : c.redirect(scenarioPath(found.id), 303)
})

scenarioRoutes.get(`${ID}/delete`, (c) => {
  const found = findScenario(c)
  return found ? c.render(<DeletePage id={found.id} name={found.name} />, { title: `Delete ${found.name}` }) : c.notFound()
})

scenarioRoutes.post(`${ID}/delete`, (c) => (deleteScenario(c.var.db, Number(c.req.param('id'))) ? c.redirect(SCENARIOS_PATH, 303) : c.notFound()))

scenarioRoutes.get(`${ID}/export.json`, (c) => {
  const id = Number(c.req.param('id'))
  const file = exportScenario(c.var.db, id, new Date().toISOString())
  if (!file) return c.notFound()
  c.header('Content-Type', 'application/json; charset=utf-8')
  c.header('Content-Disposition', `attachment; filename="${fileName(file.scenario.name)}.json"`)
  return c.body(JSON.stringify(file))
})

// ——— Forms ———

/** Create (no `existing`) or update: redraw for the redraw buttons, 422 with messages, or save and go to the scenario. */
async function saveForm(c: Context, existing: StoredScenario | undefined) {
  const posted = readScenarioForm(await readForm(c, { all: true }))
  const ctx = formContext(c.var.db, posted.values.forecastId, existing)
  const values = applyIntent(alignValues(posted.values, ctx), posted.intent)
  if (posted.intent.kind !== 'save') return renderForm(c, values, {}, 200, ctx, existing)
  const stale = staleFormMessage(posted.values)
  if (stale) return renderForm(c, values, { form: stale }, 422, ctx, existing)
  const parsed = parseScenarioForm(values, ctx)
  if (!parsed.ok) return renderForm(c, values, parsed.errors, 422, ctx, existing)
  const id = existing ? existing.id : createScenario(c.var.db, parsed.scenario)
  if (existing && !updateScenario(c.var.db, existing.id, parsed.scenario)) return c.notFound()
  // htmx would swap a followed redirect into the form; HX-Redirect makes it a real navigation instead.
  if (isHtmxRequest(c)) return redirectHtmx(c, scenarioPath(id))
  return c.redirect(scenarioPath(id), 303)
}

/** The form as a page, or as the fragment htmx swaps in; `existing` marks an edit. */
function renderForm(c: Context, values: ScenarioFormValues, errors: ScenarioFormErrors, status: 200 | 422, ctx: FormContext, existing?: StoredScenario) {
  const props = {
    values,
    errors,
    ctx,
    action: existing ? scenarioPath(existing.id) : SCENARIOS_PATH,
    cancelHref: existing ? scenarioPath(existing.id) : SCENARIOS_PATH,
    submitLabel: existing ? 'Save changes' : 'Create scenario',
  }
  c.status(status)
  if (isHtmxRequest(c)) {
    // A refused save was sent from the bottom of a long form: bring its list of problems into view.
    // (htmx.ts's reswap() takes no modifiers, hence the header by name.)
    if (status === 422) c.header('HX-Reswap', `outerHTML show:#${FORM_ERRORS_ID}:top`)
    return c.html(<ScenarioFormFragment {...props} />)
  }
  const title = existing ? `Edit ${existing.name}` : 'New scenario'
  return c.render(<ScenarioFormPage {...props} title={title} />, { title })
}

function formContext(db: Db, forecastIdText: string, existing?: StoredScenario): FormContext {
  const forecasts = listForecasts(db)
  const chosen = forecasts.find((f) => String(f.id) === forecastIdText)
  const channels = chosen ? (loadForecast(db, chosen.id)?.forecast.channels.map((s) => ({ channel: s.channel, kind: s.kind })) ?? []) : []
  const options = listOptions(db).map((o) => ({ id: o.id, name: o.name, channels: o.channels }))
  return { forecasts: forecasts.map((f) => ({ id: f.id, name: f.name })), channels, options, ...(existing ? { existing } : {}) }
}

// ——— The staffing page ———

interface PlanEntry {
  result: ScenarioStaffingResult
  summary?: CoverageSummary
  weeks: CalendarWeek[]
}

/**
 * Staffing a year of intervals takes a few hundred milliseconds, and the coverage
 * fragment asks again on every click; plans are kept per database, keyed by
 * everything they depend on (the scenario's and its options' last change), so an
 * edit anywhere is a new key. A few entries: each year-long plan holds several MB.
 */
const planCache = new WeakMap<Db, Map<string, PlanEntry>>()
const PLAN_CACHE_SIZE = 4

function cachedPlan(db: Db, s: StoredScenario): PlanEntry {
  const options = new Map(listOptions(db).map((o) => [o.id, o]))
  const key = [s.id, s.updatedAt, s.forecastId, ...s.options.map((o) => `${o.optionId}@${options.get(o.optionId)?.updatedAt ?? '-'}`)].join('|')
  let cache = planCache.get(db)
  if (!cache) planCache.set(db, (cache = new Map()))
  const hit = cache.get(key)
  if (hit) return hit
  const forecast = loadForecast(db, s.forecastId)!.forecast
  // The same memo the comparisons use: a save that leaves staffing's inputs as they were does not staff again.
  const result = memoStaffing({ forecast, scenario: s, options: new Map(s.options.map((o) => [o.optionId, options.get(o.optionId)!])) })
  const fteWeek = (id: number) => options.get(id)?.hoursPerFteWeek ?? DEFAULT_HOURS_PER_FTE_WEEK
  const entry: PlanEntry = { result, weeks: calendarWeeks(forecast), ...(result.ok ? { summary: coverageSummary(result.staffing, fteWeek) } : {}) }
  cache.set(key, entry)
  for (const old of cache.keys()) if (cache.size > PLAN_CACHE_SIZE) cache.delete(old)
  return entry
}

function staffingPage(db: Db, s: StoredScenario, query: Record<string, string>) {
  const entry = cachedPlan(db, s)
  const forecast = listForecasts(db).find((f) => f.id === s.forecastId)!
  const header = {
    id: s.id,
    name: s.name,
    updatedAt: s.updatedAt,
    currency: s.currency,
    timeZone: s.timeZone,
    forecastName: forecast.name,
    firstDate: entry.weeks[0]?.firstDate ?? forecast.start.slice(0, 10),
    lastDate: entry.weeks.at(-1)?.lastDate ?? forecast.start.slice(0, 10),
    weeks: entry.summary?.weeks ?? 0,
    intervalMinutes: forecast.intervalMinutes,
  }
  const plan: ScenarioPlanView =
    entry.result.ok && entry.summary
      ? { ok: true, summary: entry.summary, coverage: coverageView(s.id, entry.result.staffing, entry.summary, entry.weeks, query), notes: entry.result.staffing.notes }
      : { ok: false, problems: entry.result.ok ? [] : entry.result.problems }
  return { header, plan }
}

/** The option line, channel and week asked for in the query; anything unknown falls back to the first. */
function coverageView(scenarioId: number, staffing: ScenarioStaffing, summary: CoverageSummary, weeks: CalendarWeek[], query: Record<string, string>): CoverageView {
  const channel = staffing.channels.find((c) => c.channel === query.channel) ?? staffing.channels[0]!
  const line = channel.lines.find((l) => String(l.optionId) === query.option) ?? channel.lines[0]!
  const asked = Number(query.week) - 1
  const week = weeks[Number.isInteger(asked) && asked >= 0 ? Math.min(asked, weeks.length - 1) : 0]!
  const selection: CoverageSelection = { channel: channel.channel, optionId: line.optionId, week: week.index }
  return {
    scenarioId,
    selection,
    choices: staffing.channels.map((c) => ({ channel: c.channel, lines: c.lines.map((l) => ({ optionId: l.optionId, optionName: l.optionName })) })),
    optionName: line.optionName,
    kind: channel.kind,
    staffingMode: line.staffingMode,
    targetServiceLevel: channel.targets.serviceLevel,
    matrix: coverageMatrix(staffing, line),
    typicalWeek: typicalWeek(staffing, line),
    weeks,
    days: dailyCoverage(staffing, line, week, channel.targets.serviceLevel),
    intervalMinutes: staffing.intervalMinutes,
    totalWeeks: summary.weeks,
  }
}

// ——— Helpers ———

function findScenario(c: Context): StoredScenario | undefined {
  const id = routeId(c)
  return id === undefined ? undefined : getScenario(c.var.db, id)
}

function listRows(db: Db) {
  const forecasts = new Map(listForecasts(db).map((f) => [f.id, f.name]))
  const options = new Map(listOptions(db).map((o) => [o.id, o.name]))
  return listScenarios(db).map((s) => ({
    id: s.id,
    name: s.name,
    forecastName: forecasts.get(s.forecastId) ?? '—',
    optionNames: s.options.map((o) => options.get(o.optionId) ?? `option ${o.optionId}`),
    channels: s.channels.map((ch) => ch.channel),
    updatedAt: s.updatedAt,
  }))
}

function refuseImport(c: Context, errors: string[]) {
  c.status(422)
  return c.render(<ScenarioListPage rows={listRows(c.var.db)} importErrors={errors} maxImportMegabytes={MAX_IMPORT_MEGABYTES} />, { title: SCENARIOS_TITLE })
}

/** "file" problems (format, version) read as sentences; field problems name the place in the file. */
function importMessage(field: string, message: string): string {
  const sentence = `${message.charAt(0).toUpperCase()}${message.slice(1)}.`
  if (field === 'file') return /newer Shoreline/.test(message) ? `${sentence} Update Shoreline to open it.` : sentence
  return `In the file at ${field}: ${message}.`
}

function refuse(c: Context, status: 413, title: string, message: string) {
  c.status(status)
  return c.render(<RefusalPage title={title} message={message} />, { title })
}

/** A letters-digits-dashes file name from a scenario name, so no header or path trick survives. */
function fileName(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  return ascii.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 80) || 'scenario'
}
