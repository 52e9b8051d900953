/**
 * Full simulation runs through HTTP, in-process, on the seeded demo workspace: the
 * start form and its 422s beside the field, 404s for unknown scenarios and runs,
 * 403 for cross-site posts, a run followed to its results through the polled status
 * region (286 when finished), Cancel, and the refusal of a third run at once.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { createApp } from '../../src/web/app.ts'
import { simulationJobs } from '../../src/web/jobs/simulation-jobs.ts'
import { RESULTS_TABLE_ID, RUN_CANCEL_ID, RUN_STATUS_ID, TRIALS_ERROR_ID } from '../../views/simulations/ids.ts'
import { formatDuration, monthName, progressFigures } from '../../views/simulations/view-model.ts'
import { expectFragment, expectPage, textOf } from './helpers.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const app = createApp({ db })
const ORIGIN = 'http://localhost'

const get = (path: string, headers: Record<string, string> = {}) => Promise.resolve(app.request(path, { headers }))
const post = (path: string, form: Record<string, string>, headers: Record<string, string> = { Origin: ORIGIN }) =>
  Promise.resolve(app.request(path, { method: 'POST', body: new URLSearchParams(form), headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers } }))

async function startRun(trials: string, scenario = 1): Promise<string> {
  const res = await post(`/scenarios/${scenario}/simulations`, { trials })
  expect(res.status).toBe(303)
  const location = res.headers.get('location')!
  expect(location).toMatch(new RegExp(`^/scenarios/${scenario}/simulations/[0-9a-f-]{36}$`))
  return location
}

/** Polls the status region as htmx does until it answers 286 (finished); returns that last fragment. */
async function pollUntilFinished(runUrl: string): Promise<string> {
  const deadline = Date.now() + 60_000
  for (;;) {
    const res = await get(`${runUrl}/status`, { 'HX-Request': 'true' })
    if (res.status === 286) return res.text()
    expect(res.status).toBe(200)
    if (Date.now() > deadline) throw new Error('run did not finish within 60 s')
    await new Promise((r) => setTimeout(r, 100))
  }
}

afterEach(async () => {
  await simulationJobs.cancelAll()
})

afterAll(async () => {
  await simulationJobs.cancelAll()
})

describe('the start form', () => {
  it('offers 10,000 futures with the scenario’s seed', async () => {
    const html = await expectPage(await get('/scenarios/1/simulations'))
    expect(html).toContain('name="trials"')
    expect(html).toContain('value="10000"')
    expect(html).toMatch(/scenario’s seed \(\s*42\)/)
  })

  it('is a 404 for a scenario that does not exist', async () => {
    await expectPage(await get('/scenarios/999/simulations'), 404)
    await expectPage(await post('/scenarios/999/simulations', { trials: '100' }), 404)
  })

  it.each([
    ['', 'Futures to simulate is required.'],
    ['abc', 'Futures to simulate must be a number.'],
    ['0', 'Futures to simulate must be at least 1.'],
    ['2.5', 'Futures to simulate must be a whole number.'],
    ['100001', 'Futures to simulate must be at most 100,000.'],
    ['1e308', 'Futures to simulate must be at most 100,000.'],
    ['NaN', 'Futures to simulate must be a number.'],
  ])('refuses %j with 422 and says why beside the field', async (trials, message) => {
    const html = await expectPage(await post('/scenarios/1/simulations', { trials }), 422)
    expect(textOf(html, TRIALS_ERROR_ID)).toBe(message)
    expect(html).toContain('aria-invalid="true"')
    expect(simulationJobs.running()).toHaveLength(0)
  })

  it('echoes what was typed, escaped', async () => {
    const html = await expectPage(await post('/scenarios/1/simulations', { trials: '"><script>x</script>' }), 422)
    expect(html).not.toContain('<script>x</script>')
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"')
  })
})

describe('cross-site requests', () => {
  it.each([
    ['another origin', { Origin: 'https://evil.example' }],
    ['a cross-site fetch', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses a start from %s with 403 and starts nothing', async (_, headers: Record<string, string>) => {
    await expectPage(await post('/scenarios/1/simulations', { trials: '100' }, headers), 403)
    expect(simulationJobs.running()).toHaveLength(0)
  })

  it('refuses a cross-site Cancel with 403 and leaves the run going', async () => {
    const run = await startRun('100000')
    await expectPage(await post(`${run}/cancel`, {}, { Origin: 'https://evil.example' }), 403)
    expect(simulationJobs.running()).toHaveLength(1)
  })
})

describe('a run', () => {
  it('goes from its progress page to the results, polled by htmx and stopped with 286', { timeout: 90_000 }, async () => {
    const run = await startRun('200')
    const page = await expectPage(await get(run))
    expect(page).toContain('<progress id="full-run-progress"')
    expect(page).toContain(`hx-trigger="every 500ms"`)
    expect(page).toContain('<noscript><meta http-equiv="refresh" content="1"></noscript>')
    expect(page).toContain(`id="${RUN_CANCEL_ID}"`)
    const last = await pollUntilFinished(run)
    expect(last.startsWith(`<section id="${RUN_STATUS_ID}"`)).toBe(true)
    expect(last).not.toContain('hx-trigger')
    expect(last).toContain(`<div id="${RUN_CANCEL_ID}" hx-swap-oob="true"></div>`)
    expect(last).toMatch(/Done: 200 futures from seed 42 in [\d.]+ s\./)
    expect(last).toContain(`id="${RESULTS_TABLE_ID}"`)
    for (const name of ['In-house, Charlotte', 'Onshore partner, Dallas (per hour)', 'Nearshore partner, Monterrey (per interaction)', 'Offshore partner, Manila (per FTE)', 'Whole scenario']) {
      expect(last).toContain(name)
    }
    const done = await expectPage(await get(run))
    expect(done).not.toContain('http-equiv="refresh"')
    expect(done).not.toContain(`id="${RUN_CANCEL_ID}"`)
    expect(done).toContain('How these futures were drawn')
  })

  it('can be cancelled: the page then says so and shows nothing as the full run’s figures', { timeout: 60_000 }, async () => {
    const run = await startRun('100000')
    const res = await post(`${run}/cancel`, {})
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(run)
    const html = await expectPage(await get(run))
    expect(html).toMatch(/Run cancelled after [\d,]+ of 100,000 futures/)
    expect(html).not.toContain('hx-trigger')
    expect(html).not.toContain('Done:')
    expect(html).not.toContain('<caption>Full run:')
    const fragment = await get(`${run}/status`, { 'HX-Request': 'true' })
    expect(fragment.status).toBe(286)
  })

  it('is a 404 under another scenario’s URL, and for an id never given', async () => {
    const run = await startRun('100000')
    await expectPage(await get(run.replace('/scenarios/1/', '/scenarios/2/')), 404)
    await expectPage(await get('/scenarios/1/simulations/00000000-0000-0000-0000-000000000000'), 404)
    await expectPage(await post('/scenarios/1/simulations/00000000-0000-0000-0000-000000000000/cancel', {}), 404)
  })

  it('stops htmx polling (286) with a message when the run is no longer known', async () => {
    const res = await get('/scenarios/1/simulations/00000000-0000-0000-0000-000000000000/status', { 'HX-Request': 'true' })
    const html = await expectFragment(res, RUN_STATUS_ID, 286)
    expect(html).toContain('no longer known')
  })

  it('refuses a third run while two are going, with 429 and a message on the form page', async () => {
    await startRun('100000')
    await startRun('100000')
    const res = await post('/scenarios/1/simulations', { trials: '5000' })
    const html = await expectPage(res, 429)
    expect(res.headers.get('retry-after')).toBe('10')
    expect(html).toContain('Two full runs are going already')
    expect(html).toContain('value="5000"')
    expect(html).toContain('Recent runs')
  })
})

describe('the run page’s figures', () => {
  it('formats durations in seconds under a minute, minutes and seconds beyond', () => {
    expect(formatDuration(9_840)).toBe('9.8 s')
    expect(formatDuration(72_400)).toBe('1 min 12 s')
    expect(formatDuration(NaN)).toBe('—')
  })

  it('estimates the time remaining from the pace since the first trial, not since the start', () => {
    const p = progressFigures({ state: 'running', done: 2_500, total: 10_000, startedAt: 0, trialsStartedAt: 1_000 }, 6_000)
    expect(p).toEqual({ done: 2_500, total: 10_000, futures: '2,500 of 10,000 futures', percent: '25.0%', elapsed: '6.0 s elapsed', remaining: 'about 15.0 s remaining' })
    expect(progressFigures({ state: 'running', done: 0, total: 10, startedAt: 0 }, 500).remaining).toBe('staffing and pricing the plan first')
  })

  it('names months as a reader says them', () => {
    expect(monthName('2027-01')).toBe('Jan 2027')
  })
})
