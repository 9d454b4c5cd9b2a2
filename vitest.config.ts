import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Generous: tests assert behaviour, never speed, and CI shares two cores between Chromium, child processes and analyses.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores here: browser tests and analysis compete for them, so run files two at a time.
    maxWorkers: 2,
  },
});
