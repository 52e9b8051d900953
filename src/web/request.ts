/** Reading a request the same way in every route: ids that are never a 500, bodies that are never a throw. */
import type { Context } from 'hono'

/**
 * The route's numeric :id; anything else (text, 0, beyond what SQLite stores) is simply unknown: a 404, never a 500.
 * Digits only: Number() would also read ' 1', '0x1' and '1e3', so a malformed id could name a real record.
 */
export function routeId(c: Context): number | undefined {
  const text = c.req.param('id') ?? ''
  if (!/^[0-9]{1,16}$/.test(text)) return undefined
  const id = Number(text)
  return Number.isSafeInteger(id) && id > 0 ? id : undefined
}

/** Form fields of a urlencoded or multipart body; a body that is neither, or is malformed, reads as empty. */
export async function readForm(c: Context, { all = false } = {}): Promise<Record<string, string | File | (string | File)[]>> {
  try {
    return await c.req.parseBody({ all })
  } catch {
    return {}
  }
}
