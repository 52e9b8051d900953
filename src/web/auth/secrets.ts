/** Password hashing (scrypt, a salt per user, constant-time comparison) and the random ids and tokens of sessions and the API. */
import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/**
 * scrypt with N = 2^15, r = 8, p = 1: 32 MiB and about 0.1 s per hash on this machine,
 * enough to make guessing a stolen hash slow while signing in stays instant. The parameters
 * are stored with each hash, so raising them later does not lock anyone out.
 */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const
const KEY_BYTES = 32
const SALT_BYTES = 16

export const PASSWORD_MIN_LENGTH = 12
/** A bound on the work an anonymous request can ask of scrypt. */
export const PASSWORD_MAX_LENGTH = 1024

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  // maxmem above the 128·N·r bytes scrypt needs (Node's default is 32 MiB exactly, too tight for N = 2^15).
  return new Promise((resolve, reject) => scryptCallback(password.normalize('NFC'), salt, keyLength, { ...options, maxmem: 256 * 1024 * 1024 }, (e, key) => (e ? reject(e) : resolve(key))))
}

/** `scrypt$N$r$p$salt$key`, salt and key in base64; runs on libuv's thread pool, not the request thread. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await scrypt(password, salt, KEY_BYTES, SCRYPT)
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$')
}

/** Whether the password gives the stored hash; a malformed or foreign hash is simply a mismatch. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number]
  const salt = Buffer.from(parts[4]!, 'base64')
  const expected = Buffer.from(parts[5]!, 'base64')
  if (![N, r, p].every(Number.isSafeInteger) || expected.length === 0) return false
  try {
    const key = await scrypt(password, salt, expected.length, { N, r, p })
    return timingSafeEqual(key, expected)
  } catch {
    return false
  }
}

let dummy: Promise<string> | undefined
/**
 * Checks a password against a throwaway hash, so a name that does not exist takes as long
 * to refuse as a wrong password: the time of an answer does not tell which names exist.
 */
export async function burnPasswordCheck(password: string): Promise<false> {
  await verifyPassword(password, await (dummy ??= hashPassword('not a password anyone has')))
  return false
}

/** 256 random bits, URL-safe: a session id or an API token. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url')
}

/** How secrets are stored: SHA-256 is enough for 256-bit random values (nothing to guess), and lookups stay indexed. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

/** Names people sign in with: letters, digits and . _ @ - (an e-mail address fits), 1–64 characters. */
export const USER_NAME_PATTERN = /^[A-Za-z0-9._@-]{1,64}$/

/** Why a new password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`
  if (password.length > PASSWORD_MAX_LENGTH) return `The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`
  return undefined
}
