import { defineConfig } from 'vitest/config';

const esbuild = { jsx: 'automatic', jsxImportSource: 'preact' } as const;

export default defineConfig({
  esbuild,
  test: {
    projects: [
      {
        esbuild,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**'],
          testTimeout: 30_000,
        },
      },
      {
        // Real Chromium with the built extension: one file at a time, the machine has two cores.
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
