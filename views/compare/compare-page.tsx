/** A scenario's options side by side: the what-if panel beside the results, then the break-evens and the sensitivity of the saved scenario. */
import { reportPath } from '../report/ids.ts'
import { scenarioPath } from '../scenarios/ids.ts'
import { FullRunForm } from '../simulations/full-run-form.tsx'
import { DEFAULT_FULL_RUN_TRIALS } from '../simulations/ids.ts'
import { versusPath } from '../versus/ids.ts'
import { FlipPlaceholder } from './flip.tsx'
import { CompareResults, InvalidResults, UnstaffableResults, type CompareResultsProps } from './results.tsx'
import { SensitivityPlaceholder } from './sensitivity.tsx'
import { WhatIfForm, type WhatIfFormProps } from './what-if-form.tsx'

export interface ComparePageProps {
  scenarioName: string
  form: WhatIfFormProps
  /** Absent when the what-if's inputs have problems or cannot be staffed (then `problems` says why). */
  results: CompareResultsProps | undefined
  problems?: string[] | undefined
}

export function ComparePage({ scenarioName, form, results, problems }: ComparePageProps) {
  const id = form.scenarioId
  return (
    <>
      <div class="page-intro">
        <p class="scenario-breadcrumb">
          <a href="/scenarios">Scenarios</a> › <a href={scenarioPath(id)}>{scenarioName}</a>
        </p>
        <h1>Compare options</h1>
        <p class="compare-lede">
          Each option of <strong>{scenarioName}</strong> over the forecast. Figures marked simulated come from forecast-error futures; the rest from the
          forecast as given.
        </p>
        <p class="compare-links">
          <a href={reportPath(id)}>Printable report</a> · <a href={versusPath()}>Compare two scenarios</a> · <a href="#full-run-heading">Full simulation run</a>
        </p>
      </div>
      <div class="compare-workspace">
        <WhatIfForm {...form} />
        {results ? <CompareResults {...results} /> : problems ? <UnstaffableResults problems={problems} /> : <InvalidResults />}
      </div>
      <p class="compare-saved-note">The two sections below are worked out for the saved scenario, not for an unsaved what-if.</p>
      <FlipPlaceholder scenarioId={id} />
      <SensitivityPlaceholder scenarioId={id} />
      <section class="compare-full-run" aria-labelledby="full-run-heading">
        <h2 id="full-run-heading">Full simulation run</h2>
        <p>
          The live view simulates a few hundred futures. A full run simulates as many as you ask of the saved scenario in the background, with a progress bar
          you can cancel.
        </p>
        <FullRunForm scenarioId={id} trials={DEFAULT_FULL_RUN_TRIALS} />
      </section>
    </>
  )
}
