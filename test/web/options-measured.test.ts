/**
 * "Use measured quality" on an option's page: measured beside stated with the period, Apply
 * writing FCR, escalation and the AHT factor (200/303, 422, 403, 404), the page then saying the
 * figures are measured, and how the option counts its service level stated and kept.
 */
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { listKpiObservations } from '../../src/db/kpi-observations.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { getOption } from '../../src/db/sourcing-options.ts'
import { measuredQuality } from '../../src/domain/quality/measured-quality.ts'
import { createApp } from '../../src/web/app.ts'
import { optionFormValues } from '../../views/options/form-values.ts'
import { expectPage } from './helpers.ts'

const ORIGIN = 'http://localhost'
const db = openMemoryDb()
seedDemoIfEmpty(db)
const app = createApp({ db })
const get = (path: string) => Promise.resolve(app.request(path))
const post = (path: string, fields: Record<string, string>, origin = ORIGIN) =>
  Promise.resolve(app.request(path, { method: 'POST', body: new URLSearchParams(fields), headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' } }))
const panel = async (path: string, status = 200) => parseHTML(await expectPage(await get(path), status)).document.querySelector('#measured-quality')!
/** Option 2 is the demo's onshore partner, with twelve months of demo KPI data. */
const PARTNER = 2

describe('GET /options/:id/edit: measured quality', () => {
  it('shows measured FCR, escalation and AHT beside the stated ones, with the period and how each was pooled', async () => {
    const p = await panel(`/options/${PARTNER}/edit`)
    expect(p.textContent).toContain('2026-05 to 2026-10')
    const fcr = p.querySelector('tr[data-kpi="fcr"]')!.querySelectorAll('td')
    expect(fcr[0]!.textContent).toMatch(/^\d+\.\d%$/)
    expect(fcr[1]!.textContent).toMatch(/^\d+\.\d%pooled over [\d,]+ across 6 periods$/)
    expect(p.querySelector('tr[data-kpi="aht"]')!.textContent).toMatch(/× \d\.\d{3} of [\d,]+ s, the mean AHT of “/)
    expect(p.querySelector('[data-testid="quality-source"]')!.textContent).toMatch(/^Source: stated\./)
    expect(p.querySelector('form[action="/options/2/measured-quality"] button')!.textContent).toBe('Apply measured values')
    expect(p.textContent).toContain('These are demo figures.')
  })

  it('takes the last 3 or 12 months when asked, and the default for anything else', async () => {
    expect((await panel(`/options/${PARTNER}/edit?window=3`)).textContent).toContain('2026-08 to 2026-10')
    expect((await panel(`/options/${PARTNER}/edit?window=12`)).textContent).toContain('2025-11 to 2026-10')
    expect((await panel(`/options/${PARTNER}/edit?window=5`)).textContent).toContain('2026-05 to 2026-10')
  })
})

describe('POST /options/:id/measured-quality', () => {
  it('refuses a cross-site request with 403 and changes nothing', async () => {
    const before = getOption(db, PARTNER)!
    const res = await post(`/options/${PARTNER}/measured-quality`, { window: '6' }, 'https://evil.example')
    expect(res.status).toBe(403)
    expect(getOption(db, PARTNER)!.fcr).toBe(before.fcr)
  })

  it('answers 404 for an unknown option', async () => {
    expect((await post('/options/999/measured-quality', { window: '6' })).status).toBe(404)
  })

  it('answers 422 naming the period when it is not 3, 6 or 12 months, and changes nothing', async () => {
    const before = getOption(db, PARTNER)!
    const res = await post(`/options/${PARTNER}/measured-quality`, { window: '7' })
    const html = await expectPage(res, 422)
    expect(html).toContain('Not applied. Period must be 3, 6 or 12 months.')
    expect(getOption(db, PARTNER)).toEqual(before)
  })

  it('answers 422 for an option without KPI data: nothing to apply', async () => {
    const copy = await post(`/options/${PARTNER}/clone`, {})
    const id = Number(/\/options\/(\d+)\/edit/.exec(copy.headers.get('Location')!)![1])
    const html = await expectPage(await post(`/options/${id}/measured-quality`, { window: '6' }), 422)
    expect(html).toContain('Not applied: no measured FCR and escalation rate in this period, so there is nothing to apply.')
  })

  it('writes the measured FCR, escalation rate and AHT factor into the option, then the page says they are measured', async () => {
    const res = await post(`/options/${PARTNER}/measured-quality`, { window: '3' })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`/options/${PARTNER}/edit?window=3&applied=1#measured-quality`)
    const m = measuredQuality(listKpiObservations(db, [PARTNER]), 3)!
    const option = getOption(db, PARTNER)!
    expect(option.fcr).toBe(Number(m.fcr!.value.toFixed(4)))
    expect(option.escalationRate).toBe(Number(m.escalationRate!.value.toFixed(4)))
    const factors = new Set(option.channels.map((c) => option.ahtFactor[c]))
    expect(factors.size).toBe(1)
    expect([...factors][0]).not.toBe(1)
    const p = await panel(res.headers.get('Location')!)
    expect(p.querySelector('.notice')!.textContent).toBe('Applied: this option now uses the measured values of 2026-08 to 2026-10.')
    expect(p.querySelector('[data-testid="quality-source"]')!.textContent).toMatch(/^Source: measured\. .* are the measured values of 2026-08 to 2026-10\./)
    expect(p.querySelector('form[action$="/measured-quality"]')).toBeNull()
    // Another period holds other values: the option's figures are not those.
    expect((await panel(`/options/${PARTNER}/edit?window=12`)).querySelector('[data-testid="quality-source"]')!.textContent).toMatch(/^Source: stated\./)
  })
})

describe('POST /options/:id/service-level-reporting', () => {
  const definition = { window: '6', slShortAbandons: 'excluded', slAnswerWithinSeconds: '20', slShortAbandonSeconds: '5', slShortAbandonSharePercent: '4' }

  it('stores how the option counts service level, and an edit of the option keeps it', async () => {
    const res = await post(`/options/${PARTNER}/service-level-reporting`, definition)
    expect(res.status).toBe(303)
    expect(getOption(db, PARTNER)!.serviceLevelReporting).toEqual({ shortAbandonsExcluded: true, shortAbandonSeconds: 5, answerWithinSeconds: 20, shortAbandonShare: 0.04 })
    const saved = await post(`/options/${PARTNER}`, optionFormValues(getOption(db, PARTNER)!))
    expect(saved.status).toBe(303)
    expect(getOption(db, PARTNER)!.serviceLevelReporting?.shortAbandonShare).toBe(0.04)
  })

  it('answers 422 naming the field, with what was typed kept', async () => {
    const html = await expectPage(await post(`/options/${PARTNER}/service-level-reporting`, { ...definition, slShortAbandonSharePercent: '60' }), 422)
    const p = parseHTML(html).document.querySelector('#measured-quality')!
    expect(p.querySelector('#err-slShortAbandonSharePercent')!.textContent).toBe('Must be less than 50.')
    expect(p.querySelector('#slr-slShortAbandonSharePercent')!.getAttribute('value')).toBe('60')
  })

  it('lets the compare page convert the partner’s reported service level once it is stated', async () => {
    const blend = { ...definition, slAnswerWithinSeconds: '' }
    expect((await post(`/options/${PARTNER}/service-level-reporting`, blend)).status).toBe(303)
    expect(getOption(db, PARTNER)!.serviceLevelReporting?.answerWithinSeconds).toBeNull()
    const document = parseHTML(await expectPage(await get('/scenarios/1/compare'))).document
    const column = [...document.querySelectorAll('#compare-table thead th')].slice(1).findIndex((th) => th.textContent!.startsWith('Onshore partner'))
    const work = document.querySelectorAll('tr[data-metric="quality_score"] td')[column]!.textContent!
    expect(work).toMatch(/Service level \(measured, scenario’s definition\)/)
    expect(work).toMatch(/answered within each channel’s T, converted from short abandons within 5 s excluded: 0\.\d+ × \(1 − 0\.04\) = 0\.\d+\./)
  })

  it('clears the definition when it is "not stated"', async () => {
    expect((await post(`/options/${PARTNER}/service-level-reporting`, { window: '6', slShortAbandons: 'unstated' })).status).toBe(303)
    expect(getOption(db, PARTNER)!.serviceLevelReporting).toBeUndefined()
  })

  it('answers 404 for an unknown option and 403 for a cross-site request', async () => {
    expect((await post('/options/999/service-level-reporting', definition)).status).toBe(404)
    expect((await post(`/options/${PARTNER}/service-level-reporting`, definition, 'https://evil.example')).status).toBe(403)
  })
})
