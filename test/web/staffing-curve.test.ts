// Tests views/charts/staffing-curve.ts: pure data in, CSP-safe SVG out.
import { describe, expect, it } from 'vitest'
import { staffingCurveSvg, type StaffingCurveInput } from '../../views/charts/staffing-curve.ts'

const input: StaffingCurveInput = {
  points: Array.from({ length: 21 }, (_, i) => ({ agents: 10 + i, serviceLevel: Math.min(1, i / 10), abandon: Math.max(0, 0.3 - i / 20) })),
  targetServiceLevel: 0.8,
  maxAbandon: 0.05,
  answerAgents: 18,
  answerLabel: 'answer',
  showAbandon: true,
  title: 'Service level <and> abandonment',
  description: 'A & B',
}

describe('staffingCurveSvg', () => {
  const svg = staffingCurveSvg(input)

  it('returns one standalone <svg> with an escaped <title> and <desc> first', () => {
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg.endsWith('</svg>')).toBe(true)
    expect(svg).toMatch(/^<svg[^>]*><title id="staffing-curve-title">Service level &lt;and&gt; abandonment<\/title><desc id="staffing-curve-desc">A &amp; B<\/desc>/)
    expect(svg).toContain('role="img"')
  })

  it('carries no style attributes or <style> elements, which a strict CSP would block', () => {
    expect(svg).not.toMatch(/\sstyle=/)
    expect(svg).not.toContain('<style')
  })

  it('labels both axes, the target, the answer and a legend', () => {
    for (const text of ['Productive agents', 'Share of offered contacts', 'target 80%', 'answer: 18', 'max abandon 5%', '>Service level<', '>Abandonment<', '>Target<']) {
      expect(svg).toContain(text)
    }
  })

  it('leaves abandonment out when the model has none', () => {
    const patient = staffingCurveSvg({ ...input, showAbandon: false })
    expect(patient).not.toContain('Abandonment')
    expect(patient).not.toContain('max abandon')
  })
})
