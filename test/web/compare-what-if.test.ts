/**
 * The compare page's live what-if through HTTP, in-process: the results fragment and
 * its out-of-band messages, what-if links, exports that follow the what-if, and Save
 * (all or nothing), each on a fresh seeded workspace.
 */
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { getScenario } from '../../src/db/scenarios.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { getOption } from '../../src/db/sourcing-options.ts'
import { createApp } from '../../src/web/app.ts'
import { rowCounts } from '../db/helpers.ts'
import { expectPage } from './helpers.ts'

const ORIGIN = 'http://localhost'

function workspace() {
  const db = openMemoryDb()
  seedDemoIfEmpty(db)
  const app = createApp({ db })
  const get = (path: string, htmx = false) => Promise.resolve(app.request(path, { headers: htmx ? { 'HX-Request': 'true' } : {} }))
  const post = (path: string, fields: Record<string, string>, htmx = false) =>
    Promise.resolve(
      app.request(path, {
        method: 'POST',
        body: new URLSearchParams(fields),
        headers: { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded', ...(htmx ? { 'HX-Request': 'true' } : {}) },
      }),
    )
  return { db, get, post }
}

/** The whole scenario's annual cost as the CSV states it. */
async function scenarioCost(res: Response): Promise<number> {
  const rows = parse(await res.text(), { columns: true }) as Record<string, string>[]
  const row = rows.find((r) => r.kind === 'scenario')!
  return Number(Object.entries(row).find(([k]) => k.startsWith('annual_cost'))![1])
}

describe('GET /scenarios/:id/compare/results', () => {
  it('answers the results region, every field’s message slot and the status line out of band', async () => {
    const w = workspace()
    const res = await w.get('/scenarios/1/compare/results?growth=10', true)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html.startsWith('<div id="compare-results"')).toBe(true)
    expect(html).not.toMatch(/<html|<!DOCTYPE/i)
    expect(html).toContain('id="wi-growth-error" class="field__error" aria-live="polite" hx-swap-oob="innerHTML"></span>')
    expect(html).toMatch(/id="what-if-status" hx-swap-oob="innerHTML">1 unsaved change:/)
    expect(html).toContain('What-if, not saved.')
    expect(html).toMatch(/Volume growth: 3 % → <strong>10 %<\/strong>/)
  })

  it('puts the page’s what-if URL, not the fragment’s, in the address bar', async () => {
    const res = await workspace().get('/scenarios/1/compare/results?growth=10&aht=0', true)
    expect(res.headers.get('HX-Replace-Url')).toBe('/scenarios/1/compare?growth=10')
  })

  it('keeps the last results on screen for invalid input: 422, no swap, the message beside the field', async () => {
    const res = await workspace().get('/scenarios/1/compare/results?growth=lots', true)
    expect(res.status).toBe(422)
    expect(res.headers.get('HX-Reswap')).toBe('none')
    const html = await res.text()
    expect(html).not.toContain('compare-results')
    expect(html).toContain('hx-swap-oob="innerHTML">Volume growth must be a number (a percent).</span>')
    expect(html).toContain('Some fields need fixing')
  })

  it('costs more with more volume, and the same again with the same what-if', async () => {
    const w = workspace()
    const base = await scenarioCost(await w.get('/scenarios/1/compare.csv'))
    const more = await scenarioCost(await w.get('/scenarios/1/compare.csv?growth=20'))
    const again = await scenarioCost(await w.get('/scenarios/1/compare.csv?growth=20'))
    expect(more).toBeGreaterThan(base)
    expect(again).toBe(more)
  })

  it('is a 404 for a scenario that does not exist', async () => {
    expect((await workspace().get('/scenarios/999/compare/results', true)).status).toBe(404)
  })
})

describe('GET /scenarios/:id/compare with a what-if', () => {
  it('draws the form with the typed values and the results for them', async () => {
    const html = await expectPage(await workspace().get('/scenarios/1/compare?growth=10&option-3-price=5'))
    expect(html).toContain('name="growth" type="text" inputmode="decimal" autocomplete="off" spellcheck="false" value="10"')
    expect(html).toMatch(/Nearshore partner, Monterrey \(per interaction\): prices: 0 % → <strong>\+5 %<\/strong>/)
    expect(html).toContain('Saving also changes the sourcing options marked above')
  })

  it('is a 422 page with the message beside the field, and the typed text escaped', async () => {
    const w = workspace()
    const html = await expectPage(await w.get(`/scenarios/1/compare?growth=${encodeURIComponent('<script>"x')}`), 422)
    expect(html).toContain('value="&lt;script&gt;&quot;x"')
    expect(html).not.toContain('<script>"x')
    expect(html).toContain('Volume growth must be a number (a percent).')
    expect(html).toContain('Fix the fields marked in the form')
  })

  it('links to the printable report, scenario versus scenario and a full simulation run', async () => {
    const html = await expectPage(await workspace().get('/scenarios/1/compare'))
    expect(html).toContain('href="/scenarios/1/report"')
    expect(html).toContain('href="/scenarios/versus"')
    expect(html).toContain('action="/scenarios/1/simulations"')
  })

  it('keeps the what-if in the invoice month links and the downloads', async () => {
    const html = await expectPage(await workspace().get('/scenarios/1/compare?growth=10'))
    expect(html).toContain('href="/scenarios/1/compare.csv?growth=10"')
    expect(html).toContain('href="/scenarios/1/compare?growth=10&amp;month=2026-05#compare-invoices"')
  })
})

describe('POST /scenarios/:id/compare/save', () => {
  it('saves the scenario’s assumptions and the changed option, then shows the saved page', async () => {
    const w = workspace()
    const before = getOption(w.db, 3)!
    const untouched = getOption(w.db, 2)!
    const res = await w.post('/scenarios/1/compare/save', { growth: '10', 'channel-0-sl': '85', 'option-3-price': '10', seed: '7' })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/scenarios/1/compare?saved=1')
    const s = getScenario(w.db, 1)!
    expect(s.growth.volume).toBe(0.1)
    expect(s.channels[0]!.targets.serviceLevel).toBe(0.85)
    expect(s.uncertainty.seed).toBe(7)
    const after = getOption(w.db, 3)!
    expect(JSON.stringify(after.terms)).not.toBe(JSON.stringify(before.terms))
    expect(getOption(w.db, 2)!.updatedAt).toBe(untouched.updatedAt)
    const page = await expectPage(await w.get('/scenarios/1/compare?saved=1'))
    expect(page).toContain('Saved. These are the scenario’s figures as stored.')
    expect(page).toContain('No unsaved changes')
  })

  it('asks htmx for a full navigation after saving', async () => {
    const res = await workspace().post('/scenarios/1/compare/save', { growth: '4' }, true)
    expect(res.status).toBe(204)
    expect(res.headers.get('HX-Redirect')).toBe('/scenarios/1/compare?saved=1')
  })

  it('writes nothing when a field is wrong: 422 with the message beside it', async () => {
    const w = workspace()
    const before = rowCounts(w.db)
    const saved = getScenario(w.db, 1)!
    const res = await w.post('/scenarios/1/compare/save', { growth: '10', 'channel-0-share-1': '90' })
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('The shares of voice add up to 150 %; they must add up to 100 %.')
    expect(getScenario(w.db, 1)).toEqual(saved)
    expect(rowCounts(w.db)).toEqual(before)
  })

  it('answers htmx’s invalid save with the messages only', async () => {
    const res = await workspace().post('/scenarios/1/compare/save', { seed: 'x' }, true)
    expect(res.status).toBe(422)
    expect(res.headers.get('HX-Reswap')).toBe('none')
    expect(await res.text()).toContain('Random seed must be a number.')
  })

  it('is a 404 for a scenario that does not exist', async () => {
    expect((await workspace().post('/scenarios/999/compare/save', { growth: '1' })).status).toBe(404)
  })
})
