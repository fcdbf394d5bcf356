import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // forks, not threads: in-process CLI tests change the working folder, which worker threads cannot.
    pool: 'forks',
    env: { NO_COLOR: '1', FORCE_COLOR: '' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
