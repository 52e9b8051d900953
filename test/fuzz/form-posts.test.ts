/**
 * Fuzzing form posts with wrong types: every form a page offers (options, scenarios, forecast
 * generate and rename, activity weights and days, the full-run form) posted as a browser would,
 * then damaged: hostile values, repeated and missing fields, files for text, JSON, plain text or
 * broken multipart bodies. Never a 500; a refused post writes nothing.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { anyFieldText, extremeNumberText, nastyText } from './arbitraries.ts'
import { formsOf, type PageForm } from './forms.ts'
import { dbDigest, demoWorkspace, SAME_ORIGIN, Tally } from './harness.ts'

const ws = demoWorkspace()
const tally = new Tally('form-posts', ws)

/** The page each form is read from, and the action it posts to. */
const TARGETS: { page: string; action: string; runs: number }[] = [
  { page: '/options/new', action: '/options', runs: 50 },
  { page: '/options/2/edit', action: '/options/2', runs: 50 },
  { page: '/options/2/edit', action: '/options/validate', runs: 30 },
  { page: '/scenarios/new', action: '/scenarios', runs: 30 },
  { page: '/scenarios/1/edit', action: '/scenarios/1', runs: 50 },
  { page: '/forecasts/generate', action: '/forecasts/generate', runs: 40 },
  { page: '/forecasts/1', action: '/forecasts/1/rename', runs: 25 },
  { page: '/scenarios/1/rename', action: '/scenarios/1/rename', runs: 25 },
  { page: '/activity', action: '/activity/weights', runs: 30 },
  { page: '/activity', action: '/activity/days', runs: 30 },
  { page: '/scenarios/1/simulations', action: '/scenarios/1/simulations', runs: 25 },
]

const forms = new Map<string, PageForm>()
beforeAll(async () => {
  for (const t of TARGETS) {
    const form = formsOf(await (await ws.app.request(t.page)).text()).find((f) => f.action === t.action || (t.action === '/options/validate' && f.action === '/options/2'))
    if (!form) throw new Error(`no form posting to ${t.action} on ${t.page}`)
    forms.set(`${t.page} ${t.action}`, form)
  }
})

type BodyKind = 'urlencoded' | 'multipart' | 'multipart-file' | 'json' | 'text' | 'broken-multipart' | 'empty'
const bodyKind = fc.constantFrom<BodyKind>('urlencoded', 'urlencoded', 'urlencoded', 'urlencoded', 'multipart', 'multipart-file', 'json', 'text', 'broken-multipart', 'empty')

/** The damage done to a browser's post: values replaced, fields repeated, dropped or invented. */
const damage = fc.record({
  replace: fc.array(fc.record({ at: fc.nat(), value: fc.oneof(extremeNumberText, nastyText, anyFieldText) }), { maxLength: 4 }),
  repeat: fc.array(fc.record({ at: fc.nat(), value: extremeNumberText }), { maxLength: 2 }),
  drop: fc.array(fc.nat(), { maxLength: 2 }),
  invent: fc.array(fc.tuple(fc.oneof(nastyText, fc.constantFrom('intent', 'hours.9.open', 'channels.other99', 'tier.99.price', 'optionIds', 'forecastId', '__proto__', 'constructor')), extremeNumberText), { maxLength: 2 }),
  button: fc.nat(),
  kind: bodyKind,
})

type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never

function damaged(form: PageForm, d: Damage): [string, string][] {
  const fields = form.fields.map(([k, v]): [string, string] => [k, v])
  if (fields.length) {
    for (const r of d.replace) fields[r.at % fields.length]![1] = r.value
    for (const r of d.repeat) fields.push([fields[r.at % fields.length]![0], r.value])
    for (const at of d.drop) fields.splice(at % fields.length, 1)
  }
  fields.push(...d.invent)
  if (form.buttons.length) fields.push(form.buttons[d.button % form.buttons.length]!)
  return fields
}

function bodyInit(fields: [string, string][], kind: BodyKind, htmx: boolean): RequestInit {
  // A header carries only visible ASCII (fetch refuses anything else before the server sees it).
  const trigger = (fields[0]?.[0] ?? '').replace(/[^\x20-\x7e]/g, '')
  const headers: Record<string, string> = { ...SAME_ORIGIN, ...(htmx ? { 'HX-Request': 'true', 'HX-Trigger-Name': trigger } : {}) }
  switch (kind) {
    case 'urlencoded': {
      const body = new URLSearchParams()
      for (const [k, v] of fields) body.append(k, v)
      return { method: 'POST', body, headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' } }
    }
    case 'multipart':
    case 'multipart-file': {
      const body = new FormData()
      fields.forEach(([k, v], i) => (kind === 'multipart-file' && i % 3 === 0 ? body.append(k, new File([v], `${v.slice(0, 20)}.txt`)) : body.append(k, v)))
      return { method: 'POST', body, headers }
    }
    case 'json':
      return { method: 'POST', body: JSON.stringify(Object.fromEntries(fields)), headers: { ...headers, 'Content-Type': 'application/json' } }
    case 'text':
      return { method: 'POST', body: fields.map(([k, v]) => `${k}=${v}`).join('\n'), headers: { ...headers, 'Content-Type': 'text/plain' } }
    case 'broken-multipart':
      return { method: 'POST', body: `--x\r\nContent-Disposition: form-data; name="${fields[0]?.[0] ?? 'a'}"\r\n\r\nvalue`, headers: { ...headers, 'Content-Type': 'multipart/form-data; boundary=x' } }
    case 'empty':
      return { method: 'POST', headers }
  }
}

/** The full-run form starts a background simulation when its one field is valid: only invalid values are sent there. */
const startsARun = (action: string, fields: [string, string][]) => {
  if (!action.endsWith('/simulations')) return false
  const trials = fields.filter(([k]) => k === 'trials').at(-1)?.[1]
  return trials !== undefined && /^\s*\d[\d,]*\s*$/.test(trials) && Number(trials.replace(/,/g, '')) >= 1 && Number(trials.replace(/,/g, '')) <= 100_000
}

describe('form posts with wrong types', () => {
  for (const t of TARGETS) {
    it(`POST ${t.action} (form of ${t.page}): any damage is answered without a 500, and a refusal writes nothing`, async () => {
      const form = () => forms.get(`${t.page} ${t.action}`)!
      await fc.assert(
        fc.asyncProperty(damage, fc.boolean(), async (d, htmx) => {
          const fields = damaged(form(), d)
          if (startsARun(t.action, fields)) return
          const before = dbDigest(ws.db)
          const res = await tally.expectNoServerError(t.action, bodyInit(fields, d.kind, htmx))
          if (res.status >= 400 || t.action === '/options/validate') expect(dbDigest(ws.db), `${res.status} wrote to the database`).toBe(before)
        }),
        { numRuns: t.runs },
      )
    })
  }
})
