/** Generate a forecast from weekly or monthly totals, spread with the shipped curves; the page says whose data they are. */
import { FORECAST_GENERATE_PATH, FORECASTS_PATH } from './ids.ts'
import {
  CHANNEL_ROWS,
  INTERVAL_CHOICES,
  KIND_CHOICES,
  PER_CHOICES,
  ROW_LABELS,
  type ChannelRowKey,
  type GenerateFieldName,
  type GenerateFormErrors,
  type GenerateFormValues,
} from './generate-fields.ts'

export const GENERATE_TITLE = 'Generate a forecast from totals'

/** What the page says about the curves: the file's own `source` and `licence` text, and its opening hours. */
export interface CurvesInfo {
  source: string
  licence: string
  opensAt: string
  closesAt: string
}

const errorId = (name: string) => `error-${name.replace('.', '-')}`
const fieldId = (name: string) => `field-${name.replace('.', '-')}`

export function GeneratePage({ values, errors, curves }: { values: GenerateFormValues; errors: GenerateFormErrors; curves: CurvesInfo }) {
  const count = Object.keys(errors).length
  return (
    <>
      <p class="ws-breadcrumb">
        <a href={FORECASTS_PATH}>Forecasts</a>
      </p>
      <div class="page-intro">
        <h1>{GENERATE_TITLE}</h1>
        <p class="lead">
          Give each channel's volume per week or per month; Shoreline spreads it over weekdays and times of day with
          real arrival curves.
        </p>
      </div>
      <CurvesNote curves={curves} />
      {count > 0 && (
        <div class="notice notice--error" role="alert">
          <p>
            <strong>Nothing was generated:</strong> correct the {count === 1 ? 'field' : 'fields'} marked below.
          </p>
          {errors.channels && <p>Channels: {errors.channels}.</p>}
        </div>
      )}
      <form class="ws-form-card forecast-generate" method="post" action={FORECAST_GENERATE_PATH}>
        <fieldset>
          <legend>Forecast</legend>
          <div class="ws-field-grid">
            <Input name="name" label="Name" values={values} errors={errors} wide />
            <Input name="startDate" label="First day" type="date" values={values} errors={errors} hint="A Monday keeps weeks aligned with calendar weeks." />
            <Input name="weeks" label="Weeks" unit="1–53" values={values} errors={errors} numeric />
            <Select name="intervalMinutes" label="Interval length" choices={INTERVAL_CHOICES} values={values} errors={errors} />
            <Input
              name="weekendSharePercent"
              label="Weekend share"
              unit="% of each week"
              values={values}
              errors={errors}
              numeric
              hint="Assumption: the curves have no weekend data. Saturday and Sunday split this share equally, with the average weekday's curve; 0 closes the weekend."
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Channels</legend>
          <p class="field__hint">
            Leave a row's volume blank to leave the channel out. A monthly volume becomes weekly as × 12 ÷ 52 (a year
            is 12 months or 52 weeks), so 43,333 a month is 10,000 a week.
          </p>
          <span id="error-channels" class="field__error" aria-live="polite">
            {errors.channels ? `Channels: ${errors.channels}.` : ''}
          </span>
          <div class="table-scroll ws-scroll">
            <table class="data-table ws-form-table">
              <thead>
                <tr>
                  <th scope="col" class="ws-left">
                    Channel
                  </th>
                  <th scope="col" class="ws-left">
                    Volume (contacts)
                  </th>
                  <th scope="col" class="ws-left">
                    Per
                  </th>
                  <th scope="col" class="ws-left">
                    AHT (s)
                  </th>
                  <th scope="col" class="ws-left">
                    Kind
                  </th>
                </tr>
              </thead>
              <tbody>
                {CHANNEL_ROWS.map((row) => (
                  <ChannelRow row={row} values={values} errors={errors} />
                ))}
              </tbody>
            </table>
          </div>
        </fieldset>
        <div class="form-actions">
          <button type="submit">Generate and save</button>
        </div>
      </form>
    </>
  )
}

function CurvesNote({ curves }: { curves: CurvesInfo }) {
  return (
    <aside class="ws-help-card forecast-data-note" aria-labelledby="curves-heading">
      <h2 id="curves-heading">Where the shape comes from</h2>
      <p>
        Day-of-week shares and 15-minute intraday curves from <strong>a North American bank's calls in 2003</strong>,
        weekdays {curves.opensAt}–{curves.closesAt} (the data has no calls outside those hours and no weekends). Its
        own description:
      </p>
      <blockquote>{curves.source}</blockquote>
      <p class="ws-muted">Licence: {curves.licence}. Your totals set the size; only the shape comes from this data.</p>
    </aside>
  )
}

function ChannelRow({ row, values, errors }: { row: ChannelRowKey; values: GenerateFormValues; errors: GenerateFormErrors }) {
  const cell = (field: 'volume' | 'per' | 'ahtSeconds' | 'kind') => `${row}.${field}` as GenerateFieldName
  return (
    <tr>
      <th scope="row" class="ws-left">
        {row === 'extra' ? (
          <Bare name="extra.name" label="Your channel's name" values={values} errors={errors} placeholder="e.g. back office" />
        ) : (
          ROW_LABELS[row]
        )}
      </th>
      <td>
        <Bare name={cell('volume')} label={`${ROW_LABELS[row]} volume`} values={values} errors={errors} numeric />
      </td>
      <td>
        <BareSelect name={cell('per')} label={`${ROW_LABELS[row]} volume per`} choices={PER_CHOICES} values={values} errors={errors} />
      </td>
      <td>
        <Bare name={cell('ahtSeconds')} label={`${ROW_LABELS[row]} AHT in seconds`} values={values} errors={errors} numeric />
      </td>
      <td>
        <BareSelect name={cell('kind')} label={`${ROW_LABELS[row]} kind`} choices={KIND_CHOICES} values={values} errors={errors} />
      </td>
    </tr>
  )
}

interface InputProps {
  name: GenerateFieldName
  label: string
  values: GenerateFormValues
  errors: GenerateFormErrors
  unit?: string
  hint?: string
  type?: string
  numeric?: boolean
  wide?: boolean
}

function Input({ name, label, unit, hint, type = 'text', numeric, wide, values, errors }: InputProps) {
  const hintId = hint ? `hint-${fieldId(name)}` : ''
  return (
    <div class={wide ? 'field ws-field--wide' : 'field'}>
      <label for={fieldId(name)}>
        {label}
        {unit && <span class="field__unit"> ({unit})</span>}
      </label>
      <input
        id={fieldId(name)}
        name={name}
        type={type}
        inputmode={numeric ? 'decimal' : undefined}
        autocomplete="off"
        value={values[name]}
        aria-invalid={errors[name] ? 'true' : undefined}
        aria-describedby={`${hintId} ${errorId(name)}`.trim()}
      />
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <ErrorSlot name={name} label={label} message={errors[name]} />
    </div>
  )
}

function Select({ name, label, choices, values, errors }: { name: GenerateFieldName; label: string; choices: ReadonlyArray<{ value: string; label: string }>; values: GenerateFormValues; errors: GenerateFormErrors }) {
  return (
    <div class="field">
      <label for={fieldId(name)}>{label}</label>
      <select id={fieldId(name)} name={name} aria-describedby={errorId(name)} aria-invalid={errors[name] ? 'true' : undefined}>
        {choices.map((c) => (
          <option value={c.value} selected={c.value === values[name]}>
            {c.label}
          </option>
        ))}
      </select>
      <ErrorSlot name={name} label={label} message={errors[name]} />
    </div>
  )
}

/** A table cell's input: the column header shows visually, the label is for screen readers. */
function Bare({ name, label, values, errors, numeric, placeholder }: { name: GenerateFieldName; label: string; values: GenerateFormValues; errors: GenerateFormErrors; numeric?: boolean; placeholder?: string }) {
  return (
    <div class="field ws-field--cell">
      <label for={fieldId(name)} class="visually-hidden">
        {label}
      </label>
      <input
        id={fieldId(name)}
        name={name}
        type="text"
        inputmode={numeric ? 'decimal' : undefined}
        autocomplete="off"
        placeholder={placeholder}
        value={values[name]}
        aria-invalid={errors[name] ? 'true' : undefined}
        aria-describedby={errorId(name)}
      />
      <ErrorSlot name={name} label="" message={errors[name]} />
    </div>
  )
}

function BareSelect({ name, label, choices, values, errors }: { name: GenerateFieldName; label: string; choices: ReadonlyArray<{ value: string; label: string }>; values: GenerateFormValues; errors: GenerateFormErrors }) {
  return (
    <div class="field ws-field--cell">
      <label for={fieldId(name)} class="visually-hidden">
        {label}
      </label>
      <select id={fieldId(name)} name={name} aria-describedby={errorId(name)}>
        {choices.map((c) => (
          <option value={c.value} selected={c.value === values[name]}>
            {c.label}
          </option>
        ))}
      </select>
      <ErrorSlot name={name} label="" message={errors[name]} />
    </div>
  )
}

function ErrorSlot({ name, label, message }: { name: GenerateFieldName; label: string; message: string | undefined }) {
  const text = message ? (label ? `${label} ${message}.` : `${message[0]!.toUpperCase()}${message.slice(1)}.`) : ''
  return (
    <span id={errorId(name)} class="field__error" aria-live="polite">
      {text}
    </span>
  )
}
