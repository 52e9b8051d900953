/** /sign-in and /sign-out (only with SHORELINE_AUTH): the form, the password check, and the session cookie. */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { findUser } from '../../db/users.ts'
import type { AuthOptions } from '../auth/config.ts'
import { safeNext, SIGN_IN_PATH, SIGN_OUT_PATH } from '../auth/require-sign-in.ts'
import { burnPasswordCheck, PASSWORD_MAX_LENGTH, verifyPassword } from '../auth/secrets.ts'
import { endSession, startSession } from '../auth/session-cookie.ts'
import { SignInThrottle } from '../auth/throttle.ts'
import { readForm } from '../request.ts'
import { SignInPage, type SignInProps } from '../../../views/auth/sign-in-page.tsx'

/** One message for a wrong name and a wrong password alike: the form never says which names exist. */
export const MISMATCH = 'That name and password do not match a user of this Shoreline.'
const MAX_FORM_BYTES = 8 * 1024

export function authRoutes(options: AuthOptions, throttle = new SignInThrottle()): Hono {
  const routes = new Hono()

  routes.get(SIGN_IN_PATH, (c) => {
    const next = safeNext(c.req.query('next'))
    if (c.var.principal) return c.redirect(next, 303)
    return render(c, { name: '', next, errors: {} })
  })

  routes.post(SIGN_IN_PATH, bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => render(c, { name: '', next: '/', errors: {}, refusal: 'The form sent more than 8 KB.' }, 413) }), async (c) => {
    const body = await readForm(c)
    const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : '')
    const name = text('name').trim().slice(0, 64)
    const password = text('password')
    const next = safeNext(body.next)
    const errors: SignInProps['errors'] = {}
    if (!name) errors.name = 'Enter your name.'
    if (!password) errors.password = 'Enter your password.'
    else if (password.length > PASSWORD_MAX_LENGTH) errors.password = `Passwords are at most ${PASSWORD_MAX_LENGTH} characters.`
    if (errors.name || errors.password) return render(c, { name, next, errors }, 422)

    const now = Date.now()
    const wait = throttle.retryAfter(name, now)
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)))
      return render(c, { name, next, errors: {}, refusal: `Too many failed attempts for this name. Try again in ${Math.ceil(wait / 60_000)} minutes.` }, 429)
    }
    const user = findUser(c.var.db, name)
    const ok = user ? await verifyPassword(password, user.passwordHash) : await burnPasswordCheck(password)
    if (!user || !ok) {
      throttle.failed(name, now)
      return render(c, { name, next, errors: {}, refusal: MISMATCH }, 401)
    }
    throttle.succeeded(name)
    startSession(c, options, user.id)
    return c.redirect(next, 303)
  })

  routes.post(SIGN_OUT_PATH, (c) => {
    endSession(c, options)
    return c.redirect(SIGN_IN_PATH, 303)
  })

  return routes
}

function render(c: Context, props: SignInProps, status: 200 | 401 | 413 | 422 | 429 = 200) {
  c.status(status)
  c.header('Cache-Control', 'no-store')
  return c.render(<SignInPage {...props} />, { title: 'Sign in' })
}
