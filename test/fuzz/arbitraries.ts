/** Generators of hostile input shared by the fuzz files: extreme numbers, nasty text, wrong encodings, CSV quoting and wrong JSON types. */
import fc from 'fast-check'

/** Number-ish text people and programs really send, chosen to sit on every edge a parser has. */
export const EXTREME_NUMBER_TEXTS = [
  '1e308', '-1e308', '1e309', '-0', '0', '-1', '1', 'NaN', 'Infinity', '-Infinity', '1e-400', '5e-324',
  '0x10', '0b101', '0o17', '  7  ', '٣', '١٢', '七', '½', '1,000', '1.000,5', '1_000', '+5', '.5', '5.', '1e', 'e5',
  '9007199254740993', '99999999999999999999999', '-9007199254740993', '1.7976931348623157e308', '−3', '5 %', '%',
  '', ' ', 'null', 'undefined', 'true', '[]', '{}', '0.1.2', '--1', '1e+', '\u00a05', '5\u200b',
] as const

export const extremeNumberText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...EXTREME_NUMBER_TEXTS) },
  { weight: 2, arbitrary: fc.double().map(String) },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
)

/** Text that breaks naive escaping, encodings and length assumptions. */
export const NASTY_TEXTS = [
  '<script>alert(1)</script>', '"quotes" \'single\' & ampersands', '</textarea>', '"', '""', "'", ',', '"a,b"', 'a\nb', 'a\r\nb', '\r',
  '\u0000', '\uFEFF', '\u202Eevil', '\uD800', '\uDFFF', '😀'.repeat(30), 'ǅ', 'İ', ' ', '\t', '=cmd|calc', '{{7*7}}', '${x}',
  '../../etc/passwd', '%00', '%', 'x'.repeat(300), 'ſ', 'voice', 'VOICE', ' voice ',
] as const

export const nastyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_TEXTS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
)

/** A field's value: an extreme number, nasty text, or very long. */
export const anyFieldText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: extremeNumberText },
  { weight: 3, arbitrary: nastyText },
  { weight: 1, arbitrary: fc.constantFrom('9'.repeat(5000), 'a'.repeat(100_000)) },
)

/** How the bytes of a text reach the server. */
export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'utf16be-bom' | 'latin1' | 'truncated-utf8'

export function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return new TextEncoder().encode(text)
    case 'utf8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`)
    case 'utf16le-bom':
      return new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'))
    case 'utf16be-bom': {
      const le = Buffer.from(`\uFEFF${text}`, 'utf16le')
      return new Uint8Array(le.swap16())
    }
    case 'latin1':
      return new Uint8Array(Buffer.from(text.replace(/[^\u0000-\u00ff]/g, 'é'), 'latin1'))
    case 'truncated-utf8': {
      // Cut a multi-byte character in half: invalid UTF-8 at the end (and an invalid lead byte at the start).
      const bytes = new TextEncoder().encode(`${text}é`)
      return new Uint8Array([0xc3, ...bytes.slice(0, -1)])
    }
  }
}

export const encoding: fc.Arbitrary<Encoding> = fc.constantFrom('utf8', 'utf8', 'utf8', 'utf8-bom', 'utf16le-bom', 'utf16be-bom', 'latin1', 'truncated-utf8')

/** One CSV cell as a spreadsheet might write it: as is, quoted, quoted with doubled quotes, or padded. */
export function csvCell(text: string, style: number): string {
  switch (style % 5) {
    case 0:
      return text
    case 1:
      return `"${text.replace(/"/g, '""')}"`
    case 2:
      return ` ${text} `
    case 3:
      return text.includes(',') || text.includes('\n') || text.includes('"') ? `"${text.replace(/"/g, '""')}"` : text
    default:
      return text
  }
}

/** Rows of cells joined into CSV text, with a random line ending and, sometimes, blank lines and a missing final newline. */
export const csvText = (rows: fc.Arbitrary<string[][]>): fc.Arbitrary<string> =>
  fc
    .record({ rows, styles: fc.array(fc.nat(4), { minLength: 1, maxLength: 8 }), eol: fc.constantFrom('\n', '\r\n', '\r'), blank: fc.boolean(), final: fc.boolean() })
    .map(({ rows, styles, eol, blank, final }) => {
      const lines = rows.map((cells, r) => cells.map((c, i) => csvCell(c, styles[(r + i) % styles.length]!)).join(','))
      if (blank && lines.length > 2) lines.splice(2, 0, '', '   ')
      return lines.join(eol) + (final ? eol : '')
    })

/** Pure noise: random bytes, sometimes behind a UTF-8 or UTF-16 byte-order mark. */
export const randomBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.uint8Array({ maxLength: 500 }).map((b) => new Uint8Array([0xef, 0xbb, 0xbf, ...b])),
  fc.uint8Array({ maxLength: 500 }).map((b) => new Uint8Array([0xff, 0xfe, ...b])),
  fc.uint8Array({ maxLength: 500 }).map((b) => new Uint8Array([0xfe, 0xff, ...b])),
)

/** JSON values of the wrong type for any field: arrays for objects, strings for numbers, null, extremes, deep nesting. */
export const wrongJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -0, -1, 1e308, -1e308, 5e-324, 1.5, '', ' ', 'NaN', 'Infinity', '1e308', '0x10', '٣', [], {}, [null], [[]], { '': 1 }, { __proto__: null }) },
  { weight: 2, arbitrary: extremeNumberText },
  { weight: 2, arbitrary: nastyText },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 1000 }).map((depth) => deeplyNested(depth)) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(Array.from({ length: 50_000 }, () => 1), 'x'.repeat(200_000)) },
)

/** [[[[…]]]] or {"a":{"a":…}} to the given depth. */
export function deeplyNested(depth: number): unknown {
  let v: unknown = 1
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v }
  return v
}

/**
 * Replaces the value found by walking `walk` (each step picks a key of the current
 * object or array, modulo its size) with `value`; `stopAt` ends the walk early, so
 * whole sub-objects get replaced too. Changes `target` in place.
 */
export function mutateAt(target: unknown, walk: readonly number[], stopAt: number, value: unknown): { value: unknown; path: string } {
  const copy = target
  let node: unknown = copy
  const path: (string | number)[] = []
  let parent: Record<string | number, unknown> | undefined
  let key: string | number | undefined
  for (let i = 0; i < walk.length && i <= stopAt; i++) {
    if (node === null || typeof node !== 'object') break
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, k) => k) : Object.keys(node)
    if (keys.length === 0) break
    parent = node as Record<string | number, unknown>
    key = keys[walk[i]! % keys.length]!
    path.push(key)
    node = parent[key]
  }
  if (parent === undefined || key === undefined) return { value, path: '' }
  // A copy: fast-check may hand two mutations the same object, and a later one walking into it would make the file contain itself.
  parent[key] = structuredClone(value)
  return { value: copy, path: path.join('.') }
}

/** `base` copied once, then every mutation applied to the copy. */
export function mutated(base: unknown, mutations: readonly { walk: number[]; stopAt: number; value: unknown }[]): unknown {
  let file = structuredClone(base)
  for (const m of mutations) file = mutateAt(file, m.walk, m.stopAt, m.value).value
  return file
}

/** A mutation: where to walk, how deep, and what to put there (or, sometimes, delete). */
export const mutation = fc.record({
  walk: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  stopAt: fc.nat(8),
  value: wrongJson,
})

/** Up to `max` cells of `rows` (below the header) replaced with `value`s: mostly-good files, so both acceptance and refusal are reached. */
export const damagedRows = (rows: string[][], value: fc.Arbitrary<string>, max = 3): fc.Arbitrary<string[][]> =>
  fc.array(fc.record({ r: fc.nat(), c: fc.nat(), value }), { maxLength: max }).map((damages) => {
    const copy = rows.map((r) => [...r])
    for (const d of damages) {
      if (copy.length < 2) break
      const row = copy[1 + (d.r % (copy.length - 1))]!
      row[d.c % row.length] = d.value
    }
    return copy
  })
