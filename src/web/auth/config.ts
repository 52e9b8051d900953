/** Reads the server's access-control settings from the environment: SHORELINE_AUTH, SHORELINE_HOST and SHORELINE_SECURE_COOKIES. */

export interface AuthOptions {
  /** Mark the session cookie Secure on every response (behind an https proxy), not only on requests that arrived over https. */
  secureCookies: boolean
}

export interface ServerSettings {
  /** Undefined: no sign-in, and the server listens on loopback only. */
  auth: AuthOptions | undefined
  host: string
  /** What the server should say at start about how it can be reached. */
  notes: string[]
}

export const LOOPBACK = '127.0.0.1'
const ON = new Set(['1', 'true', 'on', 'yes'])
const OFF = new Set(['', '0', 'false', 'off', 'no'])

/** A switch variable: 1/true/on/yes or 0/false/off/no (any case); anything else is a mistake worth stopping for. */
function flag(env: NodeJS.ProcessEnv, name: string): boolean | string {
  const value = (env[name] ?? '').trim().toLowerCase()
  if (ON.has(value)) return true
  if (OFF.has(value)) return false
  return `${name} must be 1 (on) or 0 (off), not "${env[name]}".`
}

/** The settings, or the message to stop with when a variable is set to something it cannot mean. */
export function readServerSettings(env: NodeJS.ProcessEnv): { ok: true; settings: ServerSettings } | { ok: false; message: string } {
  const auth = flag(env, 'SHORELINE_AUTH')
  const secure = flag(env, 'SHORELINE_SECURE_COOKIES')
  if (typeof auth === 'string') return { ok: false, message: auth }
  if (typeof secure === 'string') return { ok: false, message: secure }
  const requestedHost = env.SHORELINE_HOST?.trim() || undefined
  if (!auth) {
    const notes = ['Access control is off (SHORELINE_AUTH is not set), so Shoreline listens on 127.0.0.1 only: this computer, nobody else.']
    if (requestedHost && requestedHost !== LOOPBACK) notes.push(`SHORELINE_HOST=${requestedHost} is ignored without SHORELINE_AUTH=1.`)
    return { ok: true, settings: { auth: undefined, host: LOOPBACK, notes } }
  }
  const host = requestedHost ?? LOOPBACK
  const notes = [`Access control is on (SHORELINE_AUTH=1): every page and API route needs a signed-in user or a bearer token.`]
  if (!secure) notes.push('Session cookies are marked Secure only on requests that arrive over https; behind an https proxy set SHORELINE_SECURE_COOKIES=1.')
  return { ok: true, settings: { auth: { secureCookies: secure }, host, notes } }
}
