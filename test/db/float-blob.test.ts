import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBlob, toBlob } from '../../src/db/float-blob.ts'

describe('toBlob / fromBlob', () => {
  it('fromBlob(toBlob(values)) gives back every float64 bit for bit', () => {
    fc.assert(
      fc.property(fc.float64Array({ maxLength: 64 }), (values) => {
        const back = fromBlob(toBlob(values))
        expect(Buffer.from(back.buffer)).toEqual(Buffer.from(values.buffer, values.byteOffset, values.byteLength))
      }),
      { numRuns: 100 },
    )
  })

  it('toBlob(values) stores 8 little-endian bytes per value', () => {
    const blob = toBlob(Float64Array.of(1, 0.1))
    expect(blob.byteLength).toBe(16)
    expect(blob.readDoubleLE(0)).toBe(1)
    expect(blob.readDoubleLE(8)).toBe(0.1)
  })

  it('fromBlob(blob) reads a blob whose bytes are not 8-byte aligned', () => {
    const backing = Buffer.alloc(17)
    backing.writeDoubleLE(Math.PI, 1)
    backing.writeDoubleLE(-2.5, 9)
    expect([...fromBlob(backing.subarray(1))]).toEqual([Math.PI, -2.5])
  })

  it('fromBlob(blob) copies, so later changes to the blob do not reach the series', () => {
    const blob = toBlob(Float64Array.of(7))
    const series = fromBlob(Buffer.from(blob))
    blob.writeDoubleLE(8, 0)
    expect(series[0]).toBe(7)
  })
})
