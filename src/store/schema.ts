/** The store's schema as an ordered list of migrations; `PRAGMA user_version` records how many have run. */
import type { Database } from "better-sqlite3";
import { InputError } from "../core/errors.ts";

/** Each entry upgrades the schema by one version; never edit a released entry, append a new one. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT,
    -- Outlets the case adds to the registry (outlets.json), as JSON.
    outlets TEXT NOT NULL DEFAULT '[]',
    created TEXT NOT NULL,
    -- Bumped by every write to the case or its articles, so readers (even in another process) know to rebuild.
    revision INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE articles (
    pk INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    -- Path inside the case folder (forward slashes); the article's name in messages and exports.
    file TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
    -- The evidence snapshot: exactly the bytes received (a file, a pasted text, a fetched page).
    original BLOB NOT NULL,
    original_sha256 TEXT NOT NULL,
    -- For URL imports: the address asked for, the one the page finally came from, and when.
    source_url TEXT,
    final_url TEXT,
    fetched_at TEXT,
    -- What ingestion read from the snapshot alone (ArticleMeta JSON), kept apart from what people said.
    extracted TEXT NOT NULL,
    -- Metadata stated when the article was added (case.json entry, API fields), JSON ArticleFields.
    given TEXT NOT NULL DEFAULT '{}',
    -- Later corrections by a user (outlet, published, title), JSON; they win over given and extracted values.
    corrections TEXT NOT NULL DEFAULT '{}',
    -- SHA-256 of the normalised extracted text: the same text is the same article.
    text_hash TEXT NOT NULL,
    position INTEGER NOT NULL,
    created TEXT NOT NULL,
    UNIQUE (case_id, id),
    UNIQUE (case_id, file),
    UNIQUE (case_id, text_hash)
  );
  CREATE INDEX articles_case_position ON articles(case_id, position);
  -- Every address an article is known by (asked for, final, canonical), for duplicate detection.
  CREATE TABLE article_urls (
    case_id TEXT NOT NULL,
    url_key TEXT NOT NULL,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    PRIMARY KEY (case_id, url_key)
  );
  CREATE INDEX article_urls_article ON article_urls(article_pk);
  -- Per-article stage outputs keyed by a hash of their inputs and of the code that made them.
  CREATE TABLE analysis_cache (
    key TEXT PRIMARY KEY,
    stage TEXT NOT NULL,
    value TEXT NOT NULL,
    created TEXT NOT NULL
  );
  `,
  // 2: reviews, a layer beside what was extracted (src/review): who, when, why, and the anchor that finds the element again.
  `
  CREATE TABLE reviews (
    pk INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('confirm', 'reject', 'add', 'retype', 'rename', 'merge')),
    -- JSON: { kind, from, to, evidence: { article, text, start?, end? } } for an edge, { key, label } for a node.
    anchor TEXT NOT NULL,
    payload TEXT,
    reason TEXT,
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (case_id, id)
  );
  CREATE INDEX reviews_case ON reviews(case_id, at);
  `,
  // 3: a teacher's story of a case (src/client/captions.ts: captions, hidden steps, order, own steps), one JSON document
  // per case beside the analysis, which never writes it: a re-analysis leaves the teacher's words as they were.
  `
  CREATE TABLE story_edits (
    case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    edits TEXT NOT NULL,
    updated TEXT NOT NULL
  );
  `,
];

/** Brings a database up to the latest schema, each migration in its own transaction. Refuses a database newer than this code. */
export function migrate(db: Database): number {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new InputError("store", `the database has schema version ${current}, newer than this claimtrail (${MIGRATIONS.length}); expected an older or equal version — upgrade claimtrail`);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    const sql = MIGRATIONS[v] as string;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length;
}
