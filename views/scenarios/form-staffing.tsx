/** Scenario form: how each ticked option is staffed — to the requirement, or to a weekly schedule of shifts edited as rows. */
import { WEEKDAY_NAMES } from '../../src/domain/forecast/calendar.ts'
import { ErrorSlot } from './form-controls.tsx'
import { FIELD, errorId, fieldId, intentValue, type FormContext, type ScenarioFormErrors, type ScenarioFormValues, type ShiftValues } from './form-values.ts'

interface StaffingProps {
  values: ScenarioFormValues
  errors: ScenarioFormErrors
  ctx: FormContext
}

export function StaffingSection({ values, errors, ctx }: StaffingProps) {
  const options = ctx.options.filter((o) => values.optionIds.includes(String(o.id)))
  if (options.length === 0) return null
  return (
    <fieldset class="scenario-form__section">
      <legend>Staffing</legend>
      <p class="field__hint scenario-form__intro">
        Staffed to the requirement, an option supplies exactly the productive agents the targets need in every interval. On a weekly
        schedule it supplies the agents of its shifts (on the option’s own clock), and the page shows the over and under staffing
        and the service level those agents achieve.
      </p>
      {options.map((o) => (
        <OptionStaffing id={String(o.id)} name={o.name} channels={o.channels} values={values} errors={errors} ctx={ctx} />
      ))}
    </fieldset>
  )
}

function OptionStaffing({ id, name, channels, values, errors, ctx }: { id: string; name: string; channels: readonly string[] } & StaffingProps) {
  const v = values.staffing[id] ?? { mode: 'requirement', shifts: [] }
  const modeField = FIELD.staffingMode(id)
  const hasHeadcount = ctx.existing?.options.some((o) => String(o.optionId) === id && o.staffing.mode === 'headcount') ?? false
  const shiftChannels = ctx.channels.map((c) => c.channel).filter((c) => channels.includes(c))
  const radio = (mode: 'requirement' | 'schedule' | 'headcount', label: string) => (
    <label class="scenario-check">
      <input type="radio" name={modeField} value={mode} checked={v.mode === mode} class={`scenario-mode--${mode}`} />
      {label}
    </label>
  )
  return (
    <div class="scenario-staffing" id={fieldId(modeField)}>
      <p class="scenario-form__label">{name}</p>
      <div class="scenario-allocation__modes" role="radiogroup" aria-label={`${name} staffing`} aria-describedby={errorId(modeField)}>
        {radio('requirement', 'To the requirement')}
        {radio('schedule', 'Weekly schedule of shifts')}
        {hasHeadcount && radio('headcount', 'Headcount per interval (from the imported file, kept as is)')}
      </div>
      <ErrorSlot name={modeField} errors={errors} />
      <div class="scenario-shifts">
        <input type="hidden" name={FIELD.shiftCount(id)} value={String(v.shifts.length)} />
        {v.shifts.length > 0 && (
          <table class="scenario-shifts__table">
            <caption class="visually-hidden">Shifts of {name}</caption>
            <thead>
              <tr>
                <th scope="col">Channel</th>
                <th scope="col">Days</th>
                <th scope="col">Start</th>
                <th scope="col">End</th>
                <th scope="col">Agents</th>
                <th scope="col">
                  <span class="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {v.shifts.map((s, k) => (
                <ShiftRow optionId={id} k={k} shift={s} channels={shiftChannels} errors={errors} />
              ))}
            </tbody>
          </table>
        )}
        <button type="submit" name={FIELD.intent} value={intentValue.addShift(id)} id={`add-shift-${id}`} class="scenario-button--quiet">
          + add shift
        </button>
        <span class="field__hint"> Times on {name}’s own clock, 24-hour (e.g. 07:00–15:00); agents are productive agents.</span>
      </div>
    </div>
  )
}

function ShiftRow({ optionId, k, shift, channels, errors }: { optionId: string; k: number; shift: ShiftValues; channels: string[]; errors: ScenarioFormErrors }) {
  const name = (key: keyof ShiftValues) => FIELD.shift(optionId, k, key)
  const label = (what: string) => `Shift ${k + 1} ${what}`
  const rowErrors = (['channel', 'days', 'start', 'end', 'agents'] as const).filter((key) => errors[name(key)])
  const text = (key: 'start' | 'end' | 'agents', placeholder: string) => (
    <td>
      <input
        id={fieldId(name(key))}
        name={name(key)}
        type="text"
        value={shift[key]}
        inputmode={key === 'agents' ? 'numeric' : 'text'}
        placeholder={placeholder}
        autocomplete="off"
        aria-label={label(key)}
        aria-invalid={errors[name(key)] ? 'true' : undefined}
        aria-describedby={`error-shift-${optionId}-${k}`}
      />
    </td>
  )
  const options = channels.includes(shift.channel) || shift.channel === '' ? channels : [...channels, shift.channel]
  return (
    <>
      <tr>
        <td>
          <select id={fieldId(name('channel'))} name={name('channel')} aria-label={label('channel')}>
            {options.map((c) => (
              <option value={c} selected={c === shift.channel}>
                {c}
              </option>
            ))}
          </select>
        </td>
        <td>
          <fieldset class="scenario-days" id={fieldId(name('days'))}>
            <legend class="visually-hidden">{label('days')}</legend>
            {WEEKDAY_NAMES.map((day, d) => (
              <label title={day}>
                <input type="checkbox" name={name('days')} value={String(d)} checked={shift.days.includes(String(d))} />
                <span>{day.slice(0, 2)}</span>
              </label>
            ))}
          </fieldset>
        </td>
        {text('start', '08:00')}
        {text('end', '17:00')}
        {text('agents', '0')}
        <td>
          <button type="submit" name={FIELD.intent} value={intentValue.removeShift(optionId, k)} class="scenario-button--quiet" aria-label={`Remove shift ${k + 1}`}>
            remove
          </button>
        </td>
      </tr>
      <tr class="scenario-shifts__errors">
        <td colspan={6} id={`error-shift-${optionId}-${k}`} aria-live="polite">
          {rowErrors.map((key) => (
            <span class="field__error" id={errorId(name(key))}>
              {errors[name(key)]}
            </span>
          ))}
        </td>
      </tr>
    </>
  )
}
