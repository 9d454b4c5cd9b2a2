/**
 * The language detector: eld with its "small" n-gram tables, as `eld/small` builds it. Loading `eld/small` compiles
 * and runs a 1.6 MB module that writes the tables as one object literal, about 0.9 s of CPU in every thread that reads
 * (each pool worker, the calling thread); the same tables parsed from JSON take about 0.1 s. The build (bin/build.js)
 * writes them as JSON beside the compiled module, with eld's version; a detector is then eld's own, given those tables.
 * Without that file, or with one of another eld version (running from src/, or eld upgraded since the build), it is
 * `eld/small` itself. Both give the same answers: the JSON holds the same tables (plain strings and integers, keys in
 * the same order), and eld reads nothing else of them.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** The detector, the method read of it. */
export interface LanguageDetector {
  detect(text: string): { language: string };
}

/** eld's n-gram tables (its ngrams/*.js `ngramsData`). */
interface EldTables {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

/** The file the build writes the tables to, beside the compiled module. */
export const TABLES_FILE = "eldSmallTables.json";

/** Where the tables are read from when present: beside this module (dist/extract/frames/ once built). */
export const BUILT_TABLES = path.join(import.meta.dirname, TABLES_FILE);

/**
 * eld's folder. Its package exports only its entry points, for `import` alone, so the folder is found as Node would
 * find the package (the node_modules folders above this module).
 */
function eldFolder(): string {
  for (const dir of createRequire(import.meta.url).resolve.paths("eld") ?? []) {
    if (existsSync(path.join(dir, "eld", "package.json"))) return path.join(dir, "eld");
  }
  throw new Error("the language detector's package (eld) was not found");
}

function eldVersion(folder: string): string {
  return (JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8")) as { version: string }).version;
}

/** The tables as the build writes them: eld's version and its "small" tables, as JSON. */
export async function tablesJson(): Promise<string> {
  const folder = eldFolder();
  const { ngramsData } = (await import(pathToFileURL(path.join(folder, "src", "ngrams", "small.js")).href)) as { ngramsData: EldTables };
  return JSON.stringify({ eld: eldVersion(folder), tables: ngramsData });
}

/** eld with the tables of `tablesFile` when it holds this eld version's, else `eld/small` itself. */
export async function loadDetector(tablesFile: string = BUILT_TABLES): Promise<LanguageDetector> {
  if (existsSync(tablesFile)) {
    const folder = eldFolder();
    const written = JSON.parse(readFileSync(tablesFile, "utf8")) as { eld: string; tables: EldTables };
    if (written.eld === eldVersion(folder)) {
      // eld's own factory, as its entries use it (src/entries/static.small.js: createEld, then loadData of the tables).
      const { createEld } = (await import(pathToFileURL(path.join(folder, "src", "languageDetector.js")).href)) as {
        createEld(): { instance: LanguageDetector; loadData(data: EldTables): unknown };
      };
      const { instance, loadData } = createEld();
      loadData(written.tables);
      return instance;
    }
  }
  return (await import("eld/small")).eld;
}
