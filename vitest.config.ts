import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests: lib/ in plain Node. Browser-facing lib/ (store, messaging, alerts) gets fake-indexeddb
// and WXT's fakeBrowser in its own test files; end-to-end tests live in tests/e2e and run under Playwright.
export default defineConfig({
  resolve: {
    // The same `@/` root that tsconfig (.wxt/tsconfig.json) and WXT's build use, so entrypoints/ and
    // components/ modules, which import `@/lib/...`, load under test as they do in the extension.
    alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }],
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/unit/fast-check-seed.ts'],
    // Property-based suites run thousands of cases; on a busy two-core machine 5 s is too tight.
    testTimeout: 30_000,
  },
});
