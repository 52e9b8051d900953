/** Shoreline's command line: `npm run --silent cli -- COMMAND …`. */
import { readFileSync } from 'node:fs'
import { runEvaluateCommand } from './evaluate.ts'
import { runInvoiceCommand } from './invoice.ts'
import { runScorecardCommand } from './scorecard.ts'
import { runStaffingCommand } from './staffing.ts'
import { runTokenCommand, runUserCommand } from './user.ts'
import { readNewPassword } from './password-input.ts'
import { DEFAULT_DB_PATH, openDb, type Db } from '../db/client.ts'
import type { CommandResult } from './command-result.ts'

const USAGE = `Usage: npm run --silent cli -- COMMAND [options]

Commands:
  staffing   agents needed for a queue, or what a headcount delivers (--help for options)
  invoice    one option's month priced line by line from its terms and the month's actuals
  evaluate   a scenario file exported from the workspace: each option's cost and service
  scorecard  partners' KPIs compared fairly (intervals, tests, within-noise groups) and scored
  user       people who may sign in when SHORELINE_AUTH=1 (add, password, remove, list)
  token      bearer tokens for the JSON API when SHORELINE_AUTH=1 (add, remove, list)
`

/** The workspace database, opened only by the commands that need it. */
let opened: Db | undefined
const workspace = () => (opened ??= openDb(process.env.SHORELINE_DB ?? DEFAULT_DB_PATH))

function run(argv: string[]): CommandResult | Promise<CommandResult> {
  const [command, ...rest] = argv
  const readText = (path: string) => readFileSync(path, 'utf8')
  switch (command) {
    case 'staffing':
      return runStaffingCommand(rest, readText)
    case 'invoice':
      return runInvoiceCommand(rest, readText)
    case 'evaluate':
      return runEvaluateCommand(rest, readText)
    case 'scorecard':
      return runScorecardCommand(rest, readText)
    case 'user':
      return runUserCommand(rest, { db: workspace, readPassword: () => readNewPassword(rest.includes('--password-stdin')) })
    case 'token':
      return runTokenCommand(rest, workspace)
    case undefined:
    case '--help':
    case 'help':
      return { code: command === undefined ? 2 : 0, out: command === undefined ? '' : USAGE, err: command === undefined ? USAGE : '' }
    default:
      return { code: 2, out: '', err: `Unknown command '${command}'.\n\n${USAGE}` }
  }
}

const result = await run(process.argv.slice(2))
opened?.$client.close()
if (result.out) process.stdout.write(result.out)
if (result.err) process.stderr.write(result.err)
process.exitCode = result.code
