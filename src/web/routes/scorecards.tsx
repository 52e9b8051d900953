/** /scorecards: the weighted comparison with its weights, the cadence reports, the data (CSV import, one value typed in) and the KPI catalogue. */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { importKpiObservations, kpiObservationSources, listKpiObservations } from '../../db/kpi-observations.ts'
import { addCustomKpi, loadScorecardSettings, saveScorecardChoices, type ScorecardSettings } from '../../db/scorecard-settings.ts'
import { DEMO_SCORECARD_SOURCE } from '../../db/seed-demo-scorecards.ts'
import { listOptions } from '../../db/sourcing-options.ts'
import { checkKpiSelection } from '../../domain/quality/kpi-selection-check.ts'
import { wholePercentWeights } from '../../domain/quality/scorecard-defaults.ts'
import { readScorecardImport } from '../../io/scorecard-import.ts'
import { readCatalogueForm, readCustomKpiForm, readValueForm, readWeightsForm } from '../forms/scorecard-form.ts'
import { isHtmxRequest } from '../htmx.ts'
import { contractPlans } from '../scorecard-plan.ts'
import { readForm } from '../request.ts'
import { sameOriginOnly } from '../same-origin.ts'
import type { ListNotice } from '../../../views/components/list-notice.tsx'
import { CataloguePage, type CatalogueState } from '../../../views/scorecards/catalogue-page.tsx'
import { ComparisonPage } from '../../../views/scorecards/comparison-page.tsx'
import { comparisonView } from '../../../views/scorecards/comparison-model.ts'
import { DataPage, type ImportState, type ValueFormState } from '../../../views/scorecards/data-page.tsx'
import { storedView } from '../../../views/scorecards/data-model.ts'
import {
  CADENCES,
  comparisonQuery,
  DEFAULT_WINDOW,
  MAX_SCORECARD_UPLOAD_BYTES,
  MAX_SCORECARD_UPLOAD_LABEL,
  SCORECARD_CATALOGUE_PATH,
  SCORECARD_DATA_PATH,
  SCORECARDS_PATH,
  SCORECARDS_TITLE,
  WINDOWS,
  type Cadence,
  type ComparisonQuery,
  type WindowChoice,
} from '../../../views/scorecards/ids.ts'
import { reportView } from '../../../views/scorecards/reports-model.ts'
import { ReportsPage } from '../../../views/scorecards/reports-page.tsx'
import { ScoresRegion, type WeightsState } from '../../../views/scorecards/scores-region.tsx'
import type { DemoCount } from '../../../views/scorecards/shell.tsx'

export const scorecardRoutes = new Hono()

scorecardRoutes.use(
  sameOriginOnly((c) => {
    c.status(403)
    return c.render(<p class="notice notice--error">Changes to scorecards are accepted only from Shoreline’s own pages.</p>, { title: 'Request refused' })
  }),
)

// ——— Comparison ———

scorecardRoutes.get('/', (c) => renderComparison(c, readQuery(c.req.query()), { values: {}, errors: {} }, noticeFrom(c)))

scorecardRoutes.post('/weights', async (c) => {
  const body = await readForm(c)
  const query = readQuery(body)
  const settings = loadScorecardSettings(c.var.db)
  const read = readWeightsForm(body, settings.selected)
  if (!read.ok) {
    c.status(422)
    const state = { values: read.values, errors: read.errors }
    if (isHtmxRequest(c)) return c.html(<ScoresRegion view={comparisonFor(c, query)} state={state} />)
    return renderComparison(c, query, state)
  }
  saveScorecardChoices(c.var.db, { weights: read.value, targetOverrides: settings.targetOverrides })
  if (!isHtmxRequest(c)) return c.redirect(`${SCORECARDS_PATH}${comparisonQuery(query)}&saved=weights`, 303)
  return c.html(<ScoresRegion view={comparisonFor(c, query)} state={{ values: {}, errors: {}, saved: true }} />)
})

// ——— Reports ———

scorecardRoutes.get('/reports', (c) => {
  const requested = c.req.query('cadence')
  const cadence: Cadence = CADENCES.includes(requested as Cadence) ? (requested as Cadence) : 'month'
  const settings = loadScorecardSettings(c.var.db)
  const view = reportView(listKpiObservations(c.var.db), listOptions(c.var.db), settings.kpis, settings.targets, cadence)
  return c.render(<ReportsPage view={view} demo={demoCount(c)} />, { title: `${view.title} · ${SCORECARDS_TITLE}` })
})

// ——— Data ———

scorecardRoutes.get('/data', (c) => renderData(c, {}, undefined, noticeFrom(c)))

scorecardRoutes.post(
  '/import',
  // Content-Length is checked before anything is read, so an oversized upload costs nothing.
  bodyLimit({
    maxSize: MAX_SCORECARD_UPLOAD_BYTES,
    onError: (c) => {
      c.status(413)
      return renderData(c, { file: `is larger than ${MAX_SCORECARD_UPLOAD_LABEL}, the most Shoreline accepts; split it by period. Nothing was imported` })
    },
  }),
  async (c) => {
    const file = (await readForm(c)).file
    if (!(file instanceof File) || (file.size === 0 && file.name === '')) {
      c.status(422)
      return renderData(c, { file: 'is required: choose a CSV file' })
    }
    const read = readScorecardImport(await file.text(), listOptions(c.var.db), loadScorecardSettings(c.var.db).kpis)
    if (!read.ok) {
      c.status(422)
      return renderData(c, { rows: read.errors, fileName: file.name })
    }
    const outcome = importKpiObservations(c.var.db, read.rows, file.name.slice(0, 200) || 'imported file')
    return c.redirect(`${SCORECARD_DATA_PATH}?imported=${outcome.added}&replaced=${outcome.replaced}`, 303)
  },
)

scorecardRoutes.post('/values', async (c) => {
  const settings = loadScorecardSettings(c.var.db)
  const read = readValueForm(await readForm(c), listOptions(c.var.db), settings.kpis)
  if (!read.ok) {
    c.status(422)
    return renderData(c, {}, { values: read.values, errors: read.errors })
  }
  const { optionId, period, kpi, value, sampleSize, sd } = read.value
  importKpiObservations(c.var.db, [{ optionId, period, kpi, value, sampleSize, sd }], 'form')
  return c.redirect(`${SCORECARD_DATA_PATH}?saved=value&period=${encodeURIComponent(period)}`, 303)
})

// ——— Catalogue ———

scorecardRoutes.get('/catalogue', (c) => renderCatalogue(c, undefined, undefined, noticeFrom(c)))

scorecardRoutes.post('/catalogue', async (c) => {
  const settings = loadScorecardSettings(c.var.db)
  const read = readCatalogueForm(await readForm(c), settings.kpis)
  if (!read.ok) {
    c.status(422)
    return renderCatalogue(c, { values: read.values, errors: read.errors })
  }
  const same = read.value.selected.length === settings.selected.length && read.value.selected.every((id) => settings.selected.includes(id))
  // A new selection cannot keep the old weights (they would no longer add up to 100): equal shares, said so.
  const weights = same ? settings.weights : wholePercentWeights(read.value.selected)
  saveScorecardChoices(c.var.db, { weights, targetOverrides: read.value.targetOverrides })
  return c.redirect(`${SCORECARD_CATALOGUE_PATH}?saved=${same ? 'targets' : 'selection'}`, 303)
})

scorecardRoutes.post('/kpis', async (c) => {
  const settings = loadScorecardSettings(c.var.db)
  const read = readCustomKpiForm(await readForm(c), settings.kpis)
  if (!read.ok) {
    c.status(422)
    return renderCatalogue(c, undefined, { values: read.values, errors: read.errors })
  }
  addCustomKpi(c.var.db, read.value)
  return c.redirect(`${SCORECARD_CATALOGUE_PATH}?added=${encodeURIComponent(read.value.id)}#kpi-${read.value.id}`, 303)
})

// ——— Helpers ———

function readQuery(source: Record<string, unknown>): ComparisonQuery {
  const by = source.by === 'week' ? 'week' : 'month'
  const window = WINDOWS.find((w) => String(w) === source.window) ?? DEFAULT_WINDOW
  return { by, window: window as WindowChoice }
}

function demoCount(c: Context): DemoCount {
  const sources = kpiObservationSources(c.var.db)
  return { demo: sources.get(DEMO_SCORECARD_SOURCE) ?? 0, total: [...sources.values()].reduce((a, b) => a + b, 0) }
}

function comparisonFor(c: Context, query: ComparisonQuery, settings: ScorecardSettings = loadScorecardSettings(c.var.db)) {
  return comparisonView(listKpiObservations(c.var.db), listOptions(c.var.db), settings, query, undefined, contractPlans(c.var.db))
}

function renderComparison(c: Context, query: ComparisonQuery, weights: WeightsState, notice?: ListNotice) {
  return c.render(<ComparisonPage view={comparisonFor(c, query)} weights={weights} demo={demoCount(c)} notice={notice} />, { title: SCORECARDS_TITLE })
}

function renderData(c: Context, importState: ImportState, valueForm?: ValueFormState, notice?: ListNotice) {
  const db = c.var.db
  const options = listOptions(db)
  const settings = loadScorecardSettings(db)
  const stored = storedView(listKpiObservations(db), options, settings.kpis, c.req.query('period'), DEMO_SCORECARD_SOURCE)
  const form = valueForm ?? { values: { option: String(options[0]?.id ?? ''), kpi: 'csat', period: stored.periods.find((p) => !p.key.includes('W'))?.key ?? '' }, errors: {} }
  return c.render(<DataPage stored={stored} kpis={settings.kpis} importState={importState} valueForm={form} demo={demoCount(c)} notice={notice} />, { title: `Scorecard data · ${SCORECARDS_TITLE}` })
}

function renderCatalogue(c: Context, form?: CatalogueState, custom?: CatalogueState, notice?: ListNotice) {
  const s = loadScorecardSettings(c.var.db)
  const warnings = checkKpiSelection(s.selected.map((id) => s.kpis.find((k) => k.id === id)!))
  return c.render(
    <CataloguePage
      kpis={s.kpis}
      customIds={s.customIds}
      selected={s.selected}
      weights={s.weights}
      targets={s.targets}
      warnings={warnings}
      form={form}
      custom={custom ?? { values: { kind: 'proportion', direction: 'higher', perspective: 'customer', timing: 'leading' }, errors: {} }}
      demo={demoCount(c)}
      notice={notice}
    />,
    { title: `KPI catalogue · ${SCORECARDS_TITLE}` },
  )
}

/** The line shown after a redirect: what was imported or saved. */
function noticeFrom(c: Context): ListNotice {
  const q = c.req.query()
  const values = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'value' : 'values'}`
  if (q.saved === 'weights') return { kind: 'done', text: 'Saved the weights: the scores below use them.' }
  if (q.saved === 'value') return { kind: 'done', text: 'Saved the value.' }
  if (q.saved === 'targets') return { kind: 'done', text: 'Saved the targets.' }
  if (q.saved === 'selection') return { kind: 'done', text: 'Saved the scorecard’s KPIs and targets. The weights are now equal shares: adjust them on the Comparison tab.' }
  if (q.added !== undefined) return { kind: 'done', text: `Added the KPI ${q.added.slice(0, 40)}: tick it to put it on the scorecard, and import its values with the kpi column set to its id.` }
  if (q.imported !== undefined) {
    const added = Number(q.imported) || 0
    const replaced = Number(q.replaced) || 0
    return { kind: 'done', text: `Imported ${values(added + replaced)}${replaced ? `: ${added.toLocaleString('en-US')} new, ${replaced.toLocaleString('en-US')} replacing stored ones` : ''}.` }
  }
  return undefined
}


