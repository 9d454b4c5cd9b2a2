/** Turns a snapshot (bytes of a file, a pasted text, a fetched page) into an article ready to store, using the ingest stage's own reader. */
import { InputError } from "../core/errors.ts";
import type { OutletRegistry } from "../core/outlets.ts";
import { slugify } from "../core/text.ts";
import { readArticle, sanitiseId } from "../ingest/article.ts";
import { decodeArticleBytes } from "../ingest/decode.ts";
import type { ArticleFields } from "../ingest/frontMatter.ts";
import { MAX_ARTICLE_BYTES } from "../ingest/limits.ts";
import type { ArticleFormat, LoadProblem, RawArticle } from "../ingest/types.ts";
import { textHash, urlKey } from "./hash.ts";
import type { Store } from "./store.ts";
import type { Corrections, FetchRecord, NewArticle } from "./types.ts";

/** A snapshot to add to a case. */
export interface Snapshot {
  format: ArticleFormat;
  bytes: Uint8Array;
  /** The file name the user gave (an upload) or the path inside an imported folder; a name is made up when absent. */
  file?: string;
  /** Metadata the user stated with it (API fields, a case.json entry). */
  given?: ArticleFields;
  fetch?: FetchRecord;
}

const EXTENSION: Record<ArticleFormat, string> = { text: ".txt", markdown: ".md", html: ".html" };

/** Reads stored bytes back to text, the way a case folder's file is read. */
export function decodeSnapshot(file: string, bytes: Uint8Array): { text: string; problems: LoadProblem[] } {
  const decoded = decodeArticleBytes(bytes);
  if ("error" in decoded) throw new InputError("store", `article '${file}': ${decoded.error}`, { file });
  return { text: decoded.text, problems: decoded.warning ? [{ file, severity: "warning", reason: decoded.warning }] : [] };
}

/** The article as the analysis sees it: the snapshot read with given values and corrections applied, under the stored id and file. */
export function effectiveArticle(
  stored: { id: string; file: string; format: ArticleFormat; original: Uint8Array; given: ArticleFields; corrections: Corrections },
  registry: OutletRegistry,
): { article?: RawArticle; problems: LoadProblem[] } {
  let decoded;
  try {
    decoded = decodeSnapshot(stored.file, stored.original);
  } catch (e) {
    return { problems: [{ file: stored.file, severity: "error", reason: (e as Error).message }] };
  }
  const result = readArticle({ file: stored.file, format: stored.format, text: decoded.text, overrides: { ...stored.given, ...stored.corrections } }, registry);
  if (result.article) result.article.meta = { ...result.article.meta, id: stored.id, file: stored.file };
  return { article: result.article, problems: [...decoded.problems, ...result.problems] };
}

/** Prepares a snapshot for the store. Throws InputError when it holds no readable article (binary, empty, too large). */
export function prepareArticle(snapshot: Snapshot, registry: OutletRegistry): { article: NewArticle; problems: LoadProblem[] } {
  const provisional = snapshot.file ?? `articles/article${EXTENSION[snapshot.format]}`;
  if (snapshot.bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new InputError("store", `article '${provisional}' is ${(snapshot.bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`, { file: provisional });
  }
  const decoded = decodeSnapshot(provisional, snapshot.bytes);
  const extracted = readArticle({ file: provisional, format: snapshot.format, text: decoded.text }, registry);
  if (!extracted.article) {
    const reason = extracted.problems.find((p) => p.severity === "error")?.reason ?? "no readable text";
    throw new InputError("store", `article '${provisional}': ${reason}`, { file: provisional });
  }
  const given = snapshot.given ?? {};
  const meta = extracted.article.meta;
  // A named file keeps its id (contract §1); a pasted or fetched text is named after its title, else its outlet and date.
  let id = meta.id;
  let file = provisional;
  if (!snapshot.file) {
    const title = given.title ?? meta.title;
    const fallback = [given.outlet ?? meta.outlet, given.published ?? meta.published?.iso].filter(Boolean).join(" ");
    const named = given.id ?? (slugify(title ?? "").slice(0, 60) || slugify(fallback).slice(0, 60));
    id = sanitiseId(named || `article-${textHash(extracted.article.text).slice(0, 8)}`);
    file = `articles/${id}${EXTENSION[snapshot.format]}`;
  }
  const urls = [snapshot.fetch?.sourceUrl, snapshot.fetch?.finalUrl, given.url, meta.url].flatMap((u) => {
    const key = u ? urlKey(u) : undefined;
    return key ? [key] : [];
  });
  return {
    article: {
      id,
      file,
      format: snapshot.format,
      original: snapshot.bytes,
      ...(snapshot.fetch ? { fetch: snapshot.fetch } : {}),
      extracted: meta,
      given,
      textHash: textHash(extracted.article.text),
      urlKeys: [...new Set(urls)],
    },
    problems: [...decoded.problems, ...extracted.problems],
  };
}

/**
 * Prepares a snapshot and adds it to a case: how one article enters a case outside a folder import (the explorer's
 * Edit menu and `claimtrail import <case> …`). A fetched page whose text names no address keeps the one it came from.
 * A duplicate is the store's ConflictError naming the stored article.
 */
export function addSnapshot(store: Store, caseId: string, snapshot: Snapshot, registry: OutletRegistry): { id: string; problems: LoadProblem[] } {
  const { article, problems } = prepareArticle(snapshot, registry);
  if (snapshot.fetch && !article.extracted.url) article.given = { ...article.given, url: snapshot.fetch.finalUrl };
  return { id: store.addArticle(caseId, article), problems };
}
