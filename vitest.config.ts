import { defineConfig } from 'vitest/config'

/**
 * One config, three projects mirroring the code: unit (pure shared code),
 * integration (Payload Local API on temporary databases), e2e (real browser).
 * Integration and e2e files start real processes, so they run one file at a time.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          execArgv: ['--conditions=production'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
