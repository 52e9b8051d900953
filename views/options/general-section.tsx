/** The option form's first sections: who the option is, where and when it works, and what it serves. */
import { COMMON_TIME_ZONES, otherChannelSlots, SHORE_CHOICES, USUAL_CHANNELS, WEEKDAYS } from './form-fields.ts'
import { CheckboxField, ErrorSlot, RadioGroup, SelectField, TextField, type FormState } from './form-parts.tsx'

const KIND_CHOICES = [
  { value: 'partner', label: 'Partner (outsourced)', hint: 'Priced by its commercial terms.' },
  { value: 'in-house', label: 'In-house team', hint: 'Priced from its cost stack: wages, overheads and seats.' },
]

const ZONE_CHOICES = [...COMMON_TIME_ZONES.map((z) => ({ value: z, label: z.replace(/_/g, ' ') })), { value: '', label: 'Other (type it below)' }]

export function IdentitySection({ state }: { state: FormState }) {
  return (
    <section class="option-block" aria-labelledby="identity-heading">
      <h2 id="identity-heading">The option</h2>
      <div class="ws-field-grid">
        <TextField name="name" state={state} class="ws-field--span2" hint="How scenarios and reports name it, e.g. “Nearshore partner, Monterrey”." />
        <SelectField name="shore" state={state} choices={SHORE_CHOICES} />
      </div>
      <RadioGroup name="kind" state={state} legend="Kind" choices={KIND_CHOICES} class="option-kind" />
      <div class="ws-field-grid">
        <SelectField name="timeZone" state={state} choices={ZONE_CHOICES} hint="Its opening hours below are in this zone." />
        <TextField name="timeZoneOther" state={state} hint="Any IANA name, e.g. Africa/Nairobi; used instead of the list when filled." />
        <TextField name="currency" state={state} hint="Three letters, e.g. USD, MXN, PHP: what its prices and costs are in." />
        <TextField name="exchangeRate" state={state} numeric hint="Scenario currency units per unit of this currency (1 when they are the same)." />
        <TextField name="hoursPerFteWeek" state={state} numeric unit="h" hint="Paid hours in one full-time week here (40 in the US, 48 in Mexico)." />
      </div>
    </section>
  )
}

export function HoursSection({ state }: { state: FormState }) {
  return (
    <section class="option-block" aria-labelledby="hours-heading">
      <h2 id="hours-heading">Opening hours</h2>
      <p class="field__hint">Local time in the option's zone, 24-hour clock; 00:00 to 24:00 is open around the clock.</p>
      <ErrorSlot name="hours" message={state.errors.hours} />
      <table class="data-table ws-form-table option-hours">
        <thead>
          <tr>
            <th scope="col" class="ws-left">
              Day
            </th>
            <th scope="col" class="ws-left">
              Opens
            </th>
            <th scope="col" class="ws-left">
              Closes
            </th>
            <th scope="col" class="ws-left">
              Closed
            </th>
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((day, d) => (
            <tr>
              <th scope="row" class="ws-left">
                {day}
              </th>
              <td>
                <TextField name={`hours.${d}.open`} state={state} hiddenLabel placeholder="hh:mm" class="ws-field--cell ws-field--time" />
              </td>
              <td>
                <TextField name={`hours.${d}.close`} state={state} hiddenLabel placeholder="hh:mm" class="ws-field--cell ws-field--time" />
              </td>
              <td>
                <CheckboxField name={`hours.${d}.closed`} state={state} label={<span class="visually-hidden">{day} closed</span>} />
                <ErrorSlot name={`hours.${d}.closed`} message={state.errors[`hours.${d}.closed`]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/** Channels served, each with its AHT factor: the usual ones as checkboxes, others typed. */
export function ChannelsSection({ state }: { state: FormState }) {
  const others = otherChannelSlots(state.values)
  return (
    <section class="option-block" aria-labelledby="channels-heading">
      <h2 id="channels-heading">Channels and handle time</h2>
      <p class="field__hint" id="aht-factor-hint">
        AHT factor: this option's handle time relative to the forecast's (1 = as forecast, 1.1 = 10% longer).
      </p>
      <ErrorSlot name="channels" message={state.errors.channels} />
      <table class="data-table ws-form-table option-channels">
        <thead>
          <tr>
            <th scope="col" class="ws-left">
              Served
            </th>
            <th scope="col" class="ws-left">
              AHT factor
            </th>
          </tr>
        </thead>
        <tbody>
          {USUAL_CHANNELS.map((c) => (
            <tr>
              <th scope="row" class="ws-left">
                <CheckboxField name={`channels.${c}`} state={state} label={c} />
                <ErrorSlot name={`channels.${c}`} message={state.errors[`channels.${c}`]} />
              </th>
              <td>
                <TextField name={`ahtFactor.${c}`} state={state} hiddenLabel numeric class="ws-field--cell ws-field--short" />
              </td>
            </tr>
          ))}
          {others.map((slot, k) => (
            <tr>
              <th scope="row" class="ws-left">
                <TextField name={`channels.${slot}`} state={state} label={`Other channel ${k + 1}`} hiddenLabel placeholder={k === 0 ? 'e.g. back office' : 'another channel'} class="ws-field--cell" />
              </th>
              <td>
                <TextField name={`ahtFactor.${slot}`} state={state} hiddenLabel numeric class="ws-field--cell ws-field--short" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="field__hint">Need more channels? Save, then edit: a blank row is always added below the last one typed.</p>
    </section>
  )
}

export function OperationsSection({ state, escalationChoices }: { state: FormState; escalationChoices: ReadonlyArray<{ value: string; label: string }> }) {
  return (
    <section class="option-block" aria-labelledby="operations-heading">
      <h2 id="operations-heading">Capacity, shrinkage and quality</h2>
      <div class="ws-field-grid">
        <TextField name="capacityAgents" state={state} numeric unit="agents" hint="Most agents it can seat; blank for no limit." />
        <TextField name="shrinkagePercent" state={state} numeric unit="%" hint="Paid time off the phones: breaks, training, absence (typically 30–35%)." />
        <TextField name="occupancyCapPercent" state={state} numeric unit="%" hint="Highest share of logged-in time agents may be busy (typically 85%)." />
        <TextField name="fcrPercent" state={state} numeric unit="%" hint="Share of issues resolved on first contact; the rest come back (handled = new ÷ FCR)." />
        <TextField name="handleTimeCv" state={state} numeric hint="Blank: handle times vary as Erlang assumes (exponential). A coefficient of variation (e.g. 0.5) makes them lognormal, and the scenario checks this option's service level by simulation." />
        <TextField name="escalationRatePercent" state={state} numeric unit="%" hint="Share of handled contacts passed to a higher tier." />
        <SelectField name="escalatesToOptionId" state={state} choices={[{ value: '', label: 'No one (handled here)' }, ...escalationChoices]} hint="The option escalated contacts go to, at its AHT and price." />
      </div>
    </section>
  )
}
