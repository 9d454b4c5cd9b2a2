import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { eld } from "eld/small";
import { loadDetector, tablesJson } from "../../src/extract/frames/detector.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "claimtrail-eld-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Invented sentences in a few scripts and languages, and a short and a mixed one.
const TEXTS = [
  "The harbour master of Velmont said on Tuesday that the old bridge would close for repairs.",
  "Le maire de Corvanne a déclaré mardi que le vieux pont serait fermé pour travaux.",
  "Der Bürgermeister von Lindhaven sagte am Dienstag, die alte Brücke werde geschlossen.",
  "El alcalde de Marvia dijo el martes que el puente viejo se cerraría por obras.",
  "Мэр города Заречный заявил во вторник, что старый мост закроют на ремонт.",
  "قال رئيس بلدية المدينة يوم الثلاثاء إن الجسر القديم سيغلق للإصلاحات.",
  "Burmistrz Rzecznej powiedział we wtorek, że stary most zostanie zamknięty.",
  "bridge",
  "Il sindaco said che the bridge sarebbe closed.",
];

describe("loadDetector", () => {
  it("reads the same tables from the build's JSON, keys in the same order", async () => {
    const tablesModule = pathToFileURL(path.resolve(import.meta.dirname, "../../node_modules/eld/src/ngrams/small.js")).href;
    const { ngramsData } = (await import(tablesModule)) as { ngramsData: { ngrams: Record<string, unknown> } };
    const written = JSON.parse(await tablesJson()) as { eld: string; tables: { ngrams: Record<string, unknown> } };
    expect(Object.keys(written.tables.ngrams)).toEqual(Object.keys(ngramsData.ngrams));
    expect(written.tables).toEqual(ngramsData);
  });

  it("detects as eld/small does, scores included, from the build's JSON", async () => {
    const file = path.join(dir, "tables.json");
    writeFileSync(file, await tablesJson());
    const fromJson = (await loadDetector(file)) as typeof eld;
    expect(fromJson).not.toBe(eld);
    for (const text of TEXTS) {
      const ours = fromJson.detect(text);
      const theirs = eld.detect(text);
      expect(ours.language).toBe(theirs.language);
      expect(ours.getScores()).toEqual(theirs.getScores());
    }
    expect(fromJson.detect(TEXTS[1] as string).language).toBe("fr");
  });

  it("is eld/small itself without the file, or with tables of another eld version", async () => {
    expect(await loadDetector(path.join(dir, "none.json"))).toBe(eld);
    const other = path.join(dir, "other.json");
    const written = JSON.parse(await tablesJson()) as { eld: string };
    writeFileSync(other, JSON.stringify({ ...written, eld: `${written.eld}-other` }));
    expect(await loadDetector(other)).toBe(eld);
  });
});
