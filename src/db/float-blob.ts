/** Float64Array ↔ SQLite BLOB (little-endian, as every machine Shoreline runs on). */

export function toBlob(values: Float64Array): Buffer {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength)
}

/** Copies, because a BLOB's bytes need not be 8-byte aligned for a Float64Array view. */
export function fromBlob(blob: Buffer): Float64Array {
  const copy = new Uint8Array(blob.byteLength)
  copy.set(blob)
  return new Float64Array(copy.buffer)
}
