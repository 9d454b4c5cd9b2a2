/** Case folders (contract §1) in and out of the store: import keeps each file's exact bytes, export writes them back with case.json, so the round trip loses nothing. */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { InputError } from "../core/errors.ts";
import { createOutletRegistry, type OutletRegistry } from "../core/outlets.ts";
import { parseCaseFile } from "../ingest/caseFile.ts";
import type { ArticleFields } from "../ingest/frontMatter.ts";
import { loadCase } from "../ingest/loadCase.ts";
import type { LoadProblem } from "../ingest/types.ts";
import { prepareArticle } from "./prepare.ts";
import type { Store } from "./store.ts";
import type { FetchRecord, NewArticle } from "./types.ts";

/** Keys claimtrail adds to a case.json entry on export so a URL import's evidence survives a trip through a folder; other readers ignore them. */
const FetchKeysSchema = z.object({ source_url: z.string().max(4000), final_url: z.string().max(4000), fetched_at: z.string().max(40) });

/** True for a relative path that stays inside its folder: forward slashes, no empty, `.` or `..` segment, no drive or NUL. */
export function isSafeRelativePath(file: string): boolean {
  if (!file || file.length > 1000 || file.startsWith("/") || /[\\\0:]/.test(file)) return false;
  return file.split("/").every((seg) => seg !== "" && seg !== "." && seg !== ".." && !seg.startsWith("."));
}

/** Reads the fetch evidence claimtrail wrote into case.json entries, by file. */
async function fetchRecords(root: string): Promise<Map<string, FetchRecord>> {
  const out = new Map<string, FetchRecord>();
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path.join(root, "case.json"), "utf8"));
  } catch {
    return out;
  }
  const entries = (raw as { articles?: unknown }).articles;
  if (!Array.isArray(entries)) return out;
  for (const e of entries) {
    const keys = FetchKeysSchema.safeParse(e);
    const file = (e as { file?: unknown }).file;
    if (keys.success && typeof file === "string") out.set(file, { sourceUrl: keys.data.source_url, finalUrl: keys.data.final_url, fetchedAt: keys.data.fetched_at });
  }
  return out;
}

/** What an import did. */
export interface ImportResult {
  id: string;
  articles: number;
  skipped: { file: string; duplicateOf: string }[];
  problems: LoadProblem[];
}

/** Imports a case folder as one new case in one transaction. `as` renames the case; a case id already in use is a ConflictError. */
export async function importCaseFolder(
  store: Store,
  folder: string,
  registry: OutletRegistry,
  options: { as?: string; onArticle?: (done: number, total: number) => void } = {},
): Promise<ImportResult> {
  const loaded = await loadCase(folder, registry);
  const root = loaded.root;
  const caseRegistry = loaded.outlets.length > 0 ? createOutletRegistry([...registry.entries, ...loaded.outlets]) : registry;
  let caseJson: { articles: (ArticleFields & { file: string })[] } = { articles: [] };
  try {
    const parsed = parseCaseFile(await readFile(path.join(root, "case.json"), "utf8"));
    if (!("error" in parsed)) caseJson = parsed.caseFile;
  } catch {
    // No case.json: nothing was given beyond the files themselves.
  }
  const given = new Map(caseJson.articles.map(({ file, ...fields }) => [file.replace(/\\/g, "/").replace(/^\.\//, ""), fields]));
  const fetches = await fetchRecords(root);
  const prepared: NewArticle[] = [];
  for (const a of loaded.articles) {
    const bytes = await readFile(path.join(root, a.meta.file));
    const fetch = fetches.get(a.meta.file);
    const { article } = prepareArticle({ format: a.meta.format, bytes, file: a.meta.file, given: given.get(a.meta.file) ?? {}, ...(fetch ? { fetch } : {}) }, caseRegistry);
    // loadCase settled the id (case.json, front matter, file name, renames of duplicates): keep it.
    prepared.push({ ...article, id: a.meta.id });
  }
  const { id, skipped } = store.importCase(
    { id: options.as ?? loaded.id, title: loaded.title, ...(loaded.description !== undefined ? { description: loaded.description } : {}), outlets: loaded.outlets },
    prepared,
    options.onArticle,
  );
  return { id, articles: prepared.length - skipped.length, skipped, problems: loaded.problems };
}

/** Writes a stored case as a case folder: every snapshot byte for byte, case.json with given values and corrections, outlets.json. `out` must be empty or new. */
export async function exportCaseFolder(store: Store, caseId: string, out: string, registry: OutletRegistry): Promise<{ files: number }> {
  const rec = store.getCase(caseId);
  if (!rec) throw new InputError("export", `case '${caseId}' is not in the store; 'claimtrail import' adds one`);
  const outDir = path.resolve(out);
  const existing = await readdir(outDir).catch(() => [] as string[]);
  if (existing.length > 0) throw new InputError("export", `'${out}' is not empty; expected a new or empty folder (nothing is overwritten)`);
  await mkdir(outDir, { recursive: true });
  const entries = new Map<string, Record<string, unknown>>();
  const articles = store.articles(caseId);
  for (const a of articles) {
    const target = path.resolve(outDir, a.file);
    if (!isSafeRelativePath(a.file) || !target.startsWith(outDir + path.sep)) {
      throw new InputError("export", `article '${a.id}' has file name '${a.file}', which would leave the export folder; expected a relative path`);
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, a.original);
    const entry: Record<string, unknown> = { ...a.given, ...a.corrections };
    if (a.fetch) Object.assign(entry, { source_url: a.fetch.sourceUrl, final_url: a.fetch.finalUrl, fetched_at: a.fetch.fetchedAt });
    entries.set(a.file, entry);
  }
  const writeMeta = async () => {
    const list = [...entries].filter(([, e]) => Object.keys(e).length > 0).map(([file, e]) => ({ file, ...e }));
    const caseJson = { title: rec.title, ...(rec.description !== undefined ? { description: rec.description } : {}), articles: list };
    await writeFile(path.join(outDir, "case.json"), JSON.stringify(caseJson, null, 2) + "\n");
  };
  await writeMeta();
  if (rec.outlets.length > 0) await writeFile(path.join(outDir, "outlets.json"), JSON.stringify({ outlets: rec.outlets }, null, 2) + "\n");
  // Ids: the folder names most articles by itself (front matter, file name); case.json states only those it would name otherwise.
  const reread = await loadCase(outDir, registry);
  const idByFile = new Map(reread.articles.map((a) => [a.meta.file, a.meta.id]));
  let fixed = false;
  for (const a of articles) {
    if (idByFile.get(a.file) === a.id) continue;
    (entries.get(a.file) as Record<string, unknown>).id = a.id;
    fixed = true;
  }
  if (fixed) await writeMeta();
  return { files: articles.length };
}
