import Database from 'better-sqlite3'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openMemoryDb, type Db } from '../../src/db/client.ts'
import { WORKSPACE_TABLES } from '../../src/db/backup.ts'
import { listScenarios, renameScenario } from '../../src/db/scenarios.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { exportWorkspace, restoreFromWorkspaceFile, WORKSPACE_FILE_FORMAT } from '../../src/db/workspace-file.ts'
import { createApp } from '../../src/web/app.ts'
import { MAX_RESTORE_BYTES } from '../../views/workspace/ids.ts'
import { expectPage } from './helpers.ts'

const ORIGIN = 'http://localhost'
let demoFile: ReturnType<typeof exportWorkspace>
let db: Db
let app: ReturnType<typeof createApp>
let dir: string

beforeAll(() => {
  const demo = openMemoryDb()
  seedDemoIfEmpty(demo)
  demoFile = exportWorkspace(demo, 'now')
  dir = mkdtempSync(join(tmpdir(), 'shoreline-web-backup-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))
beforeEach(() => {
  db = openMemoryDb()
  restoreFromWorkspaceFile(db, demoFile)
  app = createApp({ db })
})

/** Every row of every table (BLOBs as hex): what "unchanged" and "as before" mean here. */
function dump(): Record<string, unknown[]> {
  const row = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('hex') : v]))
  return Object.fromEntries(WORKSPACE_TABLES.map((t) => [t.name, (db.$client.prepare(`select * from "${t.name}" order by rowid`).all() as Record<string, unknown>[]).map(row)]))
}

/** A same-origin POST, as a browser sends it from Shoreline's own page. */
function post(path: string, body: FormData | URLSearchParams, origin = ORIGIN) {
  return Promise.resolve(app.request(path, { method: 'POST', body, headers: { Origin: origin } }))
}
const upload = (bytes: Uint8Array | string, name: string) => {
  const form = new FormData()
  form.set('file', new File([bytes], name))
  return post('/workspace/restore', form)
}
const tokenOf = (html: string) => /name="token" value="([0-9a-f-]{36})"/.exec(html)?.[1]
const confirm = (token: string) => post('/workspace/restore/confirm', new URLSearchParams({ token }))

describe('GET /workspace', () => {
  it('is a page with both downloads, the restore form, and what the workspace holds', async () => {
    const html = await expectPage(await app.request('/workspace'))
    expect(html).toContain('href="/workspace/backup.sqlite"')
    expect(html).toContain('href="/workspace/backup.json"')
    expect(html).toContain('action="/workspace/restore"')
    expect(html).toContain('enctype="multipart/form-data"')
    expect(html).toContain('replaces everything')
    expect(html).toMatch(/<th scope="row">Forecast channel series<\/th><td>[\d,]+<\/td>/)
  })

  it('every page links to it from the footer as "Backup"', async () => {
    expect(await expectPage(await app.request('/'))).toContain('<a href="/workspace">Backup</a>')
  })
})

describe('downloads', () => {
  it('GET /workspace/backup.sqlite sends an intact SQLite copy of the whole workspace as an attachment', async () => {
    const res = await app.request('/workspace/backup.sqlite')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.sqlite3')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="shoreline-workspace-\d{4}-\d{2}-\d{2}\.db"$/)
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length)
    const path = join(dir, 'downloaded.db')
    writeFileSync(path, bytes)
    const file = new Database(path, { readonly: true })
    expect(file.pragma('integrity_check', { simple: true })).toBe('ok')
    expect((file.prepare('select count(*) as n from scenarios').get() as { n: number }).n).toBe(listScenarios(db).length)
    file.close()
  })

  it('GET /workspace/backup.json sends the versioned JSON file with every table', async () => {
    const res = await app.request('/workspace/backup.json')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="shoreline-workspace-\d{4}-\d{2}-\d{2}\.json"$/)
    const file = (await res.json()) as { format: string; version: number; tables: Record<string, unknown[]> }
    expect(file.format).toBe(WORKSPACE_FILE_FORMAT)
    expect(file.version).toBe(1)
    expect(Object.keys(file.tables).sort()).toEqual(WORKSPACE_TABLES.map((t) => t.name).sort())
  })
})

describe('restore', () => {
  it('a checked file shows what it holds beside the workspace, offers a backup first, and changes nothing yet', async () => {
    const before = dump()
    const res = await upload(JSON.stringify(demoFile), 'backup.json')
    const html = await expectPage(res)
    expect(html).toContain('Replace the workspace?')
    expect(html).toContain('replaces everything in the workspace')
    expect(html).toContain('download a backup first')
    expect(html).toContain('<th scope="col">In the file</th>')
    expect(tokenOf(html)).toBeDefined()
    expect(dump()).toEqual(before)
    await post('/workspace/restore/cancel', new URLSearchParams({ token: tokenOf(html)! }))
  })

  it('SQLite download → change → upload → confirm gives back the workspace as it was', async () => {
    const before = dump()
    const backup = new Uint8Array(await (await app.request('/workspace/backup.sqlite')).arrayBuffer())
    const scenario = listScenarios(db)[0]!
    renameScenario(db, scenario.id, 'Renamed after the backup')
    db.$client.prepare('delete from activity_days').run()

    const token = tokenOf(await (await upload(backup, 'monday.db')).text())!
    const res = await confirm(token)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/workspace?restored=monday.db')
    expect(dump()).toEqual(before)
    expect(await (await app.request(res.headers.get('location')!)).text()).toContain('Restored from “monday.db”')
  })

  it('JSON download → change → upload → confirm gives back the workspace as it was', async () => {
    const before = dump()
    const backup = await (await app.request('/workspace/backup.json')).text()
    renameScenario(db, listScenarios(db)[0]!.id, 'Renamed after the backup')
    const res = await confirm(tokenOf(await (await upload(backup, 'monday.json')).text())!)
    expect(res.status).toBe(303)
    expect(dump()).toEqual(before)
  })

  it('a damaged SQLite file is refused with 422 beside the file field, and nothing changes', async () => {
    const backup = Buffer.from(await (await app.request('/workspace/backup.sqlite')).arrayBuffer())
    for (let i = 8192; i < backup.length - 4096; i += 5) backup[i] = i & 0xff
    const before = dump()
    const res = await upload(backup, 'broken.db')
    const html = await expectPage(res, 422)
    expect(html).toMatch(/data-testid="restore-file-error">The file (is damaged|cannot be read)/)
    expect(dump()).toEqual(before)
  })

  it('a file that is neither SQLite nor JSON is refused as such', async () => {
    const html = await expectPage(await upload('start,channel,volume\n', 'forecast.csv'), 422)
    expect(html).toContain('“forecast.csv” is neither an SQLite database nor JSON')
  })

  it('a scenario file (JSON, but not a workspace) is refused as such', async () => {
    const html = await expectPage(await upload(JSON.stringify({ format: 'shoreline-scenario', version: 1 }), 'scenario.json'), 422)
    expect(html).toContain('not a Shoreline workspace backup')
  })

  it('no file chosen is a 422 asking for one', async () => {
    const html = await expectPage(await post('/workspace/restore', new FormData()), 422)
    expect(html).toContain('Choose a backup file')
  })

  it('an upload over 200 MB is refused with 413 before it is read', async () => {
    const res = await app.request('/workspace/restore', {
      method: 'POST',
      body: 'x',
      headers: { Origin: ORIGIN, 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(MAX_RESTORE_BYTES + 1) },
    })
    const html = await expectPage(res, 413)
    expect(html).toContain('larger than 200 MB')
  })

  it('a confirmation with an unknown or used token is a 409 and changes nothing', async () => {
    const before = dump()
    const token = tokenOf(await (await upload(JSON.stringify(demoFile), 'b.json')).text())!
    expect((await confirm(token)).status).toBe(303)
    expect((await confirm(token)).status).toBe(409)
    expect((await confirm('00000000-0000-0000-0000-000000000000')).status).toBe(409)
    expect(dump()).toEqual(before)
  })

  it('cancel discards the checked file: its token no longer restores anything', async () => {
    renameScenario(db, listScenarios(db)[0]!.id, 'Kept')
    const before = dump()
    const token = tokenOf(await (await upload(JSON.stringify(demoFile), 'b.json')).text())!
    const res = await post('/workspace/restore/cancel', new URLSearchParams({ token }))
    expect(res.status).toBe(303)
    expect((await confirm(token)).status).toBe(409)
    expect(dump()).toEqual(before)
  })

  it('a confirmation sent from another site is refused with 403 and changes nothing', async () => {
    renameScenario(db, listScenarios(db)[0]!.id, 'Kept')
    const before = dump()
    const token = tokenOf(await (await upload(JSON.stringify(demoFile), 'b.json')).text())!
    const res = await post('/workspace/restore/confirm', new URLSearchParams({ token }), 'https://evil.example')
    expect(res.status).toBe(403)
    expect(dump()).toEqual(before)
    await post('/workspace/restore/cancel', new URLSearchParams({ token }))
  })
})
