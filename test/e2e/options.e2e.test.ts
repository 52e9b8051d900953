/**
 * Browser test against the real server: a new partner option typed into the form,
 * per-interaction pricing chosen, a message beside a wrong field that clears once
 * fixed, the save landing on the list; no console errors, no CSP violations.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { cspViolations, htmxReady, openPage, type PageProblems, SCREENSHOTS, serverAndBrowser } from './harness.ts'

const env = serverAndBrowser()

/** Scrolled to the end first, so the sticky save bar sits where the form ends rather than across the middle of the image. */
async function screenshotForm(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, document.body.scrollHeight)')
  await page.screenshot({ path: `${SCREENSHOTS}/${name}`, fullPage: true })
}

describe('sourcing options in a browser', () => {
  it('creates a partner with per-interaction pricing through the form and lists it', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(env.browser, 1280, problems)
    await page.goto(`${env.server.baseUrl}/options/new`)
    await htmxReady(page)

    await page.fill('#opt-name', 'Bogotá partner (per contact)')
    await page.selectOption('#opt-shore', 'nearshore')
    await page.selectOption('#opt-timeZone', 'America/Bogota')
    await page.check('#opt-channels-chat')
    // Per-interaction prices are hidden until that model is chosen (CSS only).
    expect(await page.isVisible('#opt-price-voice')).toBe(false)
    await page.check('#opt-pricingModel-per-interaction')
    expect(await page.isVisible('#opt-price-voice')).toBe(true)
    await page.fill('#opt-price-voice', '5.10')
    await page.fill('#opt-price-chat', '3.2')

    // A wrong value gets its message beside the field as soon as the field is left, and loses it once fixed.
    await page.fill('#opt-shrinkagePercent', '150')
    await page.press('#opt-shrinkagePercent', 'Tab')
    await expect.poll(() => page.textContent('#err-shrinkagePercent')).toBe('Must be less than 100%.')
    await page.fill('#opt-shrinkagePercent', '28')
    await page.press('#opt-shrinkagePercent', 'Tab')
    await expect.poll(() => page.textContent('#err-shrinkagePercent')).toBe('')
    await screenshotForm(page, 'option-form-1280.png')

    await page.click('button:has-text("Save option")')
    await page.waitForURL(/\/options\?saved=/)
    const row = page.locator('tr', { hasText: 'Bogotá partner (per contact)' })
    await expect.poll(() => row.count()).toBe(1)
    expect(await row.textContent()).toContain('Per contact: voice USD 5.10, chat USD 3.20')
    expect(await row.textContent()).toContain('28.0%')
    await page.screenshot({ path: `${SCREENSHOTS}/options-list-1280.png`, fullPage: true })

    expect(await cspViolations(page)).toEqual([])
    expect(problems.console).toEqual([])
    await page.close()
  })

  it('shows every message in place when a save is refused, and the form stays usable at tablet width', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(env.browser, 820, problems)
    await page.goto(`${env.server.baseUrl}/options/new`)
    await htmxReady(page)
    await page.click('button:has-text("Save option")')
    await expect.poll(() => page.textContent('#err-name')).toBe('Is required.')
    expect(await page.textContent('#option-errors')).toContain('Rate')
    await screenshotForm(page, 'option-form-820.png')

    await page.goto(`${env.server.baseUrl}/options`)
    await page.screenshot({ path: `${SCREENSHOTS}/options-list-820.png`, fullPage: true })
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')
    expect(overflow).toBeLessThanOrEqual(0)

    expect(await cspViolations(page)).toEqual([])
    // Chromium logs the 422 response as a failed resource load; that is the validation answer, not a fault.
    expect(problems.console.filter((m) => !/status of 422/.test(m))).toEqual([])
    await page.close()
  })
})
