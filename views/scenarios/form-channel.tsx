/** Scenario form, one section per forecast channel: whether it is staffed, how its contacts are split, and its service targets. */
import { ErrorSlot, TextField } from './form-controls.tsx'
import { FIELD, eligible, fieldId, type ChannelValues, type FormContext, type ScenarioFormErrors, type ScenarioFormValues } from './form-values.ts'
import { KIND_LABEL } from './view-model.ts'

interface ChannelProps {
  k: number
  channel: ChannelValues
  values: ScenarioFormValues
  errors: ScenarioFormErrors
  ctx: FormContext
}

const ORDINALS = ['1st', '2nd', '3rd']
const ordinal = (r: number) => ORDINALS[r] ?? `${r + 1}th`

export function ChannelSection({ k, channel: c, values, errors, ctx }: ChannelProps) {
  const ids = eligible(c.channel, values.optionIds, ctx)
  const nameOf = (id: string) => ctx.options.find((o) => String(o.id) === id)?.name ?? `Option ${id}`
  const includeId = fieldId(FIELD.channel(k, 'include'))
  return (
    <fieldset class="scenario-form__section scenario-channel">
      <legend>
        Channel: {c.channel} <span class="field__unit">· {KIND_LABEL[c.kind]}</span>
      </legend>
      <label class="scenario-check" for={includeId}>
        <input type="checkbox" class="scenario-channel__include" id={includeId} name={FIELD.channel(k, 'include')} checked={c.include} />
        Staff this channel in the scenario
      </label>
      {/* After the label: the layout clears the floated legend for the element right after it. */}
      <input type="hidden" name={FIELD.channel(k, 'name')} value={c.channel} />
      <div class="scenario-channel__body">
        <Allocation k={k} c={c} ids={ids} nameOf={nameOf} errors={errors} />
        <Targets k={k} c={c} errors={errors} />
      </div>
    </fieldset>
  )
}

function Allocation({ k, c, ids, nameOf, errors }: { k: number; c: ChannelValues; ids: string[]; nameOf: (id: string) => string; errors: ScenarioFormErrors }) {
  const mode = (value: 'shares' | 'overflow', label: string, hint: string) => (
    <label class="scenario-check">
      <input type="radio" name={FIELD.channel(k, 'mode')} value={value} checked={c.mode === value} class={`scenario-mode--${value}`} />
      {label} <span class="field__unit">— {hint}</span>
    </label>
  )
  const allocation = FIELD.channel(k, 'allocation')
  return (
    <div class="scenario-allocation" id={fieldId(allocation)}>
      <p class="scenario-form__label">How contacts are split</p>
      <div class="scenario-allocation__modes">
        {mode('shares', 'Shares', 'a fixed percent to each option that is open')}
        {mode('overflow', 'Overflow', 'fill the first option up to its capacity, then the next')}
      </div>
      {ids.length === 0 ? (
        <p class="field__hint">No ticked option serves {c.channel}.</p>
      ) : (
        <>
          <div class="scenario-allocation__shares">
            {ids.map((id) => (
              <TextField name={FIELD.share(k, id)} label={nameOf(id)} unit="%" value={c.shares[id] ?? ''} errors={errors} placeholder="0" />
            ))}
          </div>
          <ol class="scenario-allocation__order">
            {c.order.map((chosen, r) => {
              const id = fieldId(FIELD.order(k, r))
              return (
                <li class="field scenario-field">
                  <label for={id}>{ordinal(r)} choice</label>
                  <select id={id} name={FIELD.order(k, r)}>
                    <option value="" selected={chosen === ''}>
                      —
                    </option>
                    {ids.map((optionId) => (
                      <option value={optionId} selected={optionId === chosen}>
                        {nameOf(optionId)}
                      </option>
                    ))}
                  </select>
                </li>
              )
            })}
          </ol>
        </>
      )}
      <ErrorSlot name={allocation} errors={errors} />
    </div>
  )
}

function Targets({ k, c, errors }: { k: number; c: ChannelValues; errors: ScenarioFormErrors }) {
  const f = (key: Parameters<typeof FIELD.channel>[1]) => FIELD.channel(k, key)
  if (c.kind === 'deferred') {
    return (
      <div class="scenario-targets">
        <p class="scenario-form__label">Targets</p>
        <div class="scenario-form__row">
          <TextField name={f('serviceLevel')} label="Done on time" unit="%" value={c.serviceLevel} errors={errors} hint="Share of items finished within the deadline." />
          <TextField name={f('deadlineHours')} label="Deadline" unit="hours" value={c.deadlineHours} errors={errors} />
        </div>
      </div>
    )
  }
  return (
    <div class="scenario-targets">
      <p class="scenario-form__label">Targets</p>
      <div class="scenario-form__row">
        <TextField name={f('serviceLevel')} label="Service level" unit="%" value={c.serviceLevel} errors={errors} hint="Answered within the time, over all offered." />
        <TextField name={f('answerWithin')} label="Answer within" unit="s" value={c.answerWithin} errors={errors} />
        <TextField name={f('maxAsa')} label="Max ASA" unit="s" value={c.maxAsa} errors={errors} hint="Optional." />
        <TextField name={f('maxAbandon')} label="Max abandon" unit="%" value={c.maxAbandon} errors={errors} hint="Optional; needs a patience." />
        <TextField name={f('patience')} label="Mean patience" unit="s" value={c.patience} errors={errors} hint="Blank: nobody hangs up (Erlang C). Given: Erlang A." />
        {c.kind === 'chat' && <TextField name={f('concurrency')} label="Concurrency" unit="chats per agent" value={c.concurrency} errors={errors} inputmode="numeric" />}
      </div>
    </div>
  )
}
