/**
 * Many articles into one case of the store (`claimtrail import <case> --urls LIST`, `claimtrail import <case> FILE…`):
 * each on its own, so one failure keeps the others; an address or text already in the case is skipped, so running the
 * same command again imports only what failed. Pages are fetched with the explorer's URL import (src/ingest/fetchPage.ts:
 * public addresses only, bounded size, time and redirects).
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { InputError, isClaimtrailError } from "../core/errors.ts";
import type { OutletRegistry } from "../core/outlets.ts";
import { parseAddressList, type ListedAddress, type ListProblem } from "../ingest/addressList.ts";
import { formatOfFile, sanitiseId } from "../ingest/article.ts";
import { fetchPage, type FetchOptions } from "../ingest/fetchPage.ts";
import { MAX_ADDRESS_LIST_BYTES, MAX_ARTICLE_BYTES } from "../ingest/limits.ts";
import type { LoadProblem } from "../ingest/types.ts";
import { loadDefaultRegistry } from "../ingest/loadCase.ts";
import { urlKey } from "../store/hash.ts";
import { addSnapshot, type Snapshot } from "../store/prepare.ts";
import { openStore, type Store } from "../store/store.ts";
import { EXIT, stderrProgress } from "./shared.ts";

/** What became of one address or file. */
export type ItemOutcome =
  | { status: "imported"; id: string; problems: LoadProblem[] }
  | { status: "skipped"; existing: string; by: "url" | "text" }
  | { status: "failed"; reason: string };

export interface ItemResult {
  /** The address or file as given. */
  item: string;
  outcome: ItemOutcome;
}

export interface BatchOptions {
  /** Fetch limits; tests add `allowLoopback` to reach their own local server (the CLI never does). */
  fetch?: FetchOptions;
  /** Pages fetched at once. */
  concurrency?: number;
  /** Told of each item as it ends, with how many have ended. */
  onItem?: (result: ItemResult, done: number, total: number) => void;
}

/** Pages fetched at once by default: a few, so a slow site does not hold the rest up, without hammering one. */
export const FETCH_CONCURRENCY = 4;

/** A failure's reason without the component prefix the error typology adds ("fetch: …"). */
function reasonOf(e: unknown): string {
  if (!isClaimtrailError(e)) throw e;
  return e.message.startsWith(`${e.component}: `) ? e.message.slice(e.component.length + 2) : e.message;
}

/** Adds one snapshot; a duplicate is a skip naming the stored article, an unreadable article a failure. */
function add(store: Store, caseId: string, snapshot: Snapshot, registry: OutletRegistry): ItemOutcome {
  try {
    const { id, problems } = addSnapshot(store, caseId, snapshot, registry);
    return { status: "imported", id, problems };
  } catch (e) {
    if (isClaimtrailError(e) && e.code === "CONFLICT" && typeof e.context.existing === "string") {
      return { status: "skipped", existing: e.context.existing, by: e.context.by === "text" ? "text" : "url" };
    }
    return { status: "failed", reason: reasonOf(e) };
  }
}

async function importAddress(store: Store, caseId: string, listed: ListedAddress, registry: OutletRegistry, fetch: FetchOptions): Promise<ItemOutcome> {
  const key = urlKey(listed.address);
  const known = key ? store.findDuplicate(caseId, { urlKeys: [key] }) : undefined;
  // Already imported (an earlier run): skipped before any network traffic.
  if (known) return { status: "skipped", existing: known.id, by: "url" };
  let page;
  try {
    page = await fetchPage(listed.address, fetch);
  } catch (e) {
    return { status: "failed", reason: reasonOf(e) };
  }
  const given = { ...listed.given };
  return add(store, caseId, { format: page.format, bytes: page.bytes, given, fetch: { sourceUrl: page.sourceUrl, finalUrl: page.finalUrl, fetchedAt: page.fetchedAt } }, registry);
}

/** Fetches and adds every address, a few at a time; results in the list's order. */
export async function importAddresses(store: Store, caseId: string, addresses: readonly ListedAddress[], registry: OutletRegistry, options: BatchOptions = {}): Promise<ItemResult[]> {
  const results: ItemResult[] = new Array(addresses.length);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < addresses.length) {
      const i = next++;
      const listed = addresses[i] as ListedAddress;
      const result = { item: listed.address, outcome: await importAddress(store, caseId, listed, registry, options.fetch ?? {}) };
      results[i] = result;
      options.onItem?.(result, ++done, addresses.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? FETCH_CONCURRENCY, addresses.length)) }, lane));
  return results;
}

async function importFile(store: Store, caseId: string, file: string, registry: OutletRegistry): Promise<ItemOutcome> {
  const base = path.basename(file);
  const format = formatOfFile(base);
  if (!format) return { status: "failed", reason: "not an article file; expected .html, .htm, .txt or .md" };
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return { status: "failed", reason: "no such file" };
  if (info.size > MAX_ARTICLE_BYTES) return { status: "failed", reason: `${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1024 / 1024} MB` };
  const bytes = await readFile(file);
  const ext = path.extname(base).toLowerCase();
  return add(store, caseId, { format, bytes, file: `articles/${sanitiseId(base.slice(0, base.length - ext.length))}${ext}` }, registry);
}

/** Adds every file, one after the other; results in the given order. */
export async function importFiles(store: Store, caseId: string, files: readonly string[], registry: OutletRegistry, options: Pick<BatchOptions, "onItem"> = {}): Promise<ItemResult[]> {
  const results: ItemResult[] = [];
  for (const file of files) {
    const result = { item: file, outcome: await importFile(store, caseId, file, registry) };
    results.push(result);
    options.onItem?.(result, results.length, files.length);
  }
  return results;
}

/** One line saying what became of an item ("imported as 'x'", "already article 'y'", "failed: reason"). */
export function describeOutcome(outcome: ItemOutcome): string {
  if (outcome.status === "imported") return `imported as article '${outcome.id}'`;
  if (outcome.status === "skipped") return `already in the case as article '${outcome.existing}' (same ${outcome.by === "url" ? "address" : "text"}); skipped`;
  return `failed: ${outcome.reason}`;
}

/** Reads an address list file (CSV by its name), bounded in size. */
export async function readAddressList(file: string): Promise<{ addresses: ListedAddress[]; problems: ListProblem[] }> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new InputError("import", `address list '${file}' does not exist or is not a file; expected a .txt (one address a line) or .csv (a url column)`);
  if (info.size > MAX_ADDRESS_LIST_BYTES) throw new InputError("import", `address list '${file}' is ${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_ADDRESS_LIST_BYTES / 1024 / 1024} MB`);
  return parseAddressList(await readFile(file, "utf8"), /\.csv$/i.test(file));
}

/** Progress of a batch on stderr: the bar on a terminal, else one plain line per item, so a log keeps what became of each. */
function itemProgress(stage: string): (result: ItemResult, done: number, total: number) => void {
  const bar = stderrProgress();
  if (bar) return (_result, done, total) => bar(stage, done, total);
  return (result, done, total) => process.stderr.write(`[${done}/${total}] ${result.item}: ${describeOutcome(result.outcome)}\n`);
}

/** What `claimtrail import <case> --urls LIST FILE…` was asked. */
export interface CaseImportRequest {
  caseId: string;
  /** An address list file, if any. */
  list?: string;
  files: readonly string[];
  dataDir: string;
}

/** Runs a batch import into one case (created when the store has none of that id), reports it, and returns the exit code: 3 when anything failed. */
export async function runCaseImport(request: CaseImportRequest, options: Pick<BatchOptions, "fetch"> = {}): Promise<number> {
  const { caseId } = request;
  if (sanitiseId(caseId) !== caseId) throw new InputError("import", `'${caseId.slice(0, 80)}' is not a case id; expected letters, digits, '.', '-' or '_' (claimtrail import <case> --urls LIST, or <case> FILE…)`);
  const listed = request.list !== undefined ? await readAddressList(request.list) : { addresses: [], problems: [] };
  const registry = await loadDefaultRegistry();
  const store = openStore(request.dataDir);
  const results: ItemResult[] = [];
  try {
    if (!store.getCase(caseId)) {
      store.createCase({ id: caseId, title: caseId });
      process.stderr.write(`import: created case '${caseId}' in ${store.file}\n`);
    }
    if (listed.addresses.length > 0) results.push(...(await importAddresses(store, caseId, listed.addresses, registry, { ...options, onItem: itemProgress("fetch") })));
    if (request.files.length > 0) results.push(...(await importFiles(store, caseId, request.files, registry, { onItem: itemProgress("import") })));
  } finally {
    store.close();
  }
  const count = (status: ItemOutcome["status"]) => results.filter((r) => r.outcome.status === status).length;
  const failures = [
    ...listed.problems.map((p) => `${request.list}, ${p.where}: '${p.text.slice(0, 200)}': ${p.reason}`),
    ...results.flatMap((r) => (r.outcome.status === "failed" ? [`${r.item}: ${r.outcome.reason}`] : [])),
  ];
  // What the reading of an imported article noticed (a date that is not one, text cut at the limit), as for a folder.
  for (const r of results) if (r.outcome.status === "imported") for (const p of r.outcome.problems) process.stderr.write(`${p.severity}: ${r.item}: ${p.reason}\n`);
  for (const f of failures) process.stderr.write(`failed: ${f}\n`);
  if (results.some((r) => r.outcome.status === "failed")) process.stderr.write("import: run the same command again to retry the failures; what was imported is skipped\n");
  process.stdout.write(`case '${caseId}': ${count("imported")} imported, ${count("skipped")} already there, ${failures.length} failed\n`);
  return failures.length > 0 ? EXIT.problems : EXIT.ok;
}
