/** Scenario form, last section: growth and self-service deflection applied to the forecast, and the uncertainty the risk simulation will draw from. */
import { TextField } from './form-controls.tsx'
import { FIELD, fieldId, type ScenarioFormErrors, type ScenarioFormValues } from './form-values.ts'

export function AssumptionsSection({ values, errors }: { values: ScenarioFormValues; errors: ScenarioFormErrors }) {
  const poissonId = fieldId(FIELD.poissonNoise)
  return (
    <>
      <fieldset class="scenario-form__section">
        <legend>Growth</legend>
        <div class="scenario-form__row">
          <TextField name={FIELD.growthVolume} label="Volume growth" unit="%" value={values.growthVolume} errors={errors} hint="Applied to every interval: 3 means 3% more contacts." />
          <TextField name={FIELD.growthAht} label="AHT change" unit="%" value={values.growthAht} errors={errors} hint="−10 means handle times 10% shorter." />
          <TextField
            name={FIELD.forecastFcr}
            label="FCR of the forecast"
            unit="%"
            value={values.forecastFcr}
            errors={errors}
            hint="The first-contact resolution the forecast's contacts were made at. Given, each option handles the same issues in contacts × this ÷ its own FCR (repeat contacts). Blank: contacts as forecast."
          />
        </div>
      </fieldset>
      <fieldset class="scenario-form__section">
        <legend>Self-service deflection</legend>
        <p class="field__hint scenario-form__intro">
          Assisted contacts that self-service removes each week: self-help events × success × intent × no further action.
          The same share comes off every channel. It saves money only where the pricing lets it: per-interaction bills
          shrink, a fixed schedule does not until its headcount changes. Leave the events blank for none.
        </p>
        <div class="scenario-form__row">
          <TextField name={FIELD.deflectionEvents} label="Self-help events per week" value={values.deflectionEvents} errors={errors} inputmode="numeric" />
          <TextField name={FIELD.deflectionSuccess} label="Success rate" unit="%" value={values.deflectionSuccess} errors={errors} />
          <TextField name={FIELD.deflectionIntent} label="Intent rate" unit="%" value={values.deflectionIntent} errors={errors} hint="Events whose customer meant to contact support." />
          <TextField name={FIELD.deflectionNoFurther} label="No-further-action rate" unit="%" value={values.deflectionNoFurther} errors={errors} />
        </div>
      </fieldset>
      <fieldset class="scenario-form__section">
        <legend>Uncertainty</legend>
        <p class="field__hint scenario-form__intro">
          How wrong the forecast may be, for the risk simulation: coefficients of variation (standard deviation ÷ mean) of
          multiplicative errors. The same seed gives the same draws.
        </p>
        <div class="scenario-form__row">
          <TextField name={FIELD.dailyCv} label="Daily volume CV" unit="%" value={values.dailyCv} errors={errors} />
          <TextField name={FIELD.weeklyCv} label="Weekly volume CV" unit="%" value={values.weeklyCv} errors={errors} />
          <TextField name={FIELD.ahtCv} label="AHT CV" unit="%" value={values.ahtCv} errors={errors} />
          <TextField name={FIELD.correlation} label="Correlation between channels" value={values.correlation} errors={errors} hint="From −1 to 1." />
          <TextField name={FIELD.trials} label="Trials" value={values.trials} errors={errors} inputmode="numeric" />
          <TextField name={FIELD.seed} label="Seed" value={values.seed} errors={errors} inputmode="numeric" />
        </div>
        <label class="scenario-check" for={poissonId}>
          <input type="checkbox" id={poissonId} name={FIELD.poissonNoise} checked={values.poissonNoise} />
          Add Poisson noise within intervals
        </label>
      </fieldset>
    </>
  )
}
