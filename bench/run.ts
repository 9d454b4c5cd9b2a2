/** Benchmark dispatcher: `npm run bench` runs every bench/*.bench.ts in turn; `npm run bench -- reuse` runs the ones named. */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const dir = import.meta.dirname;
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const files = (await readdir(dir)).filter((f) => f.endsWith(".bench.ts")).sort();
const chosen = wanted.length > 0 ? files.filter((f) => wanted.includes(f.replace(/\.bench\.ts$/, ""))) : files;
if (chosen.length === 0) {
  console.error(`bench: no benchmark named ${wanted.join(", ")}; expected one of ${files.map((f) => f.replace(/\.bench\.ts$/, "")).join(", ")}`);
  process.exit(2);
}
let failed = 0;
for (const f of chosen) {
  console.log(`\n## ${f.replace(/\.bench\.ts$/, "")}`);
  const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { default?: () => Promise<void> };
  if (typeof mod.default !== "function") {
    console.error(`bench: ${f} has no default export; expected an async function`);
    failed++;
    continue;
  }
  try {
    await mod.default();
  } catch (e) {
    console.error(`bench: ${f} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    failed++;
  }
}
process.exit(failed > 0 ? 1 : 0);
