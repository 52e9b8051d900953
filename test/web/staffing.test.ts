import { describe, expect, it } from 'vitest'
import {
  FORM_ID,
  RESULTS_ID,
  STAFFING_RESULTS_PATH,
  STATUS_ID,
  fieldErrorId,
} from '../../views/staffing/staffing-page.tsx'
import { expectFragment, expectPage, get, testIdText, textOf } from './helpers.ts'

describe('GET /staffing', () => {
  it('renders the page with the form, its defaults and the answer for them', async () => {
    const html = await expectPage(await get('/staffing'))
    expect(html).toContain(`<form id="${FORM_ID}"`)
    expect(html).toContain('method="get" action="/staffing"')
    expect(html).toContain(`hx-get="${STAFFING_RESULTS_PATH}"`)
    expect(html).toContain(`hx-target="#${RESULTS_ID}"`)
    expect(html).toContain('hx-sync="this:replace"')
    expect(html).toMatch(/<input id="field-contacts" name="contacts"[^>]*inputmode="decimal"[^>]*value="100"/)
    // 100 contacts in 30 min at 180 s AHT is 10 Erlangs; 80% in 20 s needs 14 agents (13 give 79.6%).
    expect(testIdText(html, 'agents')).toBe('14')
    expect(html).toContain('10.00 Erlangs')
    expect(html).toContain('Erlang C (M/M/N)')
  })

  it('renders the answer for the question in the URL, so a link reproduces it', async () => {
    const html = await expectPage(await get('/staffing?contacts=200&ahtSeconds=180&intervalSeconds=1800'))
    expect(html).toContain('value="200"')
    expect(html).toContain('20.00 Erlangs')
  })

  it('uses the same results markup as the fragment endpoint', async () => {
    const page = await (await get('/staffing?contacts=250')).text()
    const fragment = await (await get(`${STAFFING_RESULTS_PATH}?contacts=250`, { htmx: true })).text()
    const results = fragment.slice(0, fragment.indexOf('</section>') + '</section>'.length)
    expect(page).toContain(results)
  })

  it('highlights the answer row in the N−3…N+3 table', async () => {
    const html = await (await get('/staffing')).text()
    const rows = html.match(/<tr class="is-answer">/g) ?? []
    expect(rows).toHaveLength(1)
    expect(html).toMatch(/<tr class="is-answer"><th scope="row"><span class="tag">answer<\/span>14</)
    for (const agents of [11, 12, 13, 15, 16, 17]) expect(html).toContain(`<th scope="row">${agents}</th>`)
  })

  it('draws the chart as inline SVG with a title and no style attributes or style elements', async () => {
    const html = await (await get('/staffing?patienceSeconds=120&maxAbandonPercent=5')).text()
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? ''
    expect(svg).toContain('<title id="staffing-curve-title">Service level and abandonment by number of agents</title>')
    expect(svg).toContain('Productive agents')
    expect(svg).toContain('Abandonment')
    expect(html).not.toMatch(/\sstyle=/)
    expect(html).not.toMatch(/<style/)
  })

  it('explains chat concurrency in plain words', async () => {
    const html = await (await get('/staffing?channel=chat&concurrency=3')).text()
    expect(html).toContain('Each agent works up to 3 chats at once')
    expect(html).toContain('Traffic (in chat slots)')
  })

  it('names Erlang A when a patience is given, and shows abandonment', async () => {
    const html = await (await get('/staffing?patienceSeconds=90')).text()
    expect(html).toContain('Erlang A (M/M/N+M)')
    expect(html).toContain('callers hang up after 90 s on average')
  })

  it('evaluates a fixed headcount when agents are given', async () => {
    const html = await (await get('/staffing?agents=12')).text()
    expect(html).toContain('Agents evaluated')
    expect(html).toContain('<span class="tag">evaluated</span>12')
    expect(testIdText(html, 'agents')).toBe('12')
    expect(html).toContain('Misses the service level target.')
  })

  it('explains in plain words when no headcount meets the targets', async () => {
    const html = await expectPage(await get('/staffing?contacts=100&maxOccupancyPercent=0.001'))
    expect(html).toContain('No headcount up to 200,000 agents meets these targets.')
  })

  it('formats large figures with thousands separators', async () => {
    const html = await (await get('/staffing?contacts=60000&intervalSeconds=3600')).text()
    expect(testIdText(html, 'agents')).toMatch(/^\d{1,3}(,\d{3})+$/)
    expect(html).toContain('3,000.00 Erlangs')
  })
})

describe('GET /staffing/results', () => {
  it('returns only the results fragment, with out-of-band error slots and status', async () => {
    const res = await get(`${STAFFING_RESULTS_PATH}?contacts=300`, { htmx: true })
    const html = await expectFragment(res, RESULTS_ID)
    expect(html).toContain(`<span id="${fieldErrorId('contacts')}" class="field__error" aria-live="polite" hx-swap-oob="innerHTML"></span>`)
    expect(html).toContain(`<p id="${STATUS_ID}" hx-swap-oob="innerHTML">`)
    expect(html).toContain('30.00 Erlangs')
  })

  it('pushes the page URL (not the fragment URL) into history', async () => {
    const res = await get(`${STAFFING_RESULTS_PATH}?contacts=300&channel=voice`, { htmx: true })
    expect(res.headers.get('HX-Push-Url')).toBe('/staffing?contacts=300&channel=voice')
  })
})

describe('invalid input', () => {
  const invalid = 'contacts=-5&ahtSeconds=abc&targetServiceLevelPercent=150'

  it('answers the fragment with 422 and each message in the slot beside its field', async () => {
    const html = await expectFragment(await get(`${STAFFING_RESULTS_PATH}?${invalid}`, { htmx: true }), RESULTS_ID, 422)
    expect(textOf(html, fieldErrorId('contacts'))).toBe('Contacts per interval must be at least 0.')
    expect(textOf(html, fieldErrorId('ahtSeconds'))).toBe('AHT must be a number.')
    expect(textOf(html, fieldErrorId('targetServiceLevelPercent'))).toBe('Target service level must be at most 100%.')
    expect(textOf(html, fieldErrorId('shrinkagePercent'))).toBe('')
  })

  it('renders the whole page with 422 and the messages beside the fields when JavaScript is off', async () => {
    const html = await expectPage(await get(`/staffing?${invalid}`), 422)
    expect(html).toMatch(/name="contacts"[^>]*value="-5"[\s\S]*?Contacts per interval must be at least 0\./)
    expect(html).toMatch(/name="ahtSeconds"[^>]*value="abc"[\s\S]*?AHT must be a number\./)
    expect(html).toContain('aria-invalid="true"')
    expect(html).toContain('No answer yet')
  })

  it('states percent bounds in percent', async () => {
    const html = await (await get(`${STAFFING_RESULTS_PATH}?shrinkagePercent=100`)).text()
    expect(textOf(html, fieldErrorId('shrinkagePercent'))).toBe('Shrinkage must be less than 100%.')
  })

  it.each([
    '?contacts=',
    '?contacts=1e400',
    '?contacts=NaN&ahtSeconds=Infinity',
    '?intervalSeconds=0',
    '?intervalSeconds=%FF',
    '?channel=fax&concurrency=-1',
    '?contacts[]=1&contacts[]=2',
    '?contacts=1&contacts=2',
    '?agents=1.5&patienceSeconds=0',
    '?%00=%00&targetServiceLevelPercent=%E2%80%AE',
    '?contacts=<5,000 nines>',
    '?contacts=10000000&ahtSeconds=86400&intervalSeconds=60',
    '?maxAbandonPercent=0&patienceSeconds=1',
    '?targetServiceLevelPercent=100&answerWithinSeconds=0',
  ])('never fails with a 500 for %s', async (label) => {
    const query = label.replace('<5,000 nines>', '9'.repeat(5000))
    for (const path of ['/staffing', STAFFING_RESULTS_PATH]) {
      const res = await get(`${path}${query}`)
      expect([200, 422]).toContain(res.status)
      expect(await res.text()).not.toMatch(/at \S+ \(|Error:/)
    }
  })

  it('escapes markup typed into a field', async () => {
    const attack = encodeURIComponent('<script>alert(1)</script>')
    const html = await (await get(`/staffing?contacts=${attack}&ahtSeconds="><img src=x onerror=alert(1)>`)).text()
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"')
  })
})

describe('app shell', () => {
  it('sends a Content-Security-Policy that allows only our own scripts and styles', async () => {
    const csp = (await get('/staffing')).headers.get('Content-Security-Policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
  })

  it('serves htmx from the installed package as JavaScript with a long cache', async () => {
    const res = await get('/assets/htmx.min.js')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(res.headers.get('cache-control')).toContain('max-age=31536000')
    expect(await res.text()).toContain('htmx')
  })

  it('serves the stylesheet as CSS', async () => {
    const res = await get('/assets/app.css')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/css/)
  })

  it('configures htmx to swap 422 responses', async () => {
    const html = await (await get('/')).text()
    const content = /<meta name="htmx-config" content="([^"]*)"/.exec(html)?.[1] ?? ''
    const config = JSON.parse(content.replaceAll('&quot;', '"'))
    expect(config.responseHandling.find((r: { code: string }) => new RegExp(r.code).test('422')).swap).toBe(true)
  })

  it('renders a 404 page for unknown routes', async () => {
    const html = await expectPage(await get('/no-such-page'), 404)
    expect(html).toContain('Page not found')
  })

  it('renders the home and methods pages', async () => {
    expect(await expectPage(await get('/'))).toContain('href="/staffing"')
    const methods = await expectPage(await get('/methods'))
    expect(methods).toContain('B(n) = A·B(n−1) / (n + A·B(n−1))')
    expect(methods).toContain('1e-9')
    expect(methods).toContain('40 hours a week')
  })
})
