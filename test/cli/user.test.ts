/**
 * `cli user` and `cli token`: users added with a scrypt hash (salted per user) that the
 * sign-in check accepts, passwords read from standard input, names and passwords
 * refused with exit code 2, a new password signing the user out, and tokens shown once
 * and stored hashed.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runTokenCommand, runUserCommand } from '../../src/cli/user.ts'
import { openDb, openMemoryDb } from '../../src/db/client.ts'
import { createSession, findApiToken, findSession, findUser } from '../../src/db/users.ts'
import { secretHash, verifyPassword } from '../../src/web/auth/secrets.ts'

const PASSWORD = 'a long enough passphrase'

function workspace() {
  const db = openMemoryDb()
  const user = (argv: string[], password = PASSWORD) => runUserCommand(argv, { db: () => db, readPassword: async () => password })
  const token = (argv: string[]) => runTokenCommand(argv, () => db)
  return { db, user, token }
}

describe('cli user add', () => {
  it('stores a salted scrypt hash that the sign-in check accepts, and never the password', async () => {
    const w = workspace()
    expect(await w.user(['add', 'alice'])).toEqual({ code: 0, out: expect.stringContaining('Added user alice'), err: '' })
    const stored = findUser(w.db, 'alice')!.passwordHash
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/)
    expect(stored).not.toContain(PASSWORD)
    expect(await verifyPassword(PASSWORD, stored)).toBe(true)
    expect(await verifyPassword(`${PASSWORD}!`, stored)).toBe(false)
  })

  it('salts each user: the same password gives two different hashes', async () => {
    const w = workspace()
    await w.user(['add', 'alice'])
    await w.user(['add', 'bob'])
    expect(findUser(w.db, 'alice')!.passwordHash).not.toBe(findUser(w.db, 'bob')!.passwordHash)
  })

  it.each([
    [['add', 'bad name'], /NAME must be 1–64 letters/],
    [['add'], /exactly one NAME/],
    [['add', 'a', 'b'], /exactly one NAME/],
    [['add', 'alice', '--echo'], /Unknown option --echo/],
    [['frobnicate', 'alice'], /Unknown user command/],
  ])('refuses %j with exit code 2', async (argv, message) => {
    const r = await workspace().user(argv)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
  })

  it('refuses a password under 12 characters, and adds nobody', async () => {
    const w = workspace()
    const r = await w.user(['add', 'alice'], 'short')
    expect(r).toEqual({ code: 2, out: '', err: 'The password must be at least 12 characters long.\n' })
    expect(findUser(w.db, 'alice')).toBeUndefined()
  })

  it('refuses a name already taken, leaving its password as it was', async () => {
    const w = workspace()
    await w.user(['add', 'alice'])
    const before = findUser(w.db, 'alice')!.passwordHash
    expect((await w.user(['add', 'alice'], 'another long passphrase')).code).toBe(2)
    expect(findUser(w.db, 'alice')!.passwordHash).toBe(before)
  })
})

describe('cli user password, remove and list', () => {
  it('a new password replaces the old and signs the user out everywhere', async () => {
    const w = workspace()
    await w.user(['add', 'alice'])
    createSession(w.db, 'h', findUser(w.db, 'alice')!.id, Date.now() + 60_000)
    expect((await w.user(['password', 'alice'], 'the new passphrase')).code).toBe(0)
    expect(await verifyPassword('the new passphrase', findUser(w.db, 'alice')!.passwordHash)).toBe(true)
    expect(findSession(w.db, 'h', Date.now())).toBeUndefined()
  })

  it('remove deletes the user and their sessions; list names who is left', async () => {
    const w = workspace()
    await w.user(['add', 'alice'])
    await w.user(['add', 'bob'])
    createSession(w.db, 'h', findUser(w.db, 'alice')!.id, Date.now() + 60_000)
    expect((await w.user(['remove', 'alice'])).code).toBe(0)
    expect(findSession(w.db, 'h', Date.now())).toBeUndefined()
    expect((await w.user(['list'])).out).toMatch(/^bob\tadded /)
    expect((await w.user(['remove', 'alice'])).code).toBe(2)
  })
})

describe('cli token', () => {
  it('add prints a 256-bit token once, alone on stdout, and stores only its hash', () => {
    const w = workspace()
    const r = w.token(['add', 'nightly-export'])
    expect(r.code).toBe(0)
    const token = r.out.trim()
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    expect(findApiToken(w.db, secretHash(token))).toBe('nightly-export')
    expect(JSON.stringify(w.db.$client.prepare('select * from api_tokens').all())).not.toContain(token)
  })

  it('refuses a second token of the same name; remove revokes it; list shows the names', () => {
    const w = workspace()
    const token = w.token(['add', 'ci']).out.trim()
    expect(w.token(['add', 'ci']).code).toBe(2)
    expect(w.token(['list']).out).toMatch(/^ci\tadded /)
    expect(w.token(['remove', 'ci']).code).toBe(0)
    expect(findApiToken(w.db, secretHash(token))).toBeUndefined()
  })
})

describe('through npm run cli (a real process, password on standard input)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shoreline-cli-user-'))
  const dbPath = join(dir, 'workspace.db')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const cli = (args: string[], input = '') =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { input, encoding: 'utf8', env: { ...process.env, SHORELINE_DB: dbPath } })

  it('user add NAME --password-stdin reads one line (its line break is not part of the password)', { timeout: 60_000 }, async () => {
    const r = cli(['user', 'add', 'carol', '--password-stdin'], `${PASSWORD}\n`)
    expect(r.status).toBe(0)
    const db = openDb(dbPath)
    try {
      expect(await verifyPassword(PASSWORD, findUser(db, 'carol')!.passwordHash)).toBe(true)
    } finally {
      db.$client.close()
    }
  })

  it('exits 2 with the reason on stderr for a short password', { timeout: 60_000 }, () => {
    const r = cli(['user', 'add', 'dave', '--password-stdin'], 'short\n')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('at least 12 characters')
  })
})
