import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser tests share two cores; files run one after another.
    fileParallelism: false,
  },
});
