// Timeouts that hold on a loaded 2-core machine (CI runs the whole suite there); no test
// asserts wall-clock speed: that is measured by `npm run bench`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
