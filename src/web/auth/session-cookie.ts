/** The sign-in session cookie: a random 256-bit id (stored only hashed), HttpOnly, SameSite=Lax, Secure over https, for 12 hours. */
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { createSession, deleteExpiredSessions, deleteSession, findSession, type SignedIn } from '../../db/users.ts'
import type { AuthOptions } from './config.ts'
import { newSecret, secretHash } from './secrets.ts'

export const SESSION_COOKIE = 'shoreline_session'
/** A working day and then some: a session never outlives the next morning. */
export const SESSION_HOURS = 12

/**
 * Secure when the browser reached us over https (or SHORELINE_SECURE_COOKIES says a proxy
 * does); on plain http to 127.0.0.1 a Secure cookie would not be sent back at all.
 */
const isSecure = (c: Context, options: AuthOptions) => options.secureCookies || new URL(c.req.url).protocol === 'https:'

/** Starts a session for the user and sets its cookie. Lax, not Strict: a link to a page from e-mail opens it signed in; writes are CSRF-checked anyway. */
export function startSession(c: Context, options: AuthOptions, userId: number, now = Date.now()): void {
  const id = newSecret()
  deleteExpiredSessions(c.var.db, now)
  createSession(c.var.db, secretHash(id), userId, now + SESSION_HOURS * 3600 * 1000)
  setCookie(c, SESSION_COOKIE, id, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isSecure(c, options), maxAge: SESSION_HOURS * 3600 })
}

/** The signed-in user of the request's cookie, if its session is still valid. */
export function currentSession(c: Context, now = Date.now()): SignedIn | undefined {
  const id = getCookie(c, SESSION_COOKIE)
  return id ? findSession(c.var.db, secretHash(id), now) : undefined
}

/** Ends the request's session (if any) and clears its cookie. */
export function endSession(c: Context, options: AuthOptions): void {
  const id = getCookie(c, SESSION_COOKIE)
  if (id) deleteSession(c.var.db, secretHash(id))
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isSecure(c, options) })
}
