/** The cost–quality scatter as SVG text: one point per option, hollow when dominated, the frontier as steps, CSP-safe. */
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { costQualitySvg, type CostQualityInput } from '../../views/charts/cost-quality.ts'

const input = (points: CostQualityInput['points']): CostQualityInput => ({
  points,
  currency: 'EUR',
  costLabel: 'Cost per resolution',
  qualityLabel: 'Quality score, 0–100',
  id: 'cq',
  title: 'Cost versus quality',
  description: 'One point per option.',
})

const svgOf = (points: CostQualityInput['points']) => parseHTML(`<body>${costQualitySvg(input(points))}</body>`).document.querySelector('svg')!

const demo = [
  { name: 'In-house', cost: 9.34, quality: 88.4 },
  { name: 'Onshore', cost: 8.28, quality: 85.5 },
  { name: 'Dear and worse', cost: 9, quality: 83 },
  { name: 'Offshore', cost: 4.74, quality: 81.6 },
]

describe('costQualitySvg', () => {
  it('draws one point per option, filled on the frontier and hollow when dominated', () => {
    const svg = svgOf(demo)
    const circles = [...svg.querySelectorAll('g.points circle')]
    expect(circles).toHaveLength(4)
    expect(circles.map((c) => c.getAttribute('class'))).toEqual(['point point--frontier', 'point point--frontier', 'point point--dominated', 'point point--frontier'])
    expect(circles[2]!.getAttribute('fill')).toBe('white')
    expect(circles.map((c) => c.querySelector('title')!.textContent)).toEqual([
      'In-house: €9.34 per resolution, quality 88.4 (on the frontier)',
      'Onshore: €8.28 per resolution, quality 85.5 (on the frontier)',
      'Dear and worse: €9.00 per resolution, quality 83.0 (dominated)',
      'Offshore: €4.74 per resolution, quality 81.6 (on the frontier)',
    ])
  })

  it('draws the frontier as a step line through the frontier points only, cheapest first', () => {
    const d = svgOf(demo).querySelector('g.frontier path')!.getAttribute('d')!
    const vertices = d
      .replace(/^M/, '')
      .split('L')
      .map((p: string) => p.split(',').map(Number) as [number, number])
    // Three frontier points: each step goes across, then up (the y axis points down on screen).
    expect(vertices).toHaveLength(5)
    for (let k = 1; k < vertices.length; k++) {
      const [[x0, y0], [x1, y1]] = [vertices[k - 1]!, vertices[k]!]
      expect(k % 2 === 1 ? y1 === y0 && x1 > x0 : x1 === x0 && y1 < y0, `segment ${k}`).toBe(true)
    }
  })

  it('labels the axes with the currency and which way is better, and every point with its name', () => {
    const text = svgOf(demo).textContent!
    expect(text).toContain('Cost per resolution (EUR) → lower is better')
    expect(text).toContain('Quality score, 0–100 ↑ higher is better')
    expect(text).toMatch(/€\d+\.\d{2}/)
    for (const p of demo) expect(text).toContain(p.name)
  })

  it('leaves out a point it cannot place (no resolutions, no score) instead of drawing it at 0', () => {
    const svg = svgOf([...demo, { name: 'No resolutions', cost: NaN, quality: 80 }, { name: 'No score', cost: 5, quality: NaN }])
    expect(svg.querySelectorAll('g.points circle')).toHaveLength(4)
    expect(svg.textContent).not.toContain('No resolutions')
  })

  it('keeps two identical options both on the frontier', () => {
    const svg = svgOf([
      { name: 'A', cost: 5, quality: 80 },
      { name: 'B', cost: 5, quality: 80 },
    ])
    expect([...svg.querySelectorAll('g.points circle')].map((c) => c.getAttribute('class'))).toEqual(['point point--frontier', 'point point--frontier'])
  })

  it('is CSP-safe and accessible: no inline styles, a title and description named by aria-labelledby', () => {
    const html = costQualitySvg(input(demo))
    expect(html).not.toMatch(/\sstyle="|<style/)
    const svg = svgOf(demo)
    expect(svg.getAttribute('role')).toBe('img')
    expect(svg.getAttribute('aria-labelledby')).toBe('cq-title cq-desc')
    expect(svg.querySelector('title#cq-title')!.textContent).toBe('Cost versus quality')
  })

  it('escapes a hostile option name', () => {
    const html = costQualitySvg(input([{ name: '<script>alert(1)</script>', cost: 5, quality: 80 }]))
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
  })
})
