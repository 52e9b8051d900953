/** /options: the list, the new and edit forms (plain posts, upgraded by htmx), inline validation, clone and delete, and an option's measured quality (apply, service-level definition). */
import { Hono, type Context } from 'hono'
import { loadForecast } from '../../db/forecasts.ts'
import { listKpiObservations } from '../../db/kpi-observations.ts'
import { listScenarios } from '../../db/scenarios.ts'
import { cloneOption, createOption, deleteOption, getOption, listOptions, updateOption, type StoredOption } from '../../db/sourcing-options.ts'
import { measuredFields, usesMeasuredFields, withMeasuredFields } from '../../domain/quality/apply-measured-quality.ts'
import { ahtFactorFor, DEFAULT_MEASURED_WINDOW, measuredQuality, type MeasuredWindow } from '../../domain/quality/measured-quality.ts'
import { sourcingOptionSchema, type SourcingOption } from '../../schemas/sourcing-option.ts'
import { queryWindow, readMeasuredWindow, readReportingForm } from '../forms/measured-quality-form.ts'
import { readOptionForm } from '../forms/option-form.ts'
import { isHtmxRequest } from '../htmx.ts'
import { DEFAULT_OPTION_VALUES, fieldLabel, GROUP_SLOTS, type OptionFormErrors } from '../../../views/options/form-fields.ts'
import { optionFormValues } from '../../../views/options/form-values.ts'
import { MEASURED_ID, OPTIONS_PATH, optionEditPath } from '../../../views/options/ids.ts'
import type { MeasuredQualityPanelProps } from '../../../views/options/measured-quality-panel.tsx'
import { editOptionTitle, newOptionTitle, OptionForm, OptionFormPage, ValidationAnswer } from '../../../views/options/option-form-page.tsx'
import { Notice, type ListNotice } from '../../../views/components/list-notice.tsx'
import { OPTIONS_TITLE, OptionsPage } from '../../../views/options/options-page.tsx'
import { optionRow } from '../../../views/options/view-model.ts'
import { readForm, routeId } from '../request.ts'

export const optionRoutes = new Hono()

optionRoutes.get('/', (c) => {
  const saved = c.req.query('saved')
  const deleted = c.req.query('deleted')
  const notice: ListNotice = saved ? { kind: 'done', text: `Saved “${saved.slice(0, 80)}”.` } : deleted ? { kind: 'done', text: `Deleted “${deleted.slice(0, 80)}”.` } : undefined
  return renderList(c, notice)
})

optionRoutes.get('/new', (c) => c.render(<OptionFormPage state={{ values: DEFAULT_OPTION_VALUES, errors: {} }} escalationChoices={choices(c)} />, { title: newOptionTitle }))

optionRoutes.post('/', (c) => save(c, undefined))

optionRoutes.get('/:id{[0-9]+}/edit', (c) => {
  const id = routeId(c)
  const option = id === undefined ? undefined : getOption(c.var.db, id)
  if (!option) return c.notFound()
  const window = queryWindow(c.req.query('window'), DEFAULT_MEASURED_WINDOW)
  const panel = measuredPanel(c, option, window)
  const done = c.req.query('applied') ? `Applied: this option now uses the measured values of ${panel.measured?.period.from} to ${panel.measured?.period.to}.` : c.req.query('reporting') ? 'Saved how this option counts its service level.' : undefined
  return renderEdit(c, option, { ...panel, notice: done ? { kind: 'done', text: done } : undefined })
})

/** Apply: the option's FCR, escalation rate and AHT factor become its measured ones over the posted period (recomputed here, never taken from the form). */
optionRoutes.post('/:id{[0-9]+}/measured-quality', async (c) => {
  const id = routeId(c)
  const option = id === undefined ? undefined : getOption(c.var.db, id)
  if (!option) return c.notFound()
  const read = readMeasuredWindow(await readForm(c))
  if (!read.ok) return renderEdit(c, option, { ...measuredPanel(c, option, DEFAULT_MEASURED_WINDOW), notice: { kind: 'error', text: `Not applied. ${read.errors.window}.` } }, 422)
  const panel = measuredPanel(c, option, read.window)
  if (!panel.fields.ok) return renderEdit(c, option, { ...panel, notice: { kind: 'error', text: `Not applied: ${panel.fields.reason}.` } }, 422)
  const next = sourcingOptionSchema.safeParse(withMeasuredFields(specOf(option), panel.fields.fields))
  if (!next.success) return renderEdit(c, option, { ...panel, notice: { kind: 'error', text: `Not applied: ${next.error.issues[0]!.path.join('.')} ${next.error.issues[0]!.message}.` } }, 422)
  updateOption(c.var.db, option.id, next.data)
  return c.redirect(`${optionEditPath(option.id)}?window=${read.window}&applied=1#${MEASURED_ID}`, 303)
})

/** How the option counts the service level it reports (or "not stated"), so the compare page can convert it. */
optionRoutes.post('/:id{[0-9]+}/service-level-reporting', async (c) => {
  const id = routeId(c)
  const option = id === undefined ? undefined : getOption(c.var.db, id)
  if (!option) return c.notFound()
  const body = await readForm(c)
  const window = queryWindow(typeof body.window === 'string' ? body.window : undefined, DEFAULT_MEASURED_WINDOW)
  const read = readReportingForm(body)
  if (!read.ok) return renderEdit(c, option, { ...measuredPanel(c, option, window), reporting: { values: read.values, errors: read.errors }, notice: { kind: 'error', text: 'Not saved: the service-level definition needs attention (below).' } }, 422)
  const { serviceLevelReporting: _, ...rest } = specOf(option)
  updateOption(c.var.db, option.id, read.reporting ? { ...rest, serviceLevelReporting: read.reporting } : rest)
  return c.redirect(`${optionEditPath(option.id)}?window=${window}&reporting=saved#${MEASURED_ID}`, 303)
})

optionRoutes.post('/:id{[0-9]+}', (c) => {
  const id = routeId(c)
  if (id === undefined || !getOption(c.var.db, id)) return c.notFound()
  return save(c, id)
})

/**
 * Inline validation: checks the whole form, then shows messages only for the
 * field just changed (and its row), so untouched fields do not shout; slots of
 * fields that are now fine are cleared. Only slots on the page are named, since
 * htmx reports an out-of-band element with no target as an error.
 */
optionRoutes.post('/validate', async (c) => {
  const body = await readForm(c)
  const self = Number(body.optionId)
  const reading = readOptionForm(body, { escalationTargets: targets(c, Number.isSafeInteger(self) ? self : undefined) })
  const errors: OptionFormErrors = reading.ok ? {} : reading.errors
  const trigger = c.req.header('HX-Trigger-Name') ?? ''
  const onPage = new Set([...Object.keys(reading.values), ...GROUP_SLOTS])
  const show = Object.fromEntries(Object.entries(errors).filter(([name]) => onPage.has(name) && related(trigger, name)))
  const clear = [...onPage].filter((name) => !errors[name])
  const status = errors[trigger] ? `${fieldLabel(trigger)}: ${errors[trigger]}.` : ''
  return c.html(<ValidationAnswer show={show} clear={clear} status={status} />)
})

optionRoutes.post('/:id{[0-9]+}/clone', (c) => {
  const id = routeId(c)
  const copy = id === undefined ? undefined : cloneOption(c.var.db, id)
  if (copy === undefined) return c.notFound()
  return c.redirect(optionEditPath(copy), 303)
})

optionRoutes.post('/:id{[0-9]+}/delete', (c) => {
  const id = routeId(c)
  const option = id === undefined ? undefined : getOption(c.var.db, id)
  if (!option) return c.notFound()
  const outcome = deleteOption(c.var.db, option.id)
  if (outcome === 'not-found') return c.notFound()
  if (outcome === 'deleted') {
    const list = `${OPTIONS_PATH}?deleted=${encodeURIComponent(option.name)}`
    return isHtmxRequest(c) ? c.body(null, 200, { 'HX-Redirect': list }) : c.redirect(list, 303)
  }
  const users = listScenarios(c.var.db)
    .filter((s) => s.options.some((o) => o.optionId === option.id))
    .map((s) => `“${s.name}”`)
  const notice: ListNotice = {
    kind: 'refused',
    text: `“${option.name}” was not deleted: the scenario${users.length === 1 ? '' : 's'} ${users.join(', ')} ${users.length === 1 ? 'uses' : 'use'} it. Remove it from ${users.length === 1 ? 'that scenario' : 'those scenarios'} first.`,
  }
  // htmx swaps only 2xx and 422 (views/layout.tsx), so the refusal travels as a 200 notice; a plain post gets 409.
  if (isHtmxRequest(c)) return c.html(<Notice notice={notice} />)
  c.status(409)
  return renderList(c, notice)
})

/** Create (id undefined) or update: 422 with the form and its messages, or 303 (HX-Redirect for htmx) to the list. */
async function save(c: Context, id: number | undefined) {
  const reading = readOptionForm(await readForm(c), { escalationTargets: targets(c, id) })
  if (!reading.ok) {
    const props = { id, state: { values: reading.values, errors: reading.errors }, escalationChoices: choices(c, id) }
    if (isHtmxRequest(c)) return c.html(<OptionForm {...props} />, 422)
    c.status(422)
    const savedName = id === undefined ? undefined : getOption(c.var.db, id)?.name
    return c.render(<OptionFormPage {...props} savedName={savedName ?? ''} />, { title: id === undefined ? newOptionTitle : editOptionTitle(savedName ?? '') })
  }
  if (id === undefined) createOption(c.var.db, reading.option)
  else updateOption(c.var.db, id, keepStatedReporting(reading.option, getOption(c.var.db, id)))
  const list = `${OPTIONS_PATH}?saved=${encodeURIComponent(reading.option.name)}`
  return isHtmxRequest(c) ? c.body(null, 200, { 'HX-Redirect': list }) : c.redirect(list, 303)
}

/** The form does not carry how the option counts its service level (its own small form does): a save keeps it. */
function keepStatedReporting(option: SourcingOption, stored: StoredOption | undefined): SourcingOption {
  return stored?.serviceLevelReporting ? { ...option, serviceLevelReporting: stored.serviceLevelReporting } : option
}

const specOf = ({ id: _id, updatedAt: _at, ...option }: StoredOption): SourcingOption => option

function renderEdit(c: Context, option: StoredOption, measured: MeasuredQualityPanelProps, status: 200 | 422 = 200) {
  c.status(status)
  const state = { values: optionFormValues(option), errors: {} }
  return c.render(<OptionFormPage id={option.id} savedName={option.name} state={state} escalationChoices={choices(c, option.id)} measured={measured} />, { title: editOptionTitle(option.name) })
}

/**
 * What the measured-quality panel shows: the option's KPI data pooled over the window, the AHT
 * factor against the forecast of the first scenario that uses the option, what Apply would
 * write, and whether the option already holds exactly that.
 */
function measuredPanel(c: Context, option: StoredOption, window: MeasuredWindow): MeasuredQualityPanelProps {
  const rows = listKpiObservations(c.var.db, [option.id])
  const measured = measuredQuality(rows, window)
  const ahtReference = measured?.ahtSeconds ? ahtReferenceFor(c, option, measured.ahtSeconds.value) : null
  const fields = measuredFields(measured, ahtReference?.factor)
  const used = measured ? rows.filter((r) => r.period >= measured.period.from && r.period <= measured.period.to) : []
  return {
    optionId: option.id,
    option,
    window,
    measured,
    ahtReference,
    fields,
    inUse: fields.ok && usesMeasuredFields(option, fields.fields),
    demo: used.length > 0 && used.every((r) => r.source === 'demo'),
  }
}

function ahtReferenceFor(c: Context, option: StoredOption, measuredSeconds: number): MeasuredQualityPanelProps['ahtReference'] {
  const scenario = listScenarios(c.var.db).find((s) => s.options.some((o) => o.optionId === option.id))
  const forecast = scenario && loadForecast(c.var.db, scenario.forecastId)
  if (!forecast) return null
  const { factor, forecastAhtSeconds } = ahtFactorFor(measuredSeconds, forecast.forecast.channels, option.channels)
  return Number.isFinite(factor) ? { forecastName: forecast.name, forecastAhtSeconds, factor } : null
}

function renderList(c: Context, notice: ListNotice) {
  return c.render(<OptionsPage rows={listOptions(c.var.db).map(optionRow)} notice={notice} />, { title: OPTIONS_TITLE })
}

/** Every saved option but `self`: where this one may escalate. */
function targets(c: Context, self: number | undefined): number[] {
  return listOptions(c.var.db)
    .map((o) => o.id)
    .filter((id) => id !== self)
}

function choices(c: Context, self?: number) {
  return listOptions(c.var.db)
    .filter((o) => o.id !== self)
    .map((o) => ({ value: String(o.id), label: o.name }))
}

/** A field's message shows when it, or a field in the same row (hours.2.*, tier.0.*…), just changed. */
function related(trigger: string, name: string): boolean {
  if (name === trigger) return true
  const row = /^(hours\.\d+\.|tier\.\d+\.|sla\.kpi\.\d+\.|bonus\.\d+\.)/.exec(trigger)?.[1]
  if (row && name.startsWith(row)) return true
  return trigger.startsWith('channels.') && name === 'channels'
}

