/** Shared asserts for in-process web tests: status, content type and the shape of page vs fragment responses. */
import { expect } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { createApp } from '../../src/web/app.ts'

const app = createApp({ db: openMemoryDb() })

/** Requests a path from an in-process app (no network); `htmx` adds the header htmx sends. */
export function get(path: string, { htmx = false }: { htmx?: boolean } = {}): Promise<Response> {
  return Promise.resolve(app.request(path, { headers: htmx ? { 'HX-Request': 'true' } : {} }))
}

/** A full HTML page: the status given, HTML content type, a doctype and the layout around it. */
export async function expectPage(res: Response, status = 200): Promise<string> {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^text\/html/)
  const body = await res.text()
  expect(body.startsWith('<!DOCTYPE html>')).toBe(true)
  expect(body).toContain('<html lang="en">')
  expect(body).toContain('<script src="/assets/htmx.min.js" defer="">')
  return body
}

/** A fragment: HTML, rooted at `rootId`, and no document shell. */
export async function expectFragment(res: Response, rootId: string, status = 200): Promise<string> {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^text\/html/)
  const body = await res.text()
  expect(body.startsWith(`<section id="${rootId}"`)).toBe(true)
  expect(body).not.toMatch(/<html|<!DOCTYPE|<head|<body/i)
  return body
}

/** The text inside the element with this id (first match; enough for our flat spans and figures). */
export function textOf(html: string, id: string): string | undefined {
  const match = new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html)
  return match?.[1]
}

/** The inner text of the first element carrying `data-testid`. */
export function testIdText(html: string, testId: string): string | undefined {
  return new RegExp(`data-testid="${testId}"[^>]*>([^<]*)<`).exec(html)?.[1]
}
