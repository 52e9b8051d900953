/** How a partner bills: the pricing model (only the chosen model's fields show and are checked), tiers and the hybrid fee. */
import { channelSlotLabel, MIN_TIER_ROWS, otherChannelSlots, PRICING_MODELS, RATE_MODELS, rowCount, USUAL_CHANNELS } from './form-fields.ts'
import { ErrorSlot, RadioGroup, TextField, type FormState } from './form-parts.tsx'

const TIER_STYLES = [
  { value: 'marginal', label: 'Marginal', hint: 'Each contact is billed at the price of the tier it falls in (like income tax brackets).' },
  {
    value: 'whole-volume',
    label: 'Whole volume',
    hint: 'Every contact of the month is billed at the price of the tier the last one falls in, so one more contact can lower the bill.',
  },
]

/**
 * Every model's fields are in the page, and CSS (:has on the checked radio) shows
 * only the chosen one's: one control to choose, nothing to open, and with no CSS
 * at all every group still shows under its heading. The reader validates only
 * the chosen model's fields, so stale values in the others never block a save.
 */
export function PricingSection({ state }: { state: FormState }) {
  const currency = state.values.currency?.trim().toUpperCase() || 'currency units'
  return (
    <section class="option-block option-pricing-block" aria-labelledby="pricing-heading">
      <h2 id="pricing-heading">Pricing</h2>
      <RadioGroup name="pricingModel" state={state} legend="Pricing model" choices={PRICING_MODELS} class="option-models" />
      {RATE_MODELS.map((model) => (
        <div class={`option-model option-model--${model}`}>
          <h3>{PRICING_MODELS.find((m) => m.value === model)!.label}</h3>
          <TextField name={`rate.${model}`} state={state} numeric label="Rate" unit={`${currency} ${PRICING_MODELS.find((m) => m.value === model)!.unit}`} class="ws-field--medium" />
        </div>
      ))}
      <PerInteractionFields state={state} currency={currency} />
      <BandedFields state={state} currency={currency} />
      <div class="option-hybrid">
        <TextField
          name="fixedMonthlyFee"
          state={state}
          numeric
          unit={`${currency} per month`}
          class="ws-field--medium"
          hint="Optional. Filled, the pricing is hybrid: this fixed fee every month plus the model above. Blank: the model alone."
        />
      </div>
    </section>
  )
}

function PerInteractionFields({ state, currency }: { state: FormState; currency: string }) {
  const slots = [...USUAL_CHANNELS, ...otherChannelSlots(state.values)]
  const tiers = rowCount(state.values, 'tier.', MIN_TIER_ROWS)
  const served = slots.map((s) => (s.startsWith('other') ? state.values[`channels.${s}`]?.trim() : state.values[`channels.${s}`] === 'on' ? s : '')).filter((c): c is string => !!c)
  return (
    <div class="option-model option-model--per-interaction">
      <h3>Per interaction</h3>
      <p class="field__hint">A price per contact handled for each channel the option serves.</p>
      <table class="data-table ws-form-table option-prices">
        <thead>
          <tr>
            <th scope="col" class="ws-left">
              Channel
            </th>
            <th scope="col" class="ws-left">
              {currency} per contact
            </th>
          </tr>
        </thead>
        <tbody>
          {slots.map((slot) => (
            <tr class={`option-price--${slot}`}>
              <th scope="row" class="ws-left">
                {slotName(state, slot)}
              </th>
              <td>
                <TextField name={`price.${slot}`} state={state} numeric hiddenLabel label={`Price per contact, ${slotName(state, slot)}`} class="ws-field--cell ws-field--short" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Volume tiers (optional)</h4>
      <p class="field__hint" id="tiers-hint">
        Contacts are counted per channel per calendar month; a tier's upper bound is included in it. Leave “up to” blank
        on the last tier of a channel. A tier's price replaces the channel's price above.
      </p>
      <RadioGroup name="tierStyle" state={state} legend="Tier style" choices={TIER_STYLES} class="option-tier-style" />
      <ErrorSlot name="tiers" message={state.errors.tiers} />
      <datalist id="served-channels">
        {served.map((c) => (
          <option value={c} />
        ))}
      </datalist>
      <table class="data-table ws-form-table option-tiers" aria-describedby="tiers-hint">
        <thead>
          <tr>
            <th scope="col" class="ws-left">
              Tier
            </th>
            <th scope="col" class="ws-left">
              Channel
            </th>
            <th scope="col" class="ws-left">
              Up to (contacts / month)
            </th>
            <th scope="col" class="ws-left">
              Price ({currency} per contact)
            </th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: tiers }, (_, i) => (
            <tr>
              <th scope="row" class="ws-left">
                {i + 1}
              </th>
              <td>
                <TextField name={`tier.${i}.channel`} state={state} hiddenLabel list="served-channels" class="ws-field--cell" />
              </td>
              <td>
                <TextField name={`tier.${i}.upTo`} state={state} hiddenLabel numeric placeholder="no limit" class="ws-field--cell" />
              </td>
              <td>
                <TextField name={`tier.${i}.price`} state={state} hiddenLabel numeric class="ws-field--cell" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** A usual channel by name; a typed slot by what was typed, else by its place. */
function slotName(state: FormState, slot: string): string {
  return slot.startsWith('other') ? state.values[`channels.${slot}`]?.trim() || channelSlotLabel(slot) : slot
}

function BandedFields({ state, currency }: { state: FormState; currency: string }) {
  return (
    <div class="option-model option-model--banded">
      <h3>Banded (anchored)</h3>
      <p class="field__hint">
        The base charge buys a baseline volume B. Between B × (1 − band) and B × (1 + band) the bill does not move; each
        contact above the band adds the additional charge, each contact below it earns the reduced-volume credit.
      </p>
      <div class="ws-field-grid">
        <TextField name="banded.baseCharge" state={state} numeric unit={`${currency} per month`} />
        <TextField name="banded.baselineVolume" state={state} numeric unit="contacts per month" />
        <TextField name="banded.bandPercent" state={state} numeric unit="± %" />
        <TextField name="banded.additionalPerUnit" state={state} numeric unit={`${currency} per contact`} />
        <TextField name="banded.reducedPerUnit" state={state} numeric unit={`${currency} per contact`} />
      </div>
    </div>
  )
}
