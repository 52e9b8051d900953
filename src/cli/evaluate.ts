/** `cli evaluate FILE.json`: evaluates a scenario exported from the workspace, without the workspace. */
import { parseArgs } from 'node:util'
import { evaluationJson } from '../domain/evaluation/evaluation-json.ts'
import { evaluateModel } from '../domain/evaluation/evaluate-model.ts'
import { centsToString } from '../domain/pricing/money.ts'
import { scenarioModelFromFile } from '../io/scenario-file-model.ts'
import { badInput, type CommandResult } from './command-result.ts'

export const EVALUATE_HELP = `Usage: npm run --silent cli -- evaluate FILE.json [--json] [--lines]

  FILE.json   a scenario exported from the workspace (Scenarios → Export)
  --json      print the evaluation as JSON
  --lines     with --json, include every invoice line of every month
`

export function runEvaluateCommand(args: string[], readText: (path: string) => string): CommandResult {
  let parsed
  try {
    parsed = parseArgs({ args, strict: true, allowPositionals: true, options: { json: { type: 'boolean' }, lines: { type: 'boolean' }, help: { type: 'boolean' } } })
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
  const read = scenarioModelFromFile(input)
  if (!read.ok) return badInput(Object.entries(read.errors).map(([field, message]) => `${path}: ${field} ${message}`).join('\n'))
  const result = evaluateModel(read.model)
  if (!result.ok) return badInput(result.problems.map((p) => `${path}: ${p}`).join('\n'))
  const { evaluation } = result
  const { scenario } = read.model
  if (parsed.values.json) return { code: 0, out: `${JSON.stringify(evaluationJson(evaluation, { withLines: parsed.values.lines === true }))}\n`, err: '' }
  const rows = evaluation.options.map((o) => `${o.name.padEnd(50)} ${centsToString(o.totals.costCents).padStart(16)} ${o.totals.costPerContact.toFixed(2).padStart(8)} ${(o.totals.serviceLevel * 100).toFixed(1).padStart(6)} %`)
  return {
    code: 0,
    out: [`${scenario.name} (${evaluation.currency}, ${evaluation.months[0]} to ${evaluation.months.at(-1)})`, `${'option'.padEnd(50)} ${'cost'.padStart(16)} ${'per cont'.padStart(8)} ${'SL'.padStart(8)}`, ...rows, `${'Total'.padEnd(50)} ${centsToString(evaluation.totals.costCents).padStart(16)} ${evaluation.totals.costPerContact.toFixed(2).padStart(8)}`, ''].join('\n'),
    err: '',
  }
}
