/** Legend entries wrap to a new row when the next would pass the plot's right edge. */
import { describe, expect, it } from 'vitest'
import { wrapLegend } from '../../views/charts/svg.ts'

describe('wrapLegend', () => {
  it('puts entries side by side while they fit, then starts a new row', () => {
    expect(wrapLegend([100, 100, 100], 250)).toEqual({ rows: 2, positions: [{ x: 0, row: 0 }, { x: 100, row: 0 }, { x: 0, row: 1 }] })
  })

  it('keeps an entry wider than the room on a row of its own rather than looping', () => {
    expect(wrapLegend([400, 50], 300)).toEqual({ rows: 2, positions: [{ x: 0, row: 0 }, { x: 0, row: 1 }] })
  })

  it('is one empty row without entries', () => {
    expect(wrapLegend([], 300)).toEqual({ rows: 1, positions: [] })
  })
})
