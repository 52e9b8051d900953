/** The heatmap's colour legend: its end values, zero in the middle for a surplus/shortfall map, and one label when every cell is the same. */
import { describe, expect, it } from 'vitest'
import { heatmapSvg, type HeatmapInput } from '../../views/charts/heatmap.ts'

const input = (values: number[][], scheme: HeatmapInput['scheme']): HeatmapInput => ({
  rows: ['Mon', 'Tue'],
  columns: ['08:00', '08:30'],
  values,
  scheme,
  valueLabel: 'Agents over (+) or under (−)',
  format: (v) => String(v),
  id: 'test-heatmap',
  title: 'Over and under',
  description: 'test',
})

const legendLabels = (svg: string) => [...(/<g[^>]*class="legend"[\s\S]*?<\/g>/.exec(svg)?.[0] ?? '').matchAll(/<text[^>]*y="22"[^>]*>([^<]*)</g)].map((m) => m[1])

describe('heatmapSvg legend', () => {
  it('labels both ends and zero for a diverging map', () => {
    expect(legendLabels(heatmapSvg(input([[-2, 1], [0, 2]], 'diverging')))).toEqual(['-2', '0', '2'])
  })

  it('prints one label, not three, when every cell is the same', () => {
    expect(legendLabels(heatmapSvg(input([[0, 0], [0, 0]], 'diverging')))).toEqual(['0'])
  })
})
