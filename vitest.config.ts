// Test projects: unit (pure, no services), integration (the real local Neo4j
// and the real NLP sidecar, started once per run, in parallel), e2e (the real
// server and client in Chromium), nlp (only the sidecar's tests, without
// Neo4j: `npx vitest run --project nlp`) and corpus (the extractor on the
// shared corpus, also part of integration, with only the sidecar:
// `npx vitest run --project corpus`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/services-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/services-global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'nlp',
          include: ['tests/integration/nlp/**/*.test.ts'],
          globalSetup: ['tests/support/nlp-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'corpus',
          include: ['tests/integration/extract/**/*.test.ts'],
          globalSetup: ['tests/support/nlp-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
