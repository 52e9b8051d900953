/** /workspace: the whole workspace downloaded as SQLite or JSON, and restored from either after a confirmation step. */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { stream } from 'hono/streaming'
import { randomUUID } from 'node:crypto'
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { backupToFile, checkSqliteBackup, restoreFromSqliteFile, workspaceCounts, type RestoreResult } from '../../db/backup.ts'
import { exportWorkspace, fileCounts, readWorkspaceFile, restoreFromWorkspaceFile } from '../../db/workspace-file.ts'
import { readForm } from '../request.ts'
import { CONFIRM_TITLE, ConfirmPage } from '../../../views/workspace/confirm-page.tsx'
import { MAX_RESTORE_BYTES, MAX_RESTORE_LABEL, RESTORE_FILE_FIELD, RESTORE_TOKEN_FIELD, WORKSPACE_PATH, WORKSPACE_TITLE } from '../../../views/workspace/ids.ts'
import { WorkspacePage } from '../../../views/workspace/workspace-page.tsx'
import type { ListNotice } from '../../../views/components/list-notice.tsx'
import { formatCount } from '../../../views/format.ts'

// Cross-site POSTs are refused app-wide (app.ts) before they reach these routes.
export const workspaceRoutes = new Hono()

workspaceRoutes.get('/', (c) => {
  const restored = c.req.query('restored')
  const notice: ListNotice = restored ? { kind: 'done', text: `Restored from “${restored.slice(0, 200)}”: ${summary(workspaceCounts(c.var.db.$client))}.` } : undefined
  return page(c, 200, { notice })
})

/** A `VACUUM INTO` copy in a private folder, streamed out and then deleted. */
workspaceRoutes.get('/backup.sqlite', (c) => {
  const dir = mkdtempSync(join(tmpdir(), 'shoreline-backup-'))
  const path = join(dir, 'workspace.db')
  try {
    backupToFile(c.var.db, path)
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  const size = statSync(path).size
  const file = createReadStream(path)
  // Deleted once open: the open file stays readable until the stream closes, and nothing is left behind.
  file.once('open', () => rmSync(dir, { recursive: true, force: true }))
  file.once('error', () => rmSync(dir, { recursive: true, force: true }))
  c.header('Content-Type', 'application/vnd.sqlite3')
  c.header('Content-Length', String(size))
  c.header('Content-Disposition', `attachment; filename="shoreline-workspace-${today()}.db"`)
  c.header('Cache-Control', 'no-store')
  return stream(c, async (out) => {
    out.onAbort(() => {
      file.destroy()
    })
    for await (const chunk of file) await out.write(chunk as Uint8Array)
  })
})

workspaceRoutes.get('/backup.json', (c) => {
  c.header('Content-Type', 'application/json; charset=utf-8')
  c.header('Content-Disposition', `attachment; filename="shoreline-workspace-${today()}.json"`)
  c.header('Cache-Control', 'no-store')
  return c.body(JSON.stringify(exportWorkspace(c.var.db, new Date().toISOString())))
})

/** Step one: check the upload and keep it aside; nothing changes until the confirmation. */
workspaceRoutes.post(
  '/restore',
  // Content-Length is checked before anything is read, so an oversized upload costs nothing.
  bodyLimit({ maxSize: MAX_RESTORE_BYTES, onError: (c) => page(c, 413, { fileError: `The file is larger than ${MAX_RESTORE_LABEL}, the most Shoreline restores. Nothing was changed.` }) }),
  async (c) => {
    const upload = (await readForm(c))[RESTORE_FILE_FIELD]
    if (!(upload instanceof File) || (upload.size === 0 && upload.name === '')) return page(c, 422, { fileError: 'Choose a backup file (SQLite or JSON) to restore from.' })
    if (upload.size === 0) return page(c, 422, { fileError: `“${upload.name}” is empty, so it holds no workspace. Nothing was changed.` })
    const staged = stage(Buffer.from(await upload.arrayBuffer()), upload.name.slice(0, 200) || 'backup')
    const checked = check(staged)
    if (!checked.ok) {
      discard(staged.token)
      return page(c, 422, { fileError: checked.message })
    }
    return c.render(<ConfirmPage token={staged.token} fileName={staged.fileName} kind={staged.kind} now={workspaceCounts(c.var.db.$client)} file={checked.counts} />, { title: CONFIRM_TITLE })
  },
)

/** Step two: replace the workspace with the file kept aside, all or nothing. */
workspaceRoutes.post('/restore/confirm', async (c) => {
  const staged = pending.get(String((await readForm(c))[RESTORE_TOKEN_FIELD] ?? ''))
  if (!staged) return page(c, 409, { fileError: 'That restore has expired or was already done. Choose the file again. Nothing was changed.' })
  let result: RestoreResult
  try {
    result = staged.kind === 'sqlite' ? restoreFromSqliteFile(c.var.db, staged.path) : restoreFromWorkspaceFile(c.var.db, JSON.parse(readFileSync(staged.path, 'utf8')))
  } finally {
    discard(staged.token)
  }
  if (!result.ok) return page(c, 422, { fileError: result.message })
  return c.redirect(`${WORKSPACE_PATH}?restored=${encodeURIComponent(staged.fileName)}`, 303)
})

workspaceRoutes.post('/restore/cancel', async (c) => {
  discard(String((await readForm(c))[RESTORE_TOKEN_FIELD] ?? ''))
  return c.redirect(WORKSPACE_PATH, 303)
})

// ——— Files kept aside between the check and the confirmation ———

interface Staged {
  token: string
  kind: 'sqlite' | 'json'
  fileName: string
  path: string
  expiresAt: number
}

/** A checked upload waits this long for its confirmation; only a few wait at once (each may be 200 MB on disk). */
const STAGE_MINUTES = 30
const MAX_STAGED = 3
const pending = new Map<string, Staged>()
let stagingDir: string | undefined

/** A private folder for checked uploads while any wait; removed when the last is discarded, or at exit. */
function staging(): string {
  if (!stagingDir) {
    const dir = (stagingDir = mkdtempSync(join(tmpdir(), 'shoreline-restore-')))
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  }
  return stagingDir
}

function stage(bytes: Buffer, fileName: string): Staged {
  for (const [token, s] of pending) if (s.expiresAt < Date.now() || pending.size >= MAX_STAGED) discard(token)
  const token = randomUUID()
  const path = join(staging(), token)
  writeFileSync(path, bytes)
  const kind = bytes.subarray(0, 16).toString('latin1') === 'SQLite format 3\0' ? 'sqlite' : 'json'
  const staged: Staged = { token, kind, fileName, path, expiresAt: Date.now() + STAGE_MINUTES * 60_000 }
  pending.set(token, staged)
  return staged
}

/** Forgets a checked upload and deletes its file (and the -wal/-shm files a migrated SQLite copy may leave). */
function discard(token: string): void {
  const staged = pending.get(token)
  if (!staged) return
  pending.delete(token)
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${staged.path}${suffix}`, { force: true })
  if (pending.size === 0 && stagingDir) {
    rmSync(stagingDir, { recursive: true, force: true })
    stagingDir = undefined
  }
}

/** What the staged file would restore, or why it cannot. */
function check(staged: Staged): { ok: true; counts: Record<string, number> } | { ok: false; message: string } {
  if (staged.kind === 'sqlite') return checkSqliteBackup(staged.path)
  let json: unknown
  try {
    json = JSON.parse(readFileSync(staged.path, 'utf8'))
  } catch {
    return { ok: false, message: `“${staged.fileName}” is neither an SQLite database nor JSON, so it cannot be a Shoreline backup. Nothing was changed.` }
  }
  const reading = readWorkspaceFile(json)
  return reading.ok ? { ok: true, counts: fileCounts(reading.file) } : reading
}

// ——— Helpers ———

function page(c: Context, status: 200 | 409 | 413 | 422, props: { notice?: ListNotice; fileError?: string }) {
  c.status(status)
  return c.render(<WorkspacePage counts={workspaceCounts(c.var.db.$client)} {...props} />, { title: WORKSPACE_TITLE })
}

function summary(counts: Record<string, number>): string {
  const main: [table: string, one: string, many: string][] = [
    ['forecasts', 'forecast', 'forecasts'],
    ['sourcing_options', 'sourcing option', 'sourcing options'],
    ['scenarios', 'scenario', 'scenarios'],
    ['activity_days', 'activity day', 'activity days'],
  ]
  return main.map(([table, one, many]) => `${formatCount(counts[table] ?? 0)} ${counts[table] === 1 ? one : many}`).join(', ')
}

const today = () => new Date().toISOString().slice(0, 10)
