/** `cli evaluate FILE.json`: evaluates a scenario exported from the workspace, without the workspace. */
import { parseArgs } from 'node:util'
import type { ZodType } from 'zod'
import { evaluationJson } from '../domain/evaluation/evaluation-json.ts'
import { evaluateModel } from '../domain/evaluation/evaluate-model.ts'
import { centsToString } from '../domain/pricing/money.ts'
import { simulateRisk } from '../domain/simulation/monte-carlo/monte-carlo.ts'
import { riskJson } from '../domain/simulation/monte-carlo/risk-json.ts'
import { scenarioModelFromFile } from '../io/scenario-file-model.ts'
import { seedField, trialsField } from '../schemas/simulation-settings.ts'
import { badInput, type CommandResult } from './command-result.ts'

export const EVALUATE_HELP = `Usage: npm run --silent cli -- evaluate FILE.json [--trials N] [--seed S] [--json] [--lines]

  FILE.json   a scenario exported from the workspace (Scenarios → Export)
  --trials N  also simulate N futures of forecast error (1–100,000; default: none)
  --seed S    the simulation's seed (default: the scenario's); the same seed gives the same numbers
  --json      print the evaluation as JSON
  --lines     with --json, include every invoice line of every month
`

const money = (x: number) => Math.round(x).toLocaleString('en-US')

/** --trials and --seed checked by the same fields as the JSON API's query and the full-run form. */
function simulationSettings(trials: string | undefined, seed: string | undefined): { ok: true; trials?: number; seed?: number } | { ok: false; message: string } {
  const whole = (text: string, flag: string, field: ZodType<number>) => {
    const parsed = field.safeParse(text)
    return parsed.success ? parsed.data : `${flag} ${parsed.error.issues[0]!.message}`
  }
  const t = trials === undefined ? undefined : whole(trials, '--trials', trialsField(MAX_TRIALS))
  const s = seed === undefined ? undefined : whole(seed, '--seed', seedField)
  if (typeof t === 'string') return { ok: false, message: t }
  if (typeof s === 'string') return { ok: false, message: s }
  return { ok: true, ...(t === undefined ? {} : { trials: t }), ...(s === undefined ? {} : { seed: s }) }
}

/** More futures than this add nothing a percentile shows and take minutes. */
export const MAX_TRIALS = 100_000

export function runEvaluateCommand(args: string[], readText: (path: string) => string): CommandResult {
  let parsed
  try {
    parsed = parseArgs({ args, strict: true, allowPositionals: true, options: { json: { type: 'boolean' }, lines: { type: 'boolean' }, help: { type: 'boolean' }, trials: { type: 'string' }, seed: { type: 'string' } } })
  } catch (error) {
    return badInput(`${(error as Error).message}\nSee: npm run --silent cli -- evaluate --help`)
  }
  if (parsed.values.help) return { code: 0, out: EVALUATE_HELP, err: '' }
  const [path, ...extra] = parsed.positionals
  if (!path || extra.length) return badInput(`evaluate takes one scenario file\n${EVALUATE_HELP}`)
  let input: unknown
  try {
    input = JSON.parse(readText(path))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return badInput(code ? `${path}: cannot read the file (${code})` : `${path}: not valid JSON (${(error as Error).message})`)
  }
  const simulation = simulationSettings(parsed.values.trials, parsed.values.seed)
  if (!simulation.ok) return badInput(simulation.message)
  const read = scenarioModelFromFile(input)
  if (!read.ok) return badInput(Object.entries(read.errors).map(([field, message]) => `${path}: ${field} ${message}`).join('\n'))
  const result = evaluateModel(read.model)
  if (!result.ok) return badInput(result.problems.map((p) => `${path}: ${p}`).join('\n'))
  const { evaluation } = result
  const { scenario } = read.model
  const risk = simulation.trials === undefined ? undefined : simulateRisk(result.staffing, evaluation, read.model.options, { ...scenario.uncertainty, trials: simulation.trials, seed: simulation.seed ?? scenario.uncertainty.seed })
  if (parsed.values.json) {
    const json = { ...evaluationJson(evaluation, { withLines: parsed.values.lines === true, notes: result.staffing.notes }), ...(risk ? { risk: riskJson(risk) } : {}) }
    return { code: 0, out: `${JSON.stringify(json)}\n`, err: '' }
  }
  const rows = evaluation.options.map((o) => `${o.name.padEnd(50)} ${centsToString(o.totals.costCents).padStart(16)} ${o.totals.costPerContact.toFixed(2).padStart(8)} ${(o.totals.serviceLevel * 100).toFixed(1).padStart(6)} %`)
  return {
    code: 0,
    out: [
      `${scenario.name} (${evaluation.currency}, ${evaluation.months[0]} to ${evaluation.months.at(-1)})`,
      `${'option'.padEnd(50)} ${'cost'.padStart(16)} ${'per cont'.padStart(8)} ${'SL'.padStart(8)}`,
      ...rows,
      `${'Total'.padEnd(50)} ${centsToString(evaluation.totals.costCents).padStart(16)} ${evaluation.totals.costPerContact.toFixed(2).padStart(8)}`,
      ...(risk ? ['', `Simulated: ${risk.method}`, ...risk.options.map((o) => `${o.name.padEnd(50)} cost P10 ${money(o.cost.p10)}  P50 ${money(o.cost.p50)}  P90 ${money(o.cost.p90)}  SL P10 ${(o.serviceLevel.p10 * 100).toFixed(1)} %`)] : []),
      '',
    ].join('\n'),
    err: '',
  }
}
