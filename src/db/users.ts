/** Users, sign-in sessions and API tokens of optional access control (SHORELINE_AUTH): stored and looked up by hash only. */
import { and, asc, eq, gt, lte } from 'drizzle-orm'
import { apiTokensTable, sessionsTable, usersTable } from './auth-schema.ts'
import type { Db } from './client.ts'

export interface StoredUser {
  id: number
  name: string
  passwordHash: string
}

export interface SignedIn {
  userId: number
  userName: string
  expiresAt: number
}

/** Undefined when the name is taken. */
export function createUser(db: Db, name: string, passwordHash: string): number | undefined {
  if (findUser(db, name)) return undefined
  return db.insert(usersTable).values({ name, passwordHash }).returning({ id: usersTable.id }).get().id
}

export function findUser(db: Db, name: string): StoredUser | undefined {
  return db.select({ id: usersTable.id, name: usersTable.name, passwordHash: usersTable.passwordHash }).from(usersTable).where(eq(usersTable.name, name)).get()
}

export function listUsers(db: Db): { name: string; createdAt: string }[] {
  return db.select({ name: usersTable.name, createdAt: usersTable.createdAt }).from(usersTable).orderBy(asc(usersTable.name)).all()
}

/** Removes the user and, by cascade, every session of theirs. False for an unknown name. */
export function removeUser(db: Db, name: string): boolean {
  return db.delete(usersTable).where(eq(usersTable.name, name)).run().changes > 0
}

/** A new password signs the user out everywhere: whoever knew the old one loses their session too. */
export function setPassword(db: Db, name: string, passwordHash: string): boolean {
  return db.transaction((tx) => {
    const user = tx.select({ id: usersTable.id }).from(usersTable).where(eq(usersTable.name, name)).get()
    if (!user) return false
    tx.update(usersTable).set({ passwordHash }).where(eq(usersTable.id, user.id)).run()
    tx.delete(sessionsTable).where(eq(sessionsTable.userId, user.id)).run()
    return true
  })
}

export function createSession(db: Db, idHash: string, userId: number, expiresAt: number): void {
  db.insert(sessionsTable).values({ idHash, userId, expiresAt }).run()
}

/** The session's user while it lasts; undefined once expired (or signed out, or the user removed). */
export function findSession(db: Db, idHash: string, now: number): SignedIn | undefined {
  return db
    .select({ userId: usersTable.id, userName: usersTable.name, expiresAt: sessionsTable.expiresAt })
    .from(sessionsTable)
    .innerJoin(usersTable, eq(usersTable.id, sessionsTable.userId))
    .where(and(eq(sessionsTable.idHash, idHash), gt(sessionsTable.expiresAt, now)))
    .get()
}

export function deleteSession(db: Db, idHash: string): void {
  db.delete(sessionsTable).where(eq(sessionsTable.idHash, idHash)).run()
}

/** Sessions past their expiry are useless; dropping them at each sign-in keeps the table small. */
export function deleteExpiredSessions(db: Db, now: number): number {
  return db.delete(sessionsTable).where(lte(sessionsTable.expiresAt, now)).run().changes
}

/** Undefined when the name is taken. */
export function createApiToken(db: Db, name: string, tokenHash: string): number | undefined {
  if (db.select({ id: apiTokensTable.id }).from(apiTokensTable).where(eq(apiTokensTable.name, name)).get()) return undefined
  return db.insert(apiTokensTable).values({ name, tokenHash }).returning({ id: apiTokensTable.id }).get().id
}

/** The token's name, if a token with this hash exists. */
export function findApiToken(db: Db, tokenHash: string): string | undefined {
  return db.select({ name: apiTokensTable.name }).from(apiTokensTable).where(eq(apiTokensTable.tokenHash, tokenHash)).get()?.name
}

export function listApiTokens(db: Db): { name: string; createdAt: string }[] {
  return db.select({ name: apiTokensTable.name, createdAt: apiTokensTable.createdAt }).from(apiTokensTable).orderBy(asc(apiTokensTable.name)).all()
}

export function removeApiToken(db: Db, name: string): boolean {
  return db.delete(apiTokensTable).where(eq(apiTokensTable.name, name)).run().changes > 0
}
