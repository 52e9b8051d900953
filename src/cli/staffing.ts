/** `cli staffing`: one staffing question from flags, or a batch from a CSV file. */
import { parseArgs } from 'node:util'
import { parse as parseCsv } from 'csv-parse/sync'
import { answerStaffing, type StaffingAnswer, type StaffingQuestion } from '../domain/staffing/calculator.ts'
import { parseStaffingQuestion } from '../schemas/staffing-question.ts'
import { badInput, type CommandResult } from './command-result.ts'
import { formatAnswer } from './staffing-text.ts'

/** Flag → question field. */
const FLAGS = {
  calls: 'contacts',
  interval: 'intervalSeconds',
  aht: 'ahtSeconds',
  'answer-within': 'answerWithinSeconds',
  'target-sl': 'targetServiceLevel',
  patience: 'patienceSeconds',
  'max-occupancy': 'maxOccupancy',
  'max-asa': 'maxAsaSeconds',
  'max-abandon': 'maxAbandon',
  shrinkage: 'shrinkage',
  agents: 'agents',
  channel: 'channel',
  concurrency: 'concurrency',
} as const satisfies Record<string, keyof StaffingQuestion>

/** CSV column → question field (the first five are required). */
const COLUMNS = {
  calls: 'contacts',
  interval_s: 'intervalSeconds',
  aht_s: 'ahtSeconds',
  answer_within_s: 'answerWithinSeconds',
  target_sl: 'targetServiceLevel',
  patience_s: 'patienceSeconds',
  max_occupancy: 'maxOccupancy',
  max_asa_s: 'maxAsaSeconds',
  max_abandon: 'maxAbandon',
  shrinkage: 'shrinkage',
  agents: 'agents',
  channel: 'channel',
  concurrency: 'concurrency',
} as const satisfies Record<string, keyof StaffingQuestion>
const REQUIRED_COLUMNS = ['calls', 'interval_s', 'aht_s', 'answer_within_s', 'target_sl']
/** A batch larger than this is not a staffing question but a mistake (two years of 5-minute intervals). */
const MAX_CSV_ROWS = 250_000
const MAX_ERRORS_SHOWN = 20

export const STAFFING_HELP = `Usage: npm run --silent cli -- staffing [options]

  --calls N            contacts offered in the interval (required)
  --interval S         interval length in seconds (required)
  --aht S              average handle time in seconds; chat: session duration (required)
  --answer-within S    service-level threshold in seconds (required)
  --target-sl X        target share answered within the threshold, 0–1 (required)
  --patience S         mean patience in seconds: switches to Erlang A (abandonment)
  --max-occupancy X    occupancy cap, 0–1
  --max-asa S          maximum average speed of answer, seconds
  --max-abandon X      maximum abandonment share, 0–1
  --shrinkage X        share of paid time not productive, 0–1 (scheduled agents)
  --agents N           evaluate this headcount instead of solving for one
  --channel voice|chat and --concurrency N (chats per agent)
  --csv FILE           one question per row: columns calls,interval_s,aht_s,
                       answer_within_s,target_sl [,patience_s,max_occupancy,
                       max_asa_s,max_abandon,shrinkage,agents,channel,concurrency]
  --json               print JSON (an object, or an array for --csv)

Exit codes: 0 answered, 1 needs more agents than the solver's ceiling, 2 bad input.
`

const flagOf = Object.fromEntries(Object.entries(FLAGS).map(([flag, field]) => [field, `--${flag}`])) as Record<string, string>
const columnOf = Object.fromEntries(Object.entries(COLUMNS).map(([column, field]) => [field, column])) as Record<string, string>

/** The fields the JSON output promises, in a stable order. */
function toJson(a: StaffingAnswer) {
  return {
    trafficErlangs: a.trafficErlangs,
    agents: a.agents,
    serviceLevel: a.serviceLevel,
    asaSeconds: Number.isFinite(a.asaSeconds) ? a.asaSeconds : null,
    occupancy: a.occupancy,
    probWait: a.probWait,
    probAbandon: a.probAbandon,
    scheduledAgents: a.scheduledAgents,
    slots: a.slots,
    meetsTargets: a.meetsTargets,
    model: a.model,
  }
}

const ceilingMessage = (ceiling: number) =>
  `the targets need more than ${ceiling.toLocaleString('en-US')} agents (the solver's ceiling)`

/** `--calls -5` would read as two flags; join a negative number to its flag so the value gets a proper message. */
function joinNegativeValues(args: string[]): string[] {
  const joined: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const next = args[i + 1]
    if (arg.startsWith('--') && !arg.includes('=') && next !== undefined && /^-\d|^-\.\d|^-Infinity$/.test(next)) {
      joined.push(`${arg}=${next}`)
      i++
    } else joined.push(arg)
  }
  return joined
}

export function runStaffingCommand(args: string[], readText: (path: string) => string): CommandResult {
  let parsed
  try {
    parsed = parseArgs({
      args: joinNegativeValues(args),
      strict: true,
      allowPositionals: false,
      options: {
        ...Object.fromEntries(Object.keys(FLAGS).map((flag) => [flag, { type: 'string' as const }])),
        csv: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    })
  } catch (error) {
    return badInput(`${(error as Error).message}\nSee: npm run --silent cli -- staffing --help`)
  }
  const { csv, json, help, ...flags } = parsed.values as Record<string, string | boolean | undefined>
  if (help) return { code: 0, out: STAFFING_HELP, err: '' }
  if (typeof csv === 'string') {
    if (Object.keys(flags).length > 0) return badInput(`--csv takes its questions from the file; drop ${Object.keys(flags).map((f) => `--${f}`).join(', ')}`)
    return runCsv(csv, json === true, readText)
  }
  const input: Record<string, unknown> = {}
  for (const [flag, field] of Object.entries(FLAGS)) input[field] = flags[flag]
  const question = parseStaffingQuestion(input)
  if (!question.ok) {
    return badInput(Object.entries(question.errors).map(([field, message]) => `${flagOf[field] ?? field} ${message}`).join('\n'))
  }
  const outcome = answerStaffing(question.question)
  if (!outcome.ok) return { code: 1, out: '', err: `No answer: ${ceilingMessage(outcome.ceiling)}.\n` }
  const out = json ? `${JSON.stringify(toJson(outcome.answer))}\n` : formatAnswer(question.question, outcome.answer)
  return { code: 0, out, err: '' }
}

function runCsv(path: string, json: boolean, readText: (path: string) => string): CommandResult {
  let text: string
  try {
    text = readText(path)
  } catch (error) {
    return badInput(`--csv ${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  let rows: string[][]
  try {
    rows = parseCsv(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: false })
  } catch (error) {
    const e = error as { lines?: number; message: string }
    return badInput(`${path}${e.lines ? `: line ${e.lines}` : ''}: ${e.message}`)
  }
  const [header, ...body] = rows
  if (!header) return badInput(`${path}: the file is empty; expected a header row: ${REQUIRED_COLUMNS.join(',')}`)
  if (body.length > MAX_CSV_ROWS) return badInput(`${path}: ${body.length.toLocaleString('en-US')} rows; at most ${MAX_CSV_ROWS.toLocaleString('en-US')} per file`)
  const errors: string[] = []
  for (const column of header) {
    if (!(column in COLUMNS)) errors.push(`${path}: line 1: unknown column '${column}' (expected ${Object.keys(COLUMNS).join(', ')})`)
  }
  for (const column of REQUIRED_COLUMNS) {
    if (!header.includes(column)) errors.push(`${path}: line 1: missing column '${column}'`)
  }
  if (errors.length) return badInput(errors.join('\n'))

  const fields = header.map((column) => COLUMNS[column as keyof typeof COLUMNS])
  const answers: (StaffingAnswer | string)[] = []
  // Rows repeat (a forecast built from curves): answer each distinct row once.
  const byRow = new Map<string, StaffingAnswer | string>()
  for (let r = 0; r < body.length && errors.length < MAX_ERRORS_SHOWN; r++) {
    const row = body[r]!
    const key = row.join(',')
    const known = byRow.get(key)
    if (known !== undefined) {
      answers.push(known)
      continue
    }
    const input: Record<string, string> = {}
    fields.forEach((field, c) => (input[field] = row[c]!))
    const question = parseStaffingQuestion(input)
    if (!question.ok) {
      for (const [field, message] of Object.entries(question.errors)) {
        errors.push(`${path}: line ${r + 2}, column ${columnOf[field] ?? field}: ${message}`)
      }
      continue
    }
    const outcome = answerStaffing(question.question)
    const answer = outcome.ok ? outcome.answer : ceilingMessage(outcome.ceiling)
    byRow.set(key, answer)
    answers.push(answer)
  }
  if (errors.length) return badInput(errors.slice(0, MAX_ERRORS_SHOWN).join('\n') + (errors.length >= MAX_ERRORS_SHOWN ? '\n(stopped after 20 errors)' : ''))
  if (json) {
    const out = answers.map((a) => (typeof a === 'string' ? { error: a } : toJson(a)))
    return { code: answers.some((a) => typeof a === 'string') ? 1 : 0, out: `${JSON.stringify(out)}\n`, err: '' }
  }
  const lines = ['line,trafficErlangs,agents,scheduledAgents,serviceLevel,asaSeconds,occupancy,probAbandon']
  answers.forEach((a, i) => {
    lines.push(typeof a === 'string' ? `${i + 2},,,,,,,"${a}"` : [i + 2, a.trafficErlangs.toFixed(3), a.agents, a.scheduledAgents, a.serviceLevel.toFixed(4), a.asaSeconds.toFixed(1), a.occupancy.toFixed(4), a.probAbandon.toFixed(4)].join(','))
  })
  return { code: answers.some((a) => typeof a === 'string') ? 1 : 0, out: `${lines.join('\n')}\n`, err: '' }
}
