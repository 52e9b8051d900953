/** `cli user …` and `cli token …`: the people who may sign in (SHORELINE_AUTH) and the API's bearer tokens, in the workspace database. */
import type { Db } from '../db/client.ts'
import { createApiToken, createUser, listApiTokens, listUsers, removeApiToken, removeUser, setPassword } from '../db/users.ts'
import { hashPassword, newSecret, passwordProblem, secretHash, USER_NAME_PATTERN } from '../web/auth/secrets.ts'
import { badInput, type CommandResult } from './command-result.ts'

export const USER_USAGE = `Usage: npm run --silent cli -- user add NAME [--password-stdin]
       npm run --silent cli -- user password NAME [--password-stdin]
       npm run --silent cli -- user remove NAME
       npm run --silent cli -- user list

The password is asked for twice without echo, or read from standard input (one line)
with --password-stdin or when standard input is not a terminal. It must be at least
12 characters. A new password signs the user out everywhere. The workspace is
SHORELINE_DB (default data/shoreline.db).
`

export const TOKEN_USAGE = `Usage: npm run --silent cli -- token add NAME
       npm run --silent cli -- token remove NAME
       npm run --silent cli -- token list

A token lets a script call the JSON API when SHORELINE_AUTH is on:
  curl -H "Authorization: Bearer TOKEN" http://127.0.0.1:3000/api/scenarios/1/evaluation
It is printed once, when added; only its hash is stored. NAME says what it is for.
`

export interface UserCommandIo {
  db: () => Db
  /** The new password as typed (twice, when prompting) or read from standard input. */
  readPassword: () => Promise<string>
}

const NAME_RULE = 'NAME must be 1–64 letters, digits or . _ @ - (no spaces).'

/** [subcommand, NAME] with only the flags given allowed, or the refusal. */
function parse(argv: string[], flags: readonly string[], usage: string): { sub: string; name?: string; flags: Set<string> } | CommandResult {
  const [sub, ...rest] = argv
  const given = new Set(rest.filter((a) => a.startsWith('--')))
  const unknown = [...given].find((f) => !flags.includes(f))
  if (unknown) return badInput(`Unknown option ${unknown}.\n\n${usage}`)
  const names = rest.filter((a) => !a.startsWith('--'))
  if (sub === undefined || sub === 'help' || sub === '--help') return { code: sub === undefined ? 2 : 0, out: sub === undefined ? '' : usage, err: sub === undefined ? usage : '' }
  if (sub === 'list') return names.length ? badInput(`'list' takes no NAME.\n\n${usage}`) : { sub, flags: given }
  if (names.length !== 1) return badInput(`Give exactly one NAME.\n\n${usage}`)
  if (!USER_NAME_PATTERN.test(names[0]!)) return badInput(NAME_RULE)
  return { sub, name: names[0]!, flags: given }
}

const isResult = (x: object): x is CommandResult => 'code' in x

export async function runUserCommand(argv: string[], io: UserCommandIo): Promise<CommandResult> {
  const parsed = parse(argv, ['--password-stdin'], USER_USAGE)
  if (isResult(parsed)) return parsed
  const { sub, name } = parsed
  switch (sub) {
    case 'list': {
      const users = listUsers(io.db())
      return { code: 0, out: users.length ? users.map((u) => `${u.name}\tadded ${u.createdAt}`).join('\n') + '\n' : '', err: users.length ? '' : 'No users yet.\n' }
    }
    case 'remove':
      return removeUser(io.db(), name!) ? { code: 0, out: `Removed user ${name} and signed them out everywhere.\n`, err: '' } : badInput(`There is no user ${name}.`)
    case 'add':
    case 'password': {
      const db = io.db()
      const exists = listUsers(db).some((u) => u.name === name)
      if (sub === 'add' && exists) return badInput(`There is a user ${name} already; to change the password: user password ${name}`)
      if (sub === 'password' && !exists) return badInput(`There is no user ${name}; to add one: user add ${name}`)
      let password: string
      try {
        password = await io.readPassword()
      } catch (error) {
        return badInput(error instanceof Error ? error.message : String(error))
      }
      const problem = passwordProblem(password)
      if (problem) return badInput(problem)
      const hash = await hashPassword(password)
      if (sub === 'add') {
        if (createUser(db, name!, hash) === undefined) return badInput(`There is a user ${name} already.`)
        return { code: 0, out: `Added user ${name}. They can sign in once the server runs with SHORELINE_AUTH=1.\n`, err: '' }
      }
      setPassword(db, name!, hash)
      return { code: 0, out: `Changed the password of ${name} and signed them out everywhere.\n`, err: '' }
    }
    default:
      return badInput(`Unknown user command '${sub}'.\n\n${USER_USAGE}`)
  }
}

export function runTokenCommand(argv: string[], db: () => Db): CommandResult {
  const parsed = parse(argv, [], TOKEN_USAGE)
  if (isResult(parsed)) return parsed
  const { sub, name } = parsed
  switch (sub) {
    case 'list': {
      const tokens = listApiTokens(db())
      return { code: 0, out: tokens.map((t) => `${t.name}\tadded ${t.createdAt}`).join('\n') + (tokens.length ? '\n' : ''), err: tokens.length ? '' : 'No tokens yet.\n' }
    }
    case 'add': {
      const token = newSecret()
      if (createApiToken(db(), name!, secretHash(token)) === undefined) return badInput(`There is a token named ${name} already; remove it first or choose another name.`)
      // The token alone on stdout, so a script can capture it; the advice on stderr.
      return { code: 0, out: `${token}\n`, err: `Token ${name} added. It is shown only now: store it where the script can read it.\n` }
    }
    case 'remove':
      return removeApiToken(db(), name!) ? { code: 0, out: `Removed token ${name}.\n`, err: '' } : badInput(`There is no token ${name}.`)
    default:
      return badInput(`Unknown token command '${sub}'.\n\n${TOKEN_USAGE}`)
  }
}
