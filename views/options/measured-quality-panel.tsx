/** "Use measured quality" on an option's page: its stated FCR, escalation and AHT beside what its KPI data measured over a period, Apply, and how it counts service level. */
import type { MeasuredFieldsResult } from '../../src/domain/quality/apply-measured-quality.ts'
import { SERVICE_LEVEL_CONVERSION } from '../../src/domain/quality/harmonise.ts'
import { MEASURED_WINDOWS, type MeasuredQuality, type MeasuredWindow, type PooledKpi } from '../../src/domain/quality/measured-quality.ts'
import type { SourcingOption } from '../../src/schemas/sourcing-option.ts'
import { formatCount, formatPercent } from '../format.ts'
import { ErrorSlot } from './form-parts.tsx'
import { MEASURED_ID, measuredQualityPath, optionEditPath, serviceLevelReportingPath } from './ids.ts'

export interface MeasuredQualityPanelProps {
  optionId: number
  option: Pick<SourcingOption, 'fcr' | 'escalationRate' | 'ahtFactor' | 'channels' | 'serviceLevelReporting'>
  window: MeasuredWindow
  measured: MeasuredQuality | null
  /** The forecast the AHT factor is measured against (the first scenario using the option), or null. */
  ahtReference: { forecastName: string; forecastAhtSeconds: number; factor: number } | null
  fields: MeasuredFieldsResult
  /** The option's FCR and escalation (and AHT) are exactly these measures. */
  inUse: boolean
  /** Every value in the period is demo data. */
  demo: boolean
  notice?: { kind: 'done' | 'error'; text: string } | undefined
  /** The service-level form as typed, with messages, after a refused save. */
  reporting?: { values: Record<string, string>; errors: Record<string, string> } | undefined
}

const seconds = (s: number) => `${formatCount(Math.round(s))} s`
const factor = (x: number) => `× ${x.toFixed(3)}`

/** "pooled over 1,234" (by sample size) or "mean of 6 periods". */
function basis(k: PooledKpi): string {
  return k.sampleSize === null ? `mean of ${k.periods} period${k.periods === 1 ? '' : 's'}` : `pooled over ${formatCount(k.sampleSize)} across ${k.periods} period${k.periods === 1 ? '' : 's'}`
}

export function MeasuredQualityPanel(p: MeasuredQualityPanelProps) {
  const m = p.measured
  return (
    <section id={MEASURED_ID} class="ws-panel measured-quality" aria-labelledby={`${MEASURED_ID}-heading`}>
      <h2 id={`${MEASURED_ID}-heading`}>Use measured quality</h2>
      {p.notice && (
        <p class={p.notice.kind === 'done' ? 'notice ws-notice-done' : 'notice notice--error'} role={p.notice.kind === 'error' ? 'alert' : 'status'}>
          {p.notice.text}
        </p>
      )}
      {!m ? (
        <p class="ws-muted">No FCR, escalation, AHT or service level in this option’s KPI data yet. Import its scorecard, then its measured values can replace the stated ones here.</p>
      ) : (
        <MeasuredBody {...p} measured={m} />
      )}
      <ServiceLevelReporting {...p} />
    </section>
  )
}

function MeasuredBody(p: MeasuredQualityPanelProps & { measured: MeasuredQuality }) {
  const m = p.measured
  const ahtStated = [...new Set(p.option.channels.map((c) => p.option.ahtFactor[c] ?? 1))]
  return (
    <>
      <p class="measured-quality__lead">
        The cost comparison uses the FCR, escalation rate and AHT this option states. Its KPI data measured these over{' '}
        <strong>
          {m.period.from} to {m.period.to}
        </strong>{' '}
        (the last {m.window} months with data), each pooled by sample size.{p.demo ? ' These are demo figures.' : ''}
      </p>
      <nav class="measured-quality__windows" aria-label="Period">
        Period:{' '}
        {MEASURED_WINDOWS.map((w) => (
          <a href={`${optionEditPath(p.optionId)}?window=${w}#${MEASURED_ID}`} aria-current={w === p.window ? 'true' : undefined} class={w === p.window ? 'is-current' : undefined}>
            last {w} months
          </a>
        ))}
      </nav>
      <div class="table-scroll">
        <table class="data-table measured-quality__table">
          <caption class="visually-hidden">Stated and measured quality</caption>
          <thead>
            <tr>
              <th scope="col" class="ws-left">
                Figure
              </th>
              <th scope="col">Stated (used now)</th>
              <th scope="col">
                Measured, {m.period.from} to {m.period.to}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr data-kpi="fcr">
              <th scope="row" class="ws-left">
                First-contact resolution
              </th>
              <td>{formatPercent(p.option.fcr)}</td>
              <td>{m.fcr ? <Measured value={formatPercent(m.fcr.value)} k={m.fcr} /> : '—'}</td>
            </tr>
            <tr data-kpi="escalation-rate">
              <th scope="row" class="ws-left">
                Escalation rate
              </th>
              <td>{formatPercent(p.option.escalationRate)}</td>
              <td>{m.escalationRate ? <Measured value={formatPercent(m.escalationRate.value)} k={m.escalationRate} /> : '—'}</td>
            </tr>
            <tr data-kpi="aht">
              <th scope="row" class="ws-left">
                AHT, relative to the forecast
              </th>
              <td>{ahtStated.length === 1 ? factor(ahtStated[0]!) : 'by channel'}</td>
              <td>
                {m.ahtSeconds ? (
                  <>
                    <Measured value={seconds(m.ahtSeconds.value)} k={m.ahtSeconds} />
                    <span class="cell-note">
                      {p.ahtReference
                        ? `${factor(p.ahtReference.factor)} of ${seconds(p.ahtReference.forecastAhtSeconds)}, the mean AHT of “${p.ahtReference.forecastName}” on this option’s channels`
                        : 'no scenario uses this option, so no forecast AHT to compare with: the factor is left as it is'}
                    </span>
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
            <tr data-kpi="service-level">
              <th scope="row" class="ws-left">
                Service level, as reported
              </th>
              <td>
                <span class="cell-note">achieved by the plan, per scenario</span>
              </td>
              <td>{m.serviceLevel ? <Measured value={formatPercent(m.serviceLevel.value)} k={m.serviceLevel} /> : '—'}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p class="measured-quality__source" data-testid="quality-source">
        {p.inUse ? (
          <>
            <strong>Source: measured.</strong> This option’s {p.fields.ok && p.fields.fields.ahtFactor !== undefined ? 'FCR, escalation rate and AHT factor' : 'FCR and escalation rate'} are the measured values of {m.period.from} to {m.period.to}.
          </>
        ) : (
          <>
            <strong>Source: stated.</strong> This option’s figures are not the measured ones of this period.
          </>
        )}
      </p>
      {p.fields.ok ? (
        !p.inUse && (
          <form method="post" action={measuredQualityPath(p.optionId)} class="measured-quality__apply">
            <input type="hidden" name="window" value={String(p.window)} />
            <button type="submit">Apply measured values</button>
            <span class="field__hint">
              Writes FCR {formatPercent(p.fields.fields.fcr)}, escalation {formatPercent(p.fields.fields.escalationRate)}
              {p.fields.fields.ahtFactor !== undefined ? ` and AHT ${factor(p.fields.fields.ahtFactor)} on every channel` : ''} into this option; every scenario using it is then priced on them.
            </span>
          </form>
        )
      ) : (
        <p class="ws-muted">Nothing to apply: {p.fields.reason}.</p>
      )}
    </>
  )
}

function Measured({ value, k }: { value: string; k: PooledKpi }) {
  return (
    <>
      {value}
      <span class="cell-note">{basis(k)}</span>
    </>
  )
}

const SL_FIELDS = { mode: 'slShortAbandons', threshold: 'slShortAbandonSeconds', within: 'slAnswerWithinSeconds', share: 'slShortAbandonSharePercent' } as const

/** The service-level definition form's values from what the option states. */
export function reportingValues(r: SourcingOption['serviceLevelReporting']): Record<string, string> {
  if (!r) return { [SL_FIELDS.mode]: 'unstated', [SL_FIELDS.threshold]: '5', [SL_FIELDS.within]: '', [SL_FIELDS.share]: '' }
  return {
    [SL_FIELDS.mode]: r.shortAbandonsExcluded ? 'excluded' : 'included',
    [SL_FIELDS.threshold]: String(r.shortAbandonSeconds),
    [SL_FIELDS.within]: r.answerWithinSeconds === null ? '' : String(r.answerWithinSeconds),
    [SL_FIELDS.share]: r.shortAbandonShare === null ? '' : String(Number((r.shortAbandonShare * 100).toFixed(4))),
  }
}

function ServiceLevelReporting(p: MeasuredQualityPanelProps) {
  const values = p.reporting?.values ?? reportingValues(p.option.serviceLevelReporting)
  const errors = p.reporting?.errors ?? {}
  const id = (name: string) => `slr-${name}`
  const text = (name: string, label: string, unit: string, hint: string) => (
    <div class="field">
      <label for={id(name)}>
        {label} <span class="field__unit">({unit})</span>
      </label>
      <input id={id(name)} name={name} type="text" inputmode="decimal" autocomplete="off" value={values[name] ?? ''} aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={`${id(name)}-hint err-${name}`} />
      <p class="field__hint" id={`${id(name)}-hint`}>
        {hint}
      </p>
      <ErrorSlot name={name} message={errors[name]} />
    </div>
  )
  const mode = values[SL_FIELDS.mode] ?? 'unstated'
  return (
    <details class="measured-quality__definition" open={Object.keys(errors).length > 0 ? true : undefined}>
      <summary>How this option counts the service level it reports</summary>
      <p class="field__hint">
        Shoreline counts service level as answered within T seconds over every offered contact. A partner that leaves short abandons out reports a higher figure
        for the same calls; stating its definition lets the compare page convert it. {SERVICE_LEVEL_CONVERSION}
      </p>
      <form method="post" action={serviceLevelReportingPath(p.optionId)} class="measured-quality__definition-form" novalidate>
        <input type="hidden" name="window" value={String(p.window)} />
        <fieldset class="option-radios" aria-describedby={`err-${SL_FIELDS.mode}`}>
          <legend>Short abandons</legend>
          {[
            ['unstated', 'Not stated', 'Its reported service level is not used.'],
            ['included', 'Counted against it', 'As Shoreline counts them: no conversion needed.'],
            ['excluded', 'Left out of the denominator', 'Converted with the short-abandon share below.'],
          ].map(([value, label, hint]) => (
            <label class="option-radio" for={id(`${SL_FIELDS.mode}-${value}`)}>
              <input id={id(`${SL_FIELDS.mode}-${value}`)} type="radio" name={SL_FIELDS.mode} value={value} checked={mode === value} />
              <span>
                <span class="option-radio__label">{label}</span>
                <span class="option-radio__hint">{hint}</span>
              </span>
            </label>
          ))}
          <ErrorSlot name={SL_FIELDS.mode} message={errors[SL_FIELDS.mode]} />
        </fieldset>
        <div class="ws-field-grid">
          {text(SL_FIELDS.within, 'Answered within', 's', 'The T it counts to; blank when it uses each channel’s T, as the scenario sets it.')}
          {text(SL_FIELDS.threshold, 'Short abandon within', 's', 'Callers hanging up this soon are left out, when they are.')}
          {text(SL_FIELDS.share, 'Short-abandon share', '%', 'Share of offered contacts that hang up that soon; needed to convert.')}
        </div>
        <button type="submit">Save the definition</button>
      </form>
    </details>
  )
}

export { SL_FIELDS }
