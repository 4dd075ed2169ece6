import { defineConfig } from 'vitest/config';

// End-to-end checks over the built site: dist/ tests read the files, browser
// tests drive Debian Chromium against a static server on 127.0.0.1.
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/build/**/*.test.ts'],
    globalSetup: ['tests/support/serveDist.ts'],
    environment: 'node',
    // Two cores: one Chromium at a time keeps the run steady.
    fileParallelism: false,
    testTimeout: 30_000,
    // A browser on a loaded 2-core machine occasionally misses a timing; one
    // retry absorbs that, and a real failure still fails twice.
    retry: 1,
    hookTimeout: 60_000,
  },
});
