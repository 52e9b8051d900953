/** /options: the list, the new and edit forms (plain posts, upgraded by htmx), inline validation, clone and delete. */
import { Hono, type Context } from 'hono'
import { listScenarios } from '../../db/scenarios.ts'
import { cloneOption, createOption, deleteOption, getOption, listOptions, updateOption } from '../../db/sourcing-options.ts'
import { readOptionForm } from '../forms/option-form.ts'
import { isHtmxRequest } from '../htmx.ts'
import { DEFAULT_OPTION_VALUES, fieldLabel, GROUP_SLOTS, type OptionFormErrors } from '../../../views/options/form-fields.ts'
import { optionFormValues } from '../../../views/options/form-values.ts'
import { OPTIONS_PATH, optionEditPath } from '../../../views/options/ids.ts'
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
  const state = { values: optionFormValues(option), errors: {} }
  return c.render(<OptionFormPage id={option.id} savedName={option.name} state={state} escalationChoices={choices(c, option.id)} />, { title: editOptionTitle(option.name) })
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
  else updateOption(c.var.db, id, reading.option)
  const list = `${OPTIONS_PATH}?saved=${encodeURIComponent(reading.option.name)}`
  return isHtmxRequest(c) ? c.body(null, 200, { 'HX-Redirect': list }) : c.redirect(list, 303)
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

