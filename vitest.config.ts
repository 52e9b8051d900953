import { defineConfig } from 'vitest/config'

// JSX settings come from tsconfig.json (jsxImportSource: hono/jsx), which vite's oxc transform reads.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
})
