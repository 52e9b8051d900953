/** `cli scorecard FILE.csv`: compares partners' KPIs fairly (intervals, tests, Holm, shrinkage, within-noise groups) and scores them. */
import { parseArgs } from 'node:util'
import { compareScorecards } from '../domain/quality/scorecard-comparison.ts'
import { formatCsvError, readScorecardCsv } from '../io/scorecard-csv.ts'
import { alphaSchema, checkWeightsAndTargets } from '../schemas/scorecard.ts'
import { badInput, type CommandResult } from './command-result.ts'
import { formatComparison } from './scorecard-text.ts'

export const SCORECARD_HELP = `Usage: npm run --silent cli -- scorecard FILE.csv [--weights WEIGHTS.json] [--targets TARGETS.json] [--alpha 0.05] [--json]

  FILE.csv        header partner,period,kpi,value and optionally sample_size,sd; one row per partner,
                  period (2026-03 or 2026-W09) and KPI id; values in the KPI's unit, proportions as shares 0–1
  --weights FILE  JSON object of KPI id → percent, adding up to 100, e.g. {"csat": 40, "fcr": 35, "aht": 25}
                  (default: equal weights over the KPIs in the file that have a target)
  --targets FILE  JSON object of KPI id → target, overriding the catalogue's defaults
  --alpha A       significance level of the tests and groups (default 0.05); intervals are at 1 − A
  --json          print the comparison as JSON
`

/** Reads a JSON file given with a flag; a message naming the flag and file when it cannot. */
function readJson(flag: string, path: string, readText: (path: string) => string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(readText(path)) }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { ok: false, message: code ? `${flag} ${path}: cannot read the file (${code})` : `${flag} ${path}: not valid JSON (${(error as Error).message})` }
  }
}

export function runScorecardCommand(args: string[], readText: (path: string) => string): CommandResult {
  let parsed
  try {
    parsed = parseArgs({ args, strict: true, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean' }, weights: { type: 'string' }, targets: { type: 'string' }, alpha: { type: 'string' } } })
  } catch (error) {
    return badInput(`${(error as Error).message}\nSee: npm run --silent cli -- scorecard --help`)
  }
  const { values } = parsed
  if (values.help) return { code: 0, out: SCORECARD_HELP, err: '' }
  const [path, ...extra] = parsed.positionals
  if (!path || extra.length) return badInput(`scorecard takes one CSV file\n${SCORECARD_HELP}`)

  let alpha: number | undefined
  if (values.alpha !== undefined) {
    const a = alphaSchema.safeParse(values.alpha)
    if (!a.success) return badInput(`--alpha ${a.error.issues[0]!.message}`)
    alpha = a.data
  }
  const weightsFile = values.weights === undefined ? undefined : readJson('--weights', values.weights, readText)
  if (weightsFile && !weightsFile.ok) return badInput(weightsFile.message)
  const targetsFile = values.targets === undefined ? undefined : readJson('--targets', values.targets, readText)
  if (targetsFile && !targetsFile.ok) return badInput(targetsFile.message)
  const settings = checkWeightsAndTargets(weightsFile?.value, targetsFile?.value)
  if (!settings.ok) {
    return badInput(
      Object.entries(settings.errors)
        .map(([field, message]) => {
          const [group, id] = field.split('.')
          const file = group === 'targets' ? values.targets : values.weights
          return `--${group} ${file}: ${id ?? group} ${message}`
        })
        .join('\n'),
    )
  }

  let text: string
  try {
    text = readText(path)
  } catch (error) {
    return badInput(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
  const read = readScorecardCsv(text)
  if (!read.ok) return badInput(read.errors.map((e) => `${path}: ${formatCsvError(e)}`).join('\n'))

  const comparison = compareScorecards({ rows: read.rows, weights: settings.weights, targets: settings.targets, alpha })
  if (values.json) return { code: 0, out: `${JSON.stringify(comparison)}\n`, err: '' }
  return { code: 0, out: formatComparison(comparison), err: '' }
}
