/** A partner's terms beyond its pricing model: minimum commitment, SLA credits, bonuses, one-time and people costs, fees. */
import { KPI_CHOICES, MIN_BONUS_ROWS, MIN_KPI_ROWS, rowCount } from './form-fields.ts'
import { anyFilled, ErrorSlot, Section, SelectField, TextField, type FormState } from './form-parts.tsx'

const KPI_SELECT = [{ value: '', label: '—' }, ...KPI_CHOICES.map((k) => ({ value: k.value, label: k.label }))]
/** Fields with a default value that should not, alone, open their section. */
const DEFAULTED = ['sla.validityLowPercent', 'sla.validityHighPercent']

export function TermsSection({ state }: { state: FormState }) {
  const currency = state.values.currency?.trim().toUpperCase() || 'currency units'
  return (
    <section class="option-block" aria-labelledby="terms-heading">
      <h2 id="terms-heading">Contract terms</h2>
      <div class="ws-field-grid">
        <TextField
          name="minimumMonthlyCommitment"
          state={state}
          numeric
          unit={`${currency} per month`}
          hint="Optional. Billed even when volume falls short: a top-up line brings the pricing-model charges up to it."
        />
      </div>
      <Section title="SLA credits" open={anyFilled(state, ['sla.'], DEFAULTED)}>
        <SlaFields state={state} />
      </Section>
      <Section title="Performance bonuses" open={anyFilled(state, ['bonus.', 'bonuses'])}>
        <BonusFields state={state} />
      </Section>
      <Section title="One-time and people costs" open={anyFilled(state, ['transitionFee', 'trainingPerNewAgent', 'attritionPercent', 'replacementCostPerAgent'])}>
        <div class="ws-field-grid">
          <TextField name="transitionFee" state={state} numeric unit={currency} hint="Set-up fee, billed once in the first month." />
          <TextField name="trainingPerNewAgent" state={state} numeric unit={`${currency} per agent`} hint="Billed for each agent added." />
          <TextField name="attritionPercent" state={state} numeric unit="% per year" hint="Agents leaving a year as a share of headcount (30–45% is common)." />
          <TextField name="replacementCostPerAgent" state={state} numeric unit={`${currency} per agent`} hint="Billed per agent replaced: attrition ÷ 12 × headcount each month." />
        </div>
      </Section>
      <Section title="Fees and pass-through costs" open={anyFilled(state, ['managementFeePercent', 'technologyPerSeatMonthly'])}>
        <div class="ws-field-grid">
          <TextField name="managementFeePercent" state={state} numeric unit="%" hint="On pricing-model charges plus any minimum top-up." />
          <TextField name="technologyPerSeatMonthly" state={state} numeric unit={`${currency} per seat per month`} hint="Licences passed through at cost." />
        </div>
      </Section>
    </section>
  )
}

function SlaFields({ state }: { state: FormState }) {
  const rows = rowCount(state.values, 'sla.kpi.', MIN_KPI_ROWS)
  return (
    <>
      <p class="field__hint">
        When a month misses a KPI, the credit is the invoice at risk × the weights of the missed KPIs (a KPI exactly on
        target is met), up to the cap. Credits apply only while the month's volume stays within the validity band of
        the forecast the partner staffed to. Leave every row blank for no SLA credits.
      </p>
      <div class="ws-field-grid">
        <TextField name="sla.atRiskPercent" state={state} numeric unit="% of invoice" />
        <TextField name="sla.capPercent" state={state} numeric unit="% of invoice" />
        <TextField name="sla.earnBackTargetPercent" state={state} numeric unit="%" hint="Optional: a credit is returned next month when that month's service level reaches this." />
        <TextField name="sla.validityLowPercent" state={state} numeric unit="% of forecast" />
        <TextField name="sla.validityHighPercent" state={state} numeric unit="% of forecast" />
      </div>
      <ErrorSlot name="sla.kpis" message={state.errors['sla.kpis']} />
      <KpiTable state={state} rows={rows} prefix="sla.kpi" lastColumn={{ field: 'weightPercent', title: 'Weight (%; all sum to 100)' }} />
    </>
  )
}

function BonusFields({ state }: { state: FormState }) {
  return (
    <>
      <p class="field__hint">A bonus adds its share of the invoice in a month that meets its KPI target.</p>
      <ErrorSlot name="bonuses" message={state.errors.bonuses} />
      <KpiTable state={state} rows={rowCount(state.values, 'bonus.', MIN_BONUS_ROWS)} prefix="bonus" lastColumn={{ field: 'sharePercent', title: 'Bonus (% of invoice)' }} />
    </>
  )
}

function KpiTable({ state, rows, prefix, lastColumn }: { state: FormState; rows: number; prefix: string; lastColumn: { field: string; title: string } }) {
  return (
    <table class="data-table ws-form-table option-kpis">
      <thead>
        <tr>
          <th scope="col" class="ws-left">
            KPI
          </th>
          <th scope="col" class="ws-left">
            Target (%; seconds for ASA)
          </th>
          <th scope="col" class="ws-left">
            {lastColumn.title}
          </th>
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, i) => (
          <tr>
            <td>
              <SelectField name={`${prefix}.${i}.kpi`} state={state} choices={KPI_SELECT} hiddenLabel class="ws-field--cell" />
            </td>
            <td>
              <TextField name={`${prefix}.${i}.target`} state={state} numeric hiddenLabel class="ws-field--cell" />
            </td>
            <td>
              <TextField name={`${prefix}.${i}.${lastColumn.field}`} state={state} numeric hiddenLabel class="ws-field--cell" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function CostStackSection({ state }: { state: FormState }) {
  const currency = state.values.currency?.trim().toUpperCase() || 'currency units'
  return (
    <section class="option-block" aria-labelledby="cost-heading">
      <h2 id="cost-heading">Cost stack</h2>
      <p class="field__hint">
        What the team costs, from which Shoreline prices it. Supervisors, QA and WFM analysts are whole people, rounded
        up from their spans; benefits and payroll taxes apply to every salary.
      </p>
      <h3>Agents</h3>
      <div class="ws-field-grid">
        <TextField name="cost.hourlyWage" state={state} numeric unit={`${currency} per paid hour`} />
        <TextField name="cost.benefitsLoadPercent" state={state} numeric unit="% on top of pay" hint="Benefits and payroll taxes (about 30% in the US)." />
        <TextField name="cost.paidHoursPerFteYear" state={state} numeric unit="h" hint="2,080 = 40 h × 52 weeks; productive hours are far fewer." />
        <TextField name="cost.attritionPercent" state={state} numeric unit="% per year" />
        <TextField name="cost.recruitingCostPerHire" state={state} numeric unit={currency} />
        <TextField name="cost.trainingCostPerHire" state={state} numeric unit={currency} />
      </div>
      <h3>Support staff</h3>
      <div class="ws-field-grid ws-field-grid--pairs">
        <TextField name="cost.supervisorSpan" state={state} numeric unit="agents each" />
        <TextField name="cost.supervisorSalary" state={state} numeric unit={`${currency} per year`} />
        <TextField name="cost.qaSpan" state={state} numeric unit="agents each" />
        <TextField name="cost.qaSalary" state={state} numeric unit={`${currency} per year`} />
        <TextField name="cost.wfmSpan" state={state} numeric unit="agents each" />
        <TextField name="cost.wfmSalary" state={state} numeric unit={`${currency} per year`} />
      </div>
      <h3>Seats</h3>
      <div class="ws-field-grid">
        <TextField name="cost.facilitiesPerSeatMonthly" state={state} numeric unit={`${currency} per seat per month`} />
        <TextField name="cost.technologyPerSeatMonthly" state={state} numeric unit={`${currency} per seat per month`} />
      </div>
    </section>
  )
}
