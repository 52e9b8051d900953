/** The figures side by side: one table for the whole scenarios, one for the options (a group of rows per option), each with B − A and the change. */
import type { FigureDifference, OptionVersus, ScenarioVersus } from '../../src/domain/evaluation/scenario-versus.ts'
import { VERSUS_OPTIONS_ID, VERSUS_WHOLE_ID } from './ids.ts'
import { direction, figureLabel, formatChange, formatDifference, formatFigure, hasValue, unavailableText } from './view-model.ts'

const COLUMNS = 5

export function WholeTable({ v }: { v: ScenarioVersus }) {
  return (
    <section class="versus-section" aria-labelledby="versus-whole-heading">
      <h2 id="versus-whole-heading">Whole scenario</h2>
      <div class="table-scroll">
        <table id={VERSUS_WHOLE_ID} class="data-table versus-table">
          <caption class="visually-hidden">Whole-scenario figures of A and B, with B − A and the change from A</caption>
          <Head v={v} />
          <tbody>
            {v.whole.filter(hasValue).map((f) => (
              <FigureRow f={f} v={v} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

export function OptionsTable({ v }: { v: ScenarioVersus }) {
  const shared = v.options.filter((o) => o.presence === 'both').length
  return (
    <section class="versus-section" aria-labelledby="versus-options-heading">
      <h2 id="versus-options-heading">Options</h2>
      <p class="versus-note">
        Options are matched by the stored option: {shared} of {v.options.length} are in both scenarios; an option in only one is marked, with its
        figures on its side.
      </p>
      <div class="table-scroll">
        <table id={VERSUS_OPTIONS_ID} class="data-table versus-table">
          <caption class="visually-hidden">Each option’s figures in A and B, with B − A and the change from A</caption>
          <Head v={v} />
          {v.options.map((o) => (
            <OptionRows o={o} v={v} />
          ))}
        </table>
      </div>
    </section>
  )
}

function Head({ v }: { v: ScenarioVersus }) {
  return (
    <thead>
      <tr>
        <th scope="col" class="versus-figure">
          Figure
        </th>
        <th scope="col">
          A<span class="cell-note">{v.a.name}</span>
        </th>
        <th scope="col">
          B<span class="cell-note">{v.b.name}</span>
        </th>
        <th scope="col">
          B − A<span class="cell-note">{v.sameCurrency ? v.a.comparison.currency : 'money not subtracted'}</span>
        </th>
        <th scope="col">
          Change<span class="cell-note">relative to A</span>
        </th>
      </tr>
    </thead>
  )
}

function OptionRows({ o, v }: { o: OptionVersus; v: ScenarioVersus }) {
  const badge = o.presence === 'only-a' ? 'only in A' : o.presence === 'only-b' ? 'only in B' : undefined
  return (
    <tbody class={badge ? 'versus-option versus-option--one-sided' : 'versus-option'} data-option-id={String(o.optionId)}>
      <tr class="versus-option__head">
        <th scope="colgroup" colspan={COLUMNS}>
          {o.name} <span class="versus-kind">{o.kind}</span>
          {badge && <span class="tag versus-tag">{badge}</span>}
        </th>
      </tr>
      {o.figures.filter(hasValue).map((f) => (
        <FigureRow f={f} v={v} />
      ))}
    </tbody>
  )
}

function FigureRow({ f, v }: { f: FigureDifference; v: ScenarioVersus }) {
  const { label, note } = figureLabel(f.key)
  const ca = v.a.comparison.currency
  const cb = v.b.comparison.currency
  const why = unavailableText(f)
  const dir = direction(f)
  return (
    <tr data-figure={f.key}>
      <th scope="row">
        {label}
        <span class="cell-note">{note}</span>
      </th>
      <td>{f.unavailable === 'only-in-b' ? <span class="versus-absent">not in A</span> : formatFigure(f, f.a, ca)}</td>
      <td>{f.unavailable === 'only-in-a' ? <span class="versus-absent">not in B</span> : formatFigure(f, f.b, cb)}</td>
      <td class={dir ? `versus-diff versus-diff--${dir}` : 'versus-diff'}>
        {f.unavailable === 'different-currencies' ? <span class="versus-absent">{why}</span> : formatDifference(f, f.difference, ca)}
        {dir && <span class="visually-hidden"> ({dir})</span>}
      </td>
      <td class={dir ? `versus-diff versus-diff--${dir}` : 'versus-diff'}>{formatChange(f.relativeChange)}</td>
    </tr>
  )
}
