#!/usr/bin/env -S node --no-regexp-tier-up
// The flag on the line above is bin/nodeFlags.js's NODE_FLAGS: V8 flags must be given when node starts.
// Runs the compiled sources in dist/ when they are newer than every file of src/ (bin/build.js, run by `npm install`),
// else the TypeScript sources directly through tsx, so `npx claimtrail` works right after an edit with no build step.
// CLAIMTRAIL_FROM_SOURCE=1 always runs src/.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { distIsFresh } from "./freshness.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let main;
if (process.env.CLAIMTRAIL_FROM_SOURCE !== "1" && distIsFresh(root)) {
  ({ main } = await import("../dist/cli.js"));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli.ts"));
}
const code = await main(process.argv.slice(2));
// `serve` keeps the process alive through its server; every other command ends here.
if (code !== 0 || !process.argv.slice(2).includes("serve")) process.exitCode = code;
