import { defineConfig } from "vitest/config";
import { NODE_FLAGS } from "./bin/nodeFlags.js";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Generous: tests assert behaviour, never speed, and CI shares two cores between Chromium, child processes and analyses.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores here: browser tests and analysis compete for them, so run files two at a time.
    maxWorkers: 2,
    // Test files read articles in these forks: the same V8 flags as the CLI (bin/nodeFlags.js).
    execArgv: [...NODE_FLAGS],
  },
});
