import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores here: browser tests and analysis compete for them, so run files two at a time.
    maxWorkers: 2,
  },
});
