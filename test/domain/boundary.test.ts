import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DOMAIN = join(ROOT, 'src', 'domain')

/** Packages the domain must not know about: the web framework, the database and its driver. */
const FORBIDDEN_PACKAGES = ['hono', 'drizzle-orm', 'better-sqlite3']
/** Folders of the app's outer layers, relative to the repository root. */
const FORBIDDEN_FOLDERS = ['src/db', 'src/web', 'src/cli', 'views']
const BUILTINS = new Set(builtinModules)

/** Every module specifier in a source text: static imports and re-exports (multi-line too), side-effect imports, import() and require(). */
function moduleSpecifiers(source: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ]
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]!))
}

/** Why `specifier`, imported by `file`, breaks the domain boundary, or undefined when it does not. */
function violation(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('node:')) return 'a Node built-in'
  const bare = specifier.split('/')[0]!
  if (BUILTINS.has(specifier) || BUILTINS.has(bare)) return 'a Node built-in'
  if (FORBIDDEN_PACKAGES.includes(bare)) return `the ${bare} package`
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = relative(ROOT, resolve(dirname(file), specifier)).split(sep).join('/')
    const folder = FORBIDDEN_FOLDERS.find((f) => target === f || target.startsWith(`${f}/`))
    if (folder) return `the ${folder} layer`
  }
  return undefined
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(entry.name) ? [path] : []
  })
}

describe('the domain boundary', () => {
  const files = sourceFiles(DOMAIN)

  it('finds the domain sources to check', () => {
    const names = files.map((f) => relative(DOMAIN, f).split(sep).join('/'))
    expect(names).toEqual(expect.arrayContaining(['tolerance.ts', 'staffing/erlang-c.ts', 'staffing/agents-required.ts']))
    expect(moduleSpecifiers(readFileSync(join(DOMAIN, 'staffing', 'erlang-a.ts'), 'utf8'))).toEqual(['./erlang-b.ts', './erlang-c.ts'])
  })

  it('keeps src/domain free of the web framework, the database, Node built-ins and the outer layers', () => {
    const problems = files.flatMap((file) =>
      moduleSpecifiers(readFileSync(file, 'utf8')).flatMap((specifier) => {
        const why = violation(file, specifier)
        return why ? [`${relative(ROOT, file)} imports '${specifier}' (${why})`] : []
      }),
    )
    expect(problems).toEqual([])
  })

  it('would catch each kind of forbidden import', () => {
    const file = join(DOMAIN, 'staffing', 'example.ts')
    const source = [
      "import { Hono } from 'hono'",
      "import { jsx } from 'hono/jsx'",
      "import {\n  sqliteTable,\n} from 'drizzle-orm/sqlite-core'",
      "import Database from 'better-sqlite3'",
      "import { readFileSync } from 'node:fs'",
      "import fs from 'fs'",
      "import { join } from 'path'",
      "export { db } from '../../db/client.ts'",
      "import type { Page } from '../../web/renderer.tsx'",
      "import '../../cli/main.ts'",
      "const format = await import('../../../views/format.ts')",
      "const os = require('os')",
    ].join('\n')
    const flagged = moduleSpecifiers(source).filter((s) => violation(file, s) !== undefined)
    expect(flagged.sort()).toEqual([
      'hono',
      'hono/jsx',
      'drizzle-orm/sqlite-core',
      'better-sqlite3',
      'node:fs',
      'fs',
      'path',
      '../../db/client.ts',
      '../../web/renderer.tsx',
      '../../cli/main.ts',
      '../../../views/format.ts',
      'os',
    ].sort())
  })

  it('lets the domain import itself and pure libraries', () => {
    const file = join(DOMAIN, 'staffing', 'example.ts')
    const source = [
      "import { erlangB } from './erlang-b.ts'",
      "import { ceilTolerant } from '../tolerance.ts'",
      "import type { QueueMetrics } from './erlang-c.ts'",
      "import { mean } from 'simple-statistics'",
      "import { webSafe } from './web-safe.ts'",
    ].join('\n')
    const specifiers = moduleSpecifiers(source)
    expect(specifiers).toHaveLength(5)
    expect(specifiers.filter((s) => violation(file, s) !== undefined)).toEqual([])
  })
})
