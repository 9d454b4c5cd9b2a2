// The stages run ingest → clean → extract → align → analyse: a stage reads what the ones before it made, never a later
// one's code. Reading (extract) asked analyse for its negation words and its institutions of anonymous sources; both
// now live where every stage may read them (core/negations.ts, extract/institutions.ts). Alignment asked stance for its
// contrast and negation words (a quotation cut before its turn) and word boundaries: core/contrasts.ts, core/negations.ts.
// Core is what every stage reads, so it reads no stage: the outlet registry asked alignment for the Arabic article
// prefixes and the graph for its outlet kinds, the legacy-letter cues asked alignment for its letter variants; all three
// now live in core (core/arabicArticles.ts, core/outlets.ts OutletKind, core/legacyLetters.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../../src");

/** Every TypeScript file under a folder of src, as its path from src. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(SRC, folder), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(folder, f));
}

/** The modules of src a file imports or re-exports, as paths from src ("analyse/stance/index.ts"). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), "utf8");
  return [...text.matchAll(/^(?:import|export)[^;]*?from\s+"(\.[^"]+)"/gmu)].map((m) => join(file, "..", m[1]!));
}

describe("no stage imports a later one", () => {
  it.each(["core", "ingest", "clean", "extract", "align"])("src/%s imports nothing from src/analyse", (folder) => {
    const late = filesUnder(folder).flatMap((f) => importsOf(f).filter((i) => i.startsWith("analyse/")).map((i) => `${f} → ${i}`));
    expect(late).toEqual([]);
  });
});

describe("core reads no stage", () => {
  it("src/core imports only from src/core (nothing from ingest, clean, extract, align, analyse, graph or export)", () => {
    const above = filesUnder("core").flatMap((f) => importsOf(f).filter((i) => !i.startsWith("core/")).map((i) => `${f} → ${i}`));
    expect(above).toEqual([]);
  });
});
