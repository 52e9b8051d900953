/** Scenario form, first section: name, forecast, currency, time zone; and the options the scenario compares. */
import { ErrorSlot, TextField } from './form-controls.tsx'
import { FIELD, fieldId, intentValue, type FormContext, type ScenarioFormErrors, type ScenarioFormValues } from './form-values.ts'
import type { RedrawAttributes } from './scenario-form.tsx'

interface SectionProps {
  values: ScenarioFormValues
  errors: ScenarioFormErrors
  ctx: FormContext
  redraw: RedrawAttributes
}

/** Every zone this runtime knows, offered as suggestions (typing any IANA name still works). */
const TIME_ZONES: readonly string[] = Intl.supportedValuesOf('timeZone')
const TIME_ZONE_LIST = 'time-zones'

export function BasicsSection({ values, errors, ctx, redraw }: SectionProps) {
  const id = fieldId(FIELD.forecastId)
  return (
    <fieldset class="scenario-form__section">
      <legend>Scenario</legend>
      <div class="scenario-form__row">
        <TextField name={FIELD.name} label="Name" value={values.name} errors={errors} inputmode="text" maxlength={80} wide />
        <div class="field scenario-field scenario-field--wide">
          <label for={id}>Forecast</label>
          <div class="scenario-inline">
            <select id={id} name={FIELD.forecastId} aria-describedby={`hint-${id} error-${FIELD.forecastId}`} aria-invalid={errors[FIELD.forecastId] ? 'true' : undefined} {...redraw}>
              <option value="" selected={values.forecastId === ''}>
                Choose a forecast…
              </option>
              {ctx.forecasts.map((f) => (
                <option value={String(f.id)} selected={String(f.id) === values.forecastId}>
                  {f.name}
                </option>
              ))}
            </select>
            <button type="submit" name={FIELD.intent} value={intentValue.refresh} class="scenario-button--quiet">
              Show its channels
            </button>
          </div>
          <p class="field__hint" id={`hint-${id}`}>
            The contacts and handle times to staff. Its channels appear below once chosen.
          </p>
          <ErrorSlot name={FIELD.forecastId} errors={errors} />
        </div>
      </div>
      <div class="scenario-form__row">
        <TextField name={FIELD.currency} label="Currency" value={values.currency} errors={errors} inputmode="text" maxlength={3} hint="Three letters, e.g. USD." />
        <TextField
          name={FIELD.timeZone}
          label="Time zone"
          value={values.timeZone}
          errors={errors}
          inputmode="text"
          list={TIME_ZONE_LIST}
          hint="The forecast’s clock; options’ hours and shifts are converted from their own zones."
          wide
        />
        <datalist id={TIME_ZONE_LIST}>
          {TIME_ZONES.map((z) => (
            <option value={z} />
          ))}
        </datalist>
      </div>
    </fieldset>
  )
}

export function OptionsSection({ values, errors, ctx, redraw }: SectionProps) {
  return (
    <fieldset class="scenario-form__section" id={fieldId(FIELD.optionIds)} aria-describedby={`error-${FIELD.optionIds}`} {...redraw}>
      <legend>Sourcing options</legend>
      {ctx.options.length === 0 ? (
        <p class="field__hint">
          There are no sourcing options yet. <a href="/options">Add one</a> first.
        </p>
      ) : (
        <ul class="scenario-checklist">
          {ctx.options.map((o) => (
            <li>
              <label>
                <input type="checkbox" name={FIELD.optionIds} value={String(o.id)} checked={values.optionIds.includes(String(o.id))} />
                <span>
                  {o.name}
                  <span class="field__unit"> · serves {o.channels.join(', ')}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <ErrorSlot name={FIELD.optionIds} errors={errors} />
      <p class="scenario-form__redraw">
        <button type="submit" name={FIELD.intent} value={intentValue.refresh} class="scenario-button--quiet">
          Update the channels below
        </button>
        <span class="field__hint"> Shares and staffing are set per ticked option.</span>
      </p>
    </fieldset>
  )
}
