import { defineConfig } from 'vitest/config'

// JSX settings come from tsconfig.json (jsxImportSource: hono/jsx), which vite's oxc transform reads.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Browser tests poll the page for an htmx swap; on a loaded 2-core machine one
    // fragment can take more than the default second to arrive.
    expect: { poll: { timeout: 15_000 } },
  },
})
