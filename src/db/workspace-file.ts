/** The whole workspace as one versioned JSON file: every table's rows, series as numbers, and a restore that validates before it replaces. */
import { z } from 'zod'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { Db } from './client.ts'
import { replaceWorkspace, WORKSPACE_TABLES, type RestoreResult, type WorkspaceTable } from './backup.ts'

export const WORKSPACE_FILE_FORMAT = 'shoreline-workspace'
export const WORKSPACE_FILE_VERSION = 1

/**
 * A BLOB as JSON. Forecast series are float64s and read as plain numbers; anything that
 * would not survive the trip through a JSON number (odd lengths, NaN, −0) is base64.
 */
export type BlobValue = { float64: number[] } | { base64: string }

/** Rows keyed by the schema's column names in code (`forecastId`, not `forecast_id`). */
export type WorkspaceRow = Record<string, unknown>

export interface WorkspaceFile {
  format: typeof WORKSPACE_FILE_FORMAT
  version: typeof WORKSPACE_FILE_VERSION
  exportedAt: string
  /** Every table of the workspace by SQL name, parents before children. */
  tables: Record<string, WorkspaceRow[]>
}

export function encodeBlob(bytes: Buffer): BlobValue {
  if (bytes.byteLength % 8 === 0) {
    const copy = new Uint8Array(bytes.byteLength)
    copy.set(bytes)
    const values = Array.from(new Float64Array(copy.buffer))
    if (values.every((v) => Number.isFinite(v) && !Object.is(v, -0))) return { float64: values }
  }
  return { base64: bytes.toString('base64') }
}

export function decodeBlob(value: BlobValue): Buffer {
  if ('float64' in value) {
    const values = Float64Array.from(value.float64)
    return Buffer.from(values.buffer, values.byteOffset, values.byteLength)
  }
  return Buffer.from(value.base64, 'base64')
}

/** Every row of every table, as the file holds them. */
export function exportWorkspace(db: Db, exportedAt: string): WorkspaceFile {
  const tables: Record<string, WorkspaceRow[]> = {}
  for (const t of WORKSPACE_TABLES) {
    tables[t.name] = db
      .select()
      .from(t.table)
      .all()
      .map((row) => Object.fromEntries(Object.entries(row as WorkspaceRow).map(([key, value]) => [key, Buffer.isBuffer(value) ? encodeBlob(value) : value])))
  }
  return { format: WORKSPACE_FILE_FORMAT, version: WORKSPACE_FILE_VERSION, exportedAt, tables }
}

const blobSchema = z.union([z.strictObject({ float64: z.array(z.number()) }), z.strictObject({ base64: z.base64() })])

/** The zod type of one column, from its drizzle definition: the file is checked against the schema it will be stored in. */
function columnSchema(column: SQLiteColumn): z.ZodType {
  let s: z.ZodType
  const values = (column as { enumValues?: string[] }).enumValues
  if (column.dataType === 'buffer') s = blobSchema
  else if (column.dataType === 'json') s = z.unknown().refine((v) => v !== undefined && v !== null, 'is required')
  else if (column.dataType === 'boolean') s = z.boolean()
  else if (column.dataType === 'number') s = column.columnType === 'SQLiteInteger' ? z.number().int() : z.number()
  else if (values && values.length > 0) s = z.enum(values as [string, ...string[]])
  else s = z.string()
  if (!column.notNull) s = s.nullable()
  // A column with a default (or nullable) may be missing: a file from before the column existed still restores.
  return column.hasDefault || !column.notNull ? s.optional() : s
}

const rowSchemas = new Map<string, z.ZodType<WorkspaceRow>>(
  WORKSPACE_TABLES.map((t) => [t.name, z.strictObject(Object.fromEntries(t.columns.map(([key, c]) => [key, columnSchema(c)])))]),
)

/** A table the file lacks is restored empty (a file made before that table existed). */
const workspaceFileSchema = z.strictObject({
  format: z.literal(WORKSPACE_FILE_FORMAT),
  version: z.literal(WORKSPACE_FILE_VERSION),
  exportedAt: z.string(),
  tables: z.strictObject(Object.fromEntries(WORKSPACE_TABLES.map((t) => [t.name, z.array(rowSchemas.get(t.name)!).optional()]))),
})

export type WorkspaceFileReading = { ok: true; file: WorkspaceFile } | { ok: false; message: string }

/** Checks an uploaded file against the current schema; the message names the first problems by table, row and column. */
export function readWorkspaceFile(input: unknown): WorkspaceFileReading {
  const head = z.looseObject({ format: z.unknown(), version: z.unknown() }).safeParse(input)
  if (!head.success || head.data.format !== WORKSPACE_FILE_FORMAT) {
    return { ok: false, message: 'The file is JSON but not a Shoreline workspace backup (its "format" is not "shoreline-workspace"). Nothing was changed.' }
  }
  if (typeof head.data.version === 'number' && head.data.version > WORKSPACE_FILE_VERSION) {
    return { ok: false, message: `The file is version ${head.data.version} of the workspace format, newer than this Shoreline reads (${WORKSPACE_FILE_VERSION}); update Shoreline to restore it. Nothing was changed.` }
  }
  const parsed = workspaceFileSchema.safeParse(input)
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.length ? i.path.join('.') : 'file'}: ${i.message}`)
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : ''
    return { ok: false, message: `The file does not fit the workspace: ${problems.join('; ')}${more}. Nothing was changed.` }
  }
  const tables: Record<string, WorkspaceRow[]> = {}
  for (const t of WORKSPACE_TABLES) tables[t.name] = (parsed.data.tables[t.name] as WorkspaceRow[] | undefined) ?? []
  return { ok: true, file: { ...parsed.data, tables } as WorkspaceFile }
}

/** Rows per table the file holds, by SQL name. */
export function fileCounts(file: WorkspaceFile): Record<string, number> {
  return Object.fromEntries(WORKSPACE_TABLES.map((t) => [t.name, file.tables[t.name]?.length ?? 0]))
}

/** Replaces the whole workspace with the file's rows, ids kept, in one transaction: all or nothing. */
export function restoreFromWorkspaceFile(db: Db, input: unknown): RestoreResult {
  const reading = readWorkspaceFile(input)
  if (!reading.ok) return reading
  return replaceWorkspace(db, () => {
    for (const t of WORKSPACE_TABLES) insertRows(db, t, reading.file.tables[t.name] ?? [])
  })
}

function insertRows(db: Db, t: WorkspaceTable, rows: WorkspaceRow[]): void {
  const blobKeys = t.columns.filter(([, c]) => c.dataType === 'buffer').map(([key]) => key)
  for (const row of rows) {
    const values = { ...row }
    for (const key of blobKeys) if (values[key] != null) values[key] = decodeBlob(values[key] as BlobValue)
    db.insert(t.table).values(values as never).run()
  }
}
