/** The workspace store: one SQLite file (WAL), every write one transaction, cases and articles as evidence snapshots. */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { ConflictError, InputError, NotFoundError } from "../core/errors.ts";
import type { OutletEntry } from "../core/outlets.ts";
import { slugify } from "../core/text.ts";
import { sanitiseId } from "../ingest/article.ts";
import type { ArticleFields } from "../ingest/frontMatter.ts";
import type { ArticleFormat, ArticleMeta } from "../ingest/types.ts";
import { sha256 } from "./hash.ts";
import { migrate } from "./schema.ts";
import type { ArticleHead, ArticleRecord, CaseRecord, Corrections, DuplicateHit, NewArticle } from "./types.ts";
import { randomBytes } from "node:crypto";
import type { Review, ReviewInput } from "../review/types.ts";
import { readEdits, type StoryEdits } from "../client/captions.ts";

/** Where the store lives when no --data is given, relative to the working directory. */
export const DEFAULT_DATA_DIR = ".claimtrail";
/** The database file's name inside the data directory. */
export const DB_FILE = "claimtrail.db";

/** A case to create: the id is derived from the title when not given. */
export interface NewCase {
  id?: string;
  title: string;
  description?: string;
  outlets?: OutletEntry[];
}

interface CaseRow {
  id: string;
  title: string;
  description: string | null;
  outlets: string;
  created: string;
  revision: number;
  articles: number;
}

const ARTICLE_COLUMNS = [
  "pk", "case_id", "id", "file", "format", "original", "original_sha256", "source_url", "final_url", "fetched_at",
  "extracted", "given", "corrections", "text_hash", "position", "created",
] as const;

interface ArticleRow {
  pk: number;
  case_id: string;
  id: string;
  file: string;
  format: ArticleFormat;
  original: Buffer;
  original_sha256: string;
  source_url: string | null;
  final_url: string | null;
  fetched_at: string | null;
  extracted: string;
  given: string;
  corrections: string;
  text_hash: string;
  position: number;
  created: string;
}

interface ReviewRow {
  case_id: string;
  id: string;
  action: Review["action"];
  anchor: string;
  payload: string | null;
  reason: string | null;
  reviewer: string;
  at: string;
}

function toReview(row: ReviewRow): Review {
  return {
    id: row.id,
    case: row.case_id,
    action: row.action,
    anchor: JSON.parse(row.anchor) as Review["anchor"],
    ...(row.payload !== null ? { payload: JSON.parse(row.payload) as NonNullable<Review["payload"]> } : {}),
    ...(row.reason !== null ? { reason: row.reason } : {}),
    reviewer: row.reviewer,
    at: row.at,
  };
}

function toCase(row: CaseRow): CaseRecord {
  return {
    id: row.id,
    title: row.title,
    ...(row.description !== null ? { description: row.description } : {}),
    outlets: JSON.parse(row.outlets) as OutletEntry[],
    created: row.created,
    revision: row.revision,
    articles: row.articles,
  };
}

function toArticle(row: ArticleRow): ArticleRecord {
  return {
    caseId: row.case_id,
    id: row.id,
    file: row.file,
    format: row.format,
    original: row.original,
    originalSha256: row.original_sha256,
    ...(row.source_url !== null && row.final_url !== null && row.fetched_at !== null
      ? { fetch: { sourceUrl: row.source_url, finalUrl: row.final_url, fetchedAt: row.fetched_at } }
      : {}),
    extracted: JSON.parse(row.extracted) as ArticleMeta,
    given: JSON.parse(row.given) as ArticleFields,
    corrections: JSON.parse(row.corrections) as Corrections,
    textHash: row.text_hash,
    position: row.position,
    created: row.created,
  };
}

/** First of `base`, `base-2`, `base-3`… for which `taken` is false. */
function freeName(base: string, taken: (candidate: string) => boolean): string {
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The file name an article gets when its id changes to stay unique: same folder and extension. */
function fileForId(file: string, id: string): string {
  const slash = file.lastIndexOf("/");
  const dir = slash >= 0 ? file.slice(0, slash + 1) : "";
  const ext = /\.[^./]+$/.exec(file)?.[0] ?? "";
  return `${dir}${id}${ext}`;
}

/** Open handle on a store. Methods are synchronous (better-sqlite3); each write is atomic. */
export class Store {
  readonly db: Database.Database;
  readonly file: string;

  constructor(file: string) {
    this.file = file;
    if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    // NORMAL with WAL: a killed process never loses a commit and the file stays consistent; only a power cut may drop
    // the last commits. FULL would fsync on every commit (~8 ms here), blocking every reader of the server meanwhile.
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("foreign_keys = ON");
    // Another process (claimtrail import while a server runs) may hold the write lock for a moment.
    this.db.pragma("busy_timeout = 5000");
    migrate(this.db);
  }

  close(): void {
    this.db.close();
  }

  /** Runs `fn` in one write transaction (BEGIN IMMEDIATE, so concurrent writers queue instead of failing midway). */
  write<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  // ---- cases ----

  listCases(): CaseRecord[] {
    const rows = this.db
      .prepare(`SELECT c.*, (SELECT count(*) FROM articles a WHERE a.case_id = c.id) AS articles FROM cases c ORDER BY c.created, c.id`)
      .all() as CaseRow[];
    return rows.map(toCase);
  }

  getCase(id: string): CaseRecord | undefined {
    const row = this.db.prepare(`SELECT c.*, (SELECT count(*) FROM articles a WHERE a.case_id = c.id) AS articles FROM cases c WHERE c.id = ?`).get(id) as CaseRow | undefined;
    return row ? toCase(row) : undefined;
  }

  /** The case's revision, bumped by every write to it; undefined when the case does not exist. Cheap: called on every read. */
  revision(id: string): number | undefined {
    const row = this.db.prepare(`SELECT revision FROM cases WHERE id = ?`).get(id) as { revision: number } | undefined;
    return row?.revision;
  }

  private requireCase(id: string): void {
    if (this.revision(id) === undefined) throw new NotFoundError("store", `case '${id}' does not exist`, { case: id });
  }

  private bump(caseId: string): void {
    this.db.prepare(`UPDATE cases SET revision = revision + 1 WHERE id = ?`).run(caseId);
  }

  private insertCase(c: NewCase): string {
    const wanted = c.id !== undefined ? sanitiseId(c.id) : slugify(c.title).slice(0, 60) || "case";
    if (c.id !== undefined && this.revision(wanted) !== undefined) {
      throw new ConflictError("store", `case '${wanted}' already exists; expected a new case id (or delete the old case first)`, { existing: wanted });
    }
    const id = freeName(wanted, (x) => this.revision(x) !== undefined);
    this.db
      .prepare(`INSERT INTO cases (id, title, description, outlets, created) VALUES (?, ?, ?, ?, ?)`)
      .run(id, c.title, c.description ?? null, JSON.stringify(c.outlets ?? []), new Date().toISOString());
    return id;
  }

  /** Creates an empty case and returns its id. */
  createCase(c: NewCase): string {
    return this.write(() => this.insertCase(c));
  }

  renameCase(id: string, title: string): void {
    this.write(() => {
      this.requireCase(id);
      this.db.prepare(`UPDATE cases SET title = ?, revision = revision + 1 WHERE id = ?`).run(title, id);
    });
  }

  /** Deletes a case and all its articles. */
  deleteCase(id: string): void {
    this.write(() => {
      this.requireCase(id);
      this.db.prepare(`DELETE FROM cases WHERE id = ?`).run(id);
    });
  }

  // ---- articles ----

  articles(caseId: string): ArticleRecord[] {
    return (this.db.prepare(`SELECT * FROM articles WHERE case_id = ? ORDER BY position, pk`).all(caseId) as ArticleRow[]).map(toArticle);
  }

  /** Every article of a case without its snapshot bytes (cheap; the analysis cache needs only the snapshot's hash). */
  articleHeads(caseId: string): ArticleHead[] {
    const cols = ARTICLE_COLUMNS.filter((c) => c !== "original").join(", ");
    return (this.db.prepare(`SELECT ${cols} FROM articles WHERE case_id = ? ORDER BY position, pk`).all(caseId) as ArticleRow[]).map((row) => {
      const { original: _o, ...head } = toArticle({ ...row, original: Buffer.alloc(0) });
      return head;
    });
  }

  /** The snapshot bytes of one article. */
  original(caseId: string, id: string): Buffer | undefined {
    return (this.db.prepare(`SELECT original FROM articles WHERE case_id = ? AND id = ?`).get(caseId, id) as { original: Buffer } | undefined)?.original;
  }

  /** Runs reads as one snapshot: a write by another connection in between is either wholly seen or not at all. */
  read<T>(fn: () => T): T {
    return this.db.transaction(fn).deferred();
  }

  article(caseId: string, id: string): ArticleRecord | undefined {
    const row = this.db.prepare(`SELECT * FROM articles WHERE case_id = ? AND id = ?`).get(caseId, id) as ArticleRow | undefined;
    return row ? toArticle(row) : undefined;
  }

  /** The stored article with the same text or one of the same addresses, if any. */
  findDuplicate(caseId: string, probe: { textHash?: string; urlKeys?: readonly string[] }): DuplicateHit | undefined {
    for (const key of probe.urlKeys ?? []) {
      const row = this.db.prepare(`SELECT a.id FROM article_urls u JOIN articles a ON a.pk = u.article_pk WHERE u.case_id = ? AND u.url_key = ?`).get(caseId, key) as { id: string } | undefined;
      if (row) return { id: row.id, by: "url" };
    }
    if (probe.textHash) {
      const row = this.db.prepare(`SELECT id FROM articles WHERE case_id = ? AND text_hash = ?`).get(caseId, probe.textHash) as { id: string } | undefined;
      if (row) return { id: row.id, by: "text" };
    }
    return undefined;
  }

  private insertArticle(caseId: string, a: NewArticle): string {
    const dup = this.findDuplicate(caseId, a);
    if (dup) {
      const what = dup.by === "url" ? "the same address" : "the same text";
      throw new ConflictError("store", `article '${a.file}' has ${what} as article '${dup.id}' of case '${caseId}'; it was not stored twice`, { existing: dup.id, by: dup.by });
    }
    const idTaken = (x: string) => this.db.prepare(`SELECT 1 FROM articles WHERE case_id = ? AND id = ?`).get(caseId, x) !== undefined;
    const fileTaken = (x: string) => this.db.prepare(`SELECT 1 FROM articles WHERE case_id = ? AND file = ?`).get(caseId, x) !== undefined;
    const id = freeName(a.id, (x) => idTaken(x) || fileTaken(fileForId(a.file, x)));
    const file = id === a.id && !fileTaken(a.file) ? a.file : fileForId(a.file, id);
    const position = (this.db.prepare(`SELECT coalesce(max(position), -1) + 1 AS p FROM articles WHERE case_id = ?`).get(caseId) as { p: number }).p;
    const original = Buffer.from(a.original.buffer, a.original.byteOffset, a.original.byteLength);
    const info = this.db
      .prepare(
        `INSERT INTO articles (case_id, id, file, format, original, original_sha256, source_url, final_url, fetched_at, extracted, given, text_hash, position, created)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        caseId, id, file, a.format, original, sha256(original), a.fetch?.sourceUrl ?? null, a.fetch?.finalUrl ?? null, a.fetch?.fetchedAt ?? null,
        JSON.stringify(a.extracted), JSON.stringify(a.given), a.textHash, position, new Date().toISOString(),
      );
    const addUrl = this.db.prepare(`INSERT OR IGNORE INTO article_urls (case_id, url_key, article_pk) VALUES (?, ?, ?)`);
    for (const key of a.urlKeys) addUrl.run(caseId, key, info.lastInsertRowid);
    return id;
  }

  /** Adds one article; a duplicate (same address or same text) is a ConflictError naming the stored article. Returns the id it got. */
  addArticle(caseId: string, a: NewArticle): string {
    return this.write(() => {
      this.requireCase(caseId);
      const id = this.insertArticle(caseId, a);
      this.bump(caseId);
      return id;
    });
  }

  /**
   * Creates a case with all its articles in one transaction: a crash leaves either the whole case or none of it.
   * Duplicates inside the batch are skipped and returned; `onArticle` is told of each insert (progress, tests).
   */
  importCase(c: NewCase, articles: readonly NewArticle[], onArticle?: (done: number, total: number) => void): { id: string; skipped: { file: string; duplicateOf: string }[] } {
    return this.write(() => {
      const id = this.insertCase(c);
      const skipped: { file: string; duplicateOf: string }[] = [];
      articles.forEach((a, i) => {
        try {
          this.insertArticle(id, a);
        } catch (e) {
          if (!(e instanceof ConflictError)) throw e;
          skipped.push({ file: a.file, duplicateOf: String(e.context.existing) });
        }
        onArticle?.(i + 1, articles.length);
      });
      this.bump(id);
      return { id, skipped };
    });
  }

  /** Sets or (with null) removes corrections of outlet, date or title; extracted and given values stay as they were. */
  correctArticle(caseId: string, id: string, changes: { [K in keyof Corrections]?: Corrections[K] | null }): ArticleRecord {
    return this.write(() => {
      const current = this.article(caseId, id);
      if (!current) throw new NotFoundError("store", `article '${id}' is not in case '${caseId}'`, { case: caseId, article: id });
      const next: Record<string, unknown> = { ...current.corrections };
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined) continue;
        if (v === null) delete next[k];
        else next[k] = v;
      }
      this.db.prepare(`UPDATE articles SET corrections = ? WHERE case_id = ? AND id = ?`).run(JSON.stringify(next), caseId, id);
      this.bump(caseId);
      return { ...current, corrections: next as Corrections };
    });
  }

  deleteArticle(caseId: string, id: string): void {
    this.write(() => {
      const info = this.db.prepare(`DELETE FROM articles WHERE case_id = ? AND id = ?`).run(caseId, id);
      if (info.changes === 0) throw new NotFoundError("store", `article '${id}' is not in case '${caseId}'`, { case: caseId, article: id });
      this.bump(caseId);
    });
  }

  // ---- reviews (src/review): a layer beside what was extracted, applied at each analysis ----

  /** The case's reviews, oldest first. */
  reviews(caseId: string): Review[] {
    const rows = this.db.prepare(`SELECT * FROM reviews WHERE case_id = ? ORDER BY at, pk`).all(caseId) as ReviewRow[];
    return rows.map(toReview);
  }

  private insertReview(caseId: string, input: ReviewInput): Review {
    const review: Review = {
      id: input.id ?? randomBytes(9).toString("base64url"),
      case: caseId,
      action: input.action,
      anchor: input.anchor,
      ...(input.payload ? { payload: input.payload } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
      reviewer: input.reviewer,
      at: input.at ?? new Date().toISOString(),
    };
    this.db
      .prepare(`INSERT INTO reviews (case_id, id, action, anchor, payload, reason, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(caseId, review.id, review.action, JSON.stringify(review.anchor), review.payload ? JSON.stringify(review.payload) : null, review.reason ?? null, review.reviewer, review.at);
    return review;
  }

  private hasReview(caseId: string, id: string): boolean {
    return this.db.prepare(`SELECT 1 FROM reviews WHERE case_id = ? AND id = ?`).get(caseId, id) !== undefined;
  }

  /** Keeps one review (checked at the boundary); the case is re-analysed with it. A review id already kept is a ConflictError. */
  addReview(caseId: string, input: ReviewInput): Review {
    return this.write(() => {
      this.requireCase(caseId);
      if (input.id && this.hasReview(caseId, input.id)) throw new ConflictError("store", `review '${input.id}' is already kept for case '${caseId}'`, { existing: input.id, by: "id" });
      const review = this.insertReview(caseId, input);
      this.bump(caseId);
      return review;
    });
  }

  /** Keeps many reviews in one transaction (an import): reviews whose id is already kept are skipped and returned. */
  importReviews(caseId: string, inputs: readonly ReviewInput[]): { added: Review[]; skipped: string[] } {
    return this.write(() => {
      this.requireCase(caseId);
      const added: Review[] = [];
      const skipped: string[] = [];
      for (const input of inputs) {
        if (input.id && this.hasReview(caseId, input.id)) skipped.push(input.id);
        else added.push(this.insertReview(caseId, input));
      }
      if (added.length > 0) this.bump(caseId);
      return { added, skipped };
    });
  }

  deleteReview(caseId: string, id: string): void {
    this.write(() => {
      this.requireCase(caseId);
      const info = this.db.prepare(`DELETE FROM reviews WHERE case_id = ? AND id = ?`).run(caseId, id);
      if (info.changes === 0) throw new NotFoundError("store", `review '${id}' is not kept for case '${caseId}'`, { case: caseId, review: id });
      this.bump(caseId);
    });
  }

  // ---- a teacher's story (src/client/captions.ts): beside the analysis, never read or written by it ----

  /** The teacher's edits of the case's story; undefined when none were saved. */
  storyEdits(caseId: string): StoryEdits | undefined {
    const row = this.db.prepare(`SELECT edits FROM story_edits WHERE case_id = ?`).get(caseId) as { edits: string } | undefined;
    return row ? readEdits(JSON.parse(row.edits)) : undefined;
  }

  /** Keeps the teacher's edits of the case's story (checked at the boundary), replacing the last ones. The case's revision stays: words change no analysis. */
  saveStoryEdits(caseId: string, edits: StoryEdits): void {
    this.write(() => {
      this.requireCase(caseId);
      this.db
        .prepare(`INSERT INTO story_edits (case_id, edits, updated) VALUES (?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET edits = excluded.edits, updated = excluded.updated`)
        .run(caseId, JSON.stringify(edits), new Date().toISOString());
    });
  }

  // ---- analysis cache ----

  cacheGet(key: string): string | undefined {
    return (this.db.prepare(`SELECT value FROM analysis_cache WHERE key = ?`).get(key) as { value: string } | undefined)?.value;
  }

  cachePut(key: string, stage: string, value: string): void {
    this.db.prepare(`INSERT OR REPLACE INTO analysis_cache (key, stage, value, created) VALUES (?, ?, ?, ?)`).run(key, stage, value, new Date().toISOString());
  }

  /** `PRAGMA integrity_check` and foreign keys: true when the file is sound. */
  check(): { ok: boolean; messages: string[] } {
    const integrity = (this.db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
    const fk = this.db.pragma("foreign_key_check") as unknown[];
    const messages = [...integrity.filter((m) => m !== "ok"), ...fk.map((r) => `foreign key: ${JSON.stringify(r)}`)];
    return { ok: messages.length === 0, messages };
  }
}

/** Opens (creating when missing) the store in a data directory; `:memory:` gives a throwaway store for tests. */
export function openStore(dataDir: string): Store {
  if (dataDir === ":memory:") return new Store(":memory:");
  if (!dataDir.trim()) throw new InputError("store", "the data directory is empty; expected a folder path such as ./.claimtrail");
  return new Store(path.join(dataDir, DB_FILE));
}
