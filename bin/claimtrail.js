#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx claimtrail` works right after `npm install` with no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
const code = await main(process.argv.slice(2));
// `serve` keeps the process alive through its server; every other command ends here.
if (code !== 0 || !process.argv.slice(2).includes("serve")) process.exitCode = code;
