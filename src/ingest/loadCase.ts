/** Reads a case folder from disk (contract §1): every article below it, case.json overrides, and every problem, without stopping at one bad file. */
import { lstat, open, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { createOutletRegistry, OutletRegistryFileSchema, type OutletEntry, type OutletRegistry } from "../core/outlets.ts";
import { InputError } from "../core/errors.ts";
import { formatOfFile, readArticle } from "./article.ts";
import { parseCaseFile, type CaseFile } from "./caseFile.ts";
import { decodeArticleBytes } from "./decode.ts";
import { MAX_ARTICLE_BYTES, MAX_CASE_FILES, MAX_CASE_JSON_BYTES } from "./limits.ts";
import type { LoadedCase, LoadProblem, RawArticle } from "./types.ts";

/** Files in a case folder that are never articles. */
const NOT_ARTICLES = /^(readme(\..*)?|case\.json|truth\.json|outlets\.json|license(\..*)?)$/i;

/** Where the bundled registry lives, relative to this file. */
export const DEFAULT_REGISTRY_FILE = path.resolve(import.meta.dirname, "../../data/outlets.json");

/** Reads a registry file; a broken extension file is an InputError naming the file. */
export async function readRegistryFile(file: string): Promise<OutletEntry[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new InputError("ingest", `outlet registry '${file}' could not be read (${(e as Error).message}); expected JSON { outlets: [...] }`);
  }
  const parsed = OutletRegistryFileSchema.safeParse(raw);
  if (!parsed.success) throw new InputError("ingest", `outlet registry '${file}' does not match { outlets: [{ name, aliases, domains, kind }] }: ${parsed.error.issues[0]?.message}`);
  return parsed.data.outlets;
}

/** The bundled registry, extended by CLAIMTRAIL_OUTLETS when set. */
export async function loadDefaultRegistry(): Promise<OutletRegistry> {
  const entries = await readRegistryFile(DEFAULT_REGISTRY_FILE);
  const extra = process.env.CLAIMTRAIL_OUTLETS;
  if (extra) entries.push(...(await readRegistryFile(extra)));
  return createOutletRegistry(entries);
}

interface Walked {
  files: string[];
  problems: LoadProblem[];
}

/** Lists files below root in a stable order; links are not followed so no path can leave the case root. */
async function walk(root: string): Promise<Walked> {
  const files: string[] = [];
  const problems: LoadProblem[] = [];
  const queue = [""];
  while (queue.length > 0) {
    const rel = queue.shift() as string;
    const entries = await readdir(path.join(root, rel), { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        problems.push({ file: relPath, severity: "warning", reason: "symbolic links are not followed (a case may not reach outside its folder); skipped" });
      } else if (entry.isDirectory()) {
        queue.push(relPath);
      } else if (entry.isFile()) {
        if (files.length >= MAX_CASE_FILES) {
          problems.push({ file: relPath, severity: "error", reason: `the case has more than ${MAX_CASE_FILES} files; the rest were skipped` });
          return { files, problems };
        }
        files.push(relPath);
      }
    }
  }
  return { files, problems };
}

async function readBounded(file: string, limit: number): Promise<Uint8Array | { error: string }> {
  const info = await lstat(file);
  if (info.size > limit) {
    return { error: `the file is ${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${(limit / 1024 / 1024).toFixed(0)} MB per article (is it really one article?)` };
  }
  const handle = await open(file, "r");
  try {
    const buf = Buffer.alloc(info.size);
    await handle.read(buf, 0, info.size, 0);
    return buf;
  } finally {
    await handle.close();
  }
}

/** Article files read ahead of the one being read: enough to keep the disk busy while one is parsed, few enough to hold. */
const READ_AHEAD = 16;

/**
 * Reads of `files`, in order, each started up to READ_AHEAD files before it is asked for (`next`, in the same order):
 * one file read after another awaited four round trips of the event loop per file (lstat, open, read, close), most of
 * loading a case of small files. A read that fails fails when its file is asked for, as it did read then.
 */
function readAhead<T>(files: readonly string[], read: (file: string) => Promise<T>): { next(file: string): Promise<T> } {
  const ahead = new Map<number, Promise<T>>();
  let started = 0;
  let asked = 0;
  return {
    next(file: string): Promise<T> {
      if (files[asked] !== file) throw new Error(`readAhead: asked for '${file}', expected '${files[asked]}'`);
      while (started < files.length && started <= asked + READ_AHEAD) {
        const p = read(files[started] as string);
        // Observed now, so a failure ahead of the reader is not reported unhandled; it is rethrown when its file is asked for.
        p.catch(() => undefined);
        ahead.set(started++, p);
      }
      const p = ahead.get(asked) as Promise<T>;
      ahead.delete(asked++);
      return p;
    },
  };
}

/** How many files a case folder holds, as `loadCase` will list them (0 when it cannot be read): a cheap first look at its size. */
export async function caseFileCount(root: string): Promise<number> {
  return walk(path.resolve(root)).then(
    (w) => w.files.length,
    () => 0,
  );
}

/** Loads a case folder. Throws only when the folder itself cannot be read; any bad file becomes a problem and is skipped. */
export async function loadCase(root: string, registry?: OutletRegistry): Promise<LoadedCase> {
  const absRoot = path.resolve(root);
  let info;
  try {
    info = await lstat(absRoot);
  } catch {
    throw new InputError("ingest", `case folder '${root}' does not exist; expected a folder of articles (contract §1)`);
  }
  if (!info.isDirectory()) throw new InputError("ingest", `'${root}' is not a folder; expected a folder of articles (contract §1)`);

  const problems: LoadProblem[] = [];
  let caseFile: CaseFile = { articles: [] };
  const caseJsonPath = path.join(absRoot, "case.json");
  const caseJson = await readBounded(caseJsonPath, MAX_CASE_JSON_BYTES).catch(() => undefined);
  if (caseJson && "error" in caseJson) problems.push({ file: "case.json", severity: "error", reason: caseJson.error });
  else if (caseJson) {
    const parsed = parseCaseFile(Buffer.from(caseJson).toString("utf8"));
    if ("error" in parsed) problems.push({ file: "case.json", severity: "error", reason: parsed.error });
    else {
      caseFile = parsed.caseFile;
      for (const reason of parsed.problems) problems.push({ file: "case.json", severity: "warning", reason });
    }
  }

  let reg = registry ?? (await loadDefaultRegistry());
  const caseOutlets = path.join(absRoot, "outlets.json");
  let outlets: OutletEntry[] = [];
  if (await lstat(caseOutlets).then((s) => s.isFile(), () => false)) {
    try {
      outlets = await readRegistryFile(caseOutlets);
      reg = createOutletRegistry([...reg.entries, ...outlets]);
    } catch (e) {
      problems.push({ file: "outlets.json", severity: "error", reason: (e as Error).message });
    }
  }

  const walked = await walk(absRoot);
  problems.push(...walked.problems);
  const overrides = new Map(caseFile.articles.map((a) => [a.file.replace(/\\/g, "/").replace(/^\.\//, ""), a]));
  for (const file of overrides.keys()) {
    if (!walked.files.includes(file)) problems.push({ file: "case.json", severity: "warning", reason: `it names '${file}', which is not in the case folder` });
  }

  const articles: RawArticle[] = [];
  const ids = new Set<string>();
  const reads = readAhead(
    walked.files.filter((file) => !NOT_ARTICLES.test(file.split("/").pop() ?? file) && formatOfFile(file)),
    (file) => readBounded(path.join(absRoot, file), MAX_ARTICLE_BYTES),
  );
  for (const file of walked.files) {
    const name = file.split("/").pop() ?? file;
    if (NOT_ARTICLES.test(name)) continue;
    const format = formatOfFile(file);
    if (!format) {
      problems.push({ file, severity: "warning", reason: "not an article file (expected .txt, .md, .html or .htm); skipped" });
      continue;
    }
    const bytes = await reads.next(file);
    if ("error" in bytes) {
      problems.push({ file, severity: "error", reason: bytes.error });
      continue;
    }
    const decoded = decodeArticleBytes(bytes);
    if ("error" in decoded) {
      problems.push({ file, severity: "error", reason: decoded.error });
      continue;
    }
    if (decoded.warning) problems.push({ file, severity: "warning", reason: decoded.warning });
    const { file: _f, ...fields } = overrides.get(file) ?? { file };
    const result = readArticle({ file, format, text: decoded.text, overrides: fields }, reg);
    problems.push(...result.problems);
    if (!result.article) continue;
    const article = result.article;
    if (ids.has(article.meta.id)) {
      let n = 2;
      while (ids.has(`${article.meta.id}-${n}`)) n++;
      const renamed = `${article.meta.id}-${n}`;
      problems.push({ file, severity: "warning", reason: `id '${article.meta.id}' is already used by another article; this one was renamed '${renamed}'` });
      article.meta.id = renamed;
    }
    ids.add(article.meta.id);
    articles.push(article);
  }
  if (articles.length === 0) problems.push({ file: ".", severity: "error", reason: "the case has no readable article (.txt, .md, .html or .htm)" });

  return {
    id: path.basename(absRoot),
    title: caseFile.title ?? path.basename(absRoot),
    description: caseFile.description,
    root: absRoot,
    articles,
    problems,
    outlets,
  };
}
