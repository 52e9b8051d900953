/**
 * Scenario versus scenario: the picker form and the results region it swaps. The
 * page and the htmx answer render the same `VersusResults`, so they cannot drift.
 */
import type { ScenarioVersus, VersusSide } from '../../src/domain/evaluation/scenario-versus.ts'
import { comparePath } from '../compare/ids.ts'
import { SCENARIOS_PATH, scenarioPath } from '../scenarios/ids.ts'
import { AssumptionsTable } from './assumptions-table.tsx'
import { OptionsTable, WholeTable } from './figures-tables.tsx'
import { VERSUS_RESULTS_ID, versusCsvPath, versusPath } from './ids.ts'
import { MonthlyChart } from './monthly-chart.tsx'
import { PickerForm, type ScenarioChoice } from './picker-form.tsx'

export const VERSUS_TITLE = 'Scenario versus scenario'

/** What the results region holds: the comparison, why there is none, or nothing chosen yet. */
export type VersusContent = { kind: 'versus'; versus: ScenarioVersus } | { kind: 'problem'; title: string; messages: string[] } | { kind: 'empty' }

export interface VersusPageProps {
  choices: ScenarioChoice[]
  a: number | undefined
  b: number | undefined
  content: VersusContent
}

export function VersusPage({ choices, a, b, content }: VersusPageProps) {
  return (
    <>
      <div class="page-intro">
        <p class="scenario-breadcrumb">
          <a href={SCENARIOS_PATH}>Scenarios</a> › Compare two scenarios
        </p>
        <h1>{VERSUS_TITLE}</h1>
        <p class="lead">
          Pick two stored scenarios to see every figure side by side: the assumptions that differ, the whole scenario, each option they
          share, and the monthly cost, with B − A and the change from A.
        </p>
      </div>
      {choices.length === 0 ? (
        <p class="notice notice--warning">
          No scenarios yet. <a href={SCENARIOS_PATH}>Create or import one</a>, then clone it to have two to compare.
        </p>
      ) : (
        <PickerForm choices={choices} a={a} b={b} />
      )}
      <VersusResults content={content} />
    </>
  )
}

/** The swapped region; `aria-live` so a screen reader hears that new figures arrived. */
export function VersusResults({ content }: { content: VersusContent }) {
  return (
    <section id={VERSUS_RESULTS_ID} class="versus-results" aria-live="polite" aria-label="Comparison of the two scenarios">
      {content.kind === 'empty' && <p class="versus-empty">Choose scenario A and scenario B above, then Compare.</p>}
      {content.kind === 'problem' && <Problem title={content.title} messages={content.messages} />}
      {content.kind === 'versus' && <Versus v={content.versus} />}
    </section>
  )
}

function Problem({ title, messages }: { title: string; messages: string[] }) {
  return (
    <div class="notice notice--error" role="alert">
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {messages.map((m) => (
          <li>{m}</li>
        ))}
      </ul>
    </div>
  )
}

function Versus({ v }: { v: ScenarioVersus }) {
  return (
    <>
      <div class="versus-sides">
        <Side letter="A" side={v.a} />
        <Side letter="B" side={v.b} />
      </div>
      {v.sameScenario && (
        <p class="notice notice--warning" data-testid="versus-same">
          A and B are the same scenario, so every difference is zero. Choose another scenario for B to see what changes.
        </p>
      )}
      {!v.sameCurrency && (
        <p class="notice notice--warning" data-testid="versus-currencies">
          A is costed in {v.a.comparison.currency} and B in {v.b.comparison.currency}: their money figures cannot be subtracted, so only FTE,
          hours, service level and quality show a difference.
        </p>
      )}
      <p class="versus-actions">
        <a class="button" href={versusCsvPath(v.a.id, v.b.id)} download>
          Download CSV
        </a>
        <a href={versusPath(v.b.id, v.a.id)}>Swap A and B</a>
      </p>
      <AssumptionsTable v={v} />
      <WholeTable v={v} />
      <OptionsTable v={v} />
      <MonthlyChart v={v} />
    </>
  )
}

function Side({ letter, side }: { letter: 'A' | 'B'; side: VersusSide }) {
  const c = side.comparison
  return (
    <div class={`versus-side versus-side--${letter.toLowerCase()}`}>
      <p class="versus-side__letter" aria-hidden="true">
        {letter}
      </p>
      <div>
        <h2 class="versus-side__name">
          <span class="visually-hidden">Scenario {letter}: </span>
          <a href={scenarioPath(side.id)}>{side.name}</a>
        </h2>
        <p class="versus-side__meta">
          {side.forecastName} · {c.months[0]} to {c.months.at(-1)} · {c.currency} · <a href={comparePath(side.id)}>its options compared</a>
        </p>
        <p class="versus-side__meta">
          <span class="compare-seed">
            simulated: {c.trials} futures, seed {c.seed}
          </span>
        </p>
      </div>
    </div>
  )
}
