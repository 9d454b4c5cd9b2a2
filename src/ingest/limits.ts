/** Bounds on what one case may hold, so a hostile or mistaken file cannot exhaust memory or time. */

/** Largest article file read, in bytes; a news article is rarely above 200 kB even as a saved page. */
export const MAX_ARTICLE_BYTES = 8 * 1024 * 1024;
/** Largest extracted article text kept, in characters; longer texts are truncated with a warning. */
export const MAX_ARTICLE_CHARS = 400_000;
/** Most files one case folder may hold before the rest are skipped. */
export const MAX_CASE_FILES = 100_000;
/** Largest case.json read, in bytes. */
export const MAX_CASE_JSON_BYTES = 2 * 1024 * 1024;
/**
 * Deepest element nesting of a saved page kept as it is; deeper elements are flattened (their text kept). Real news pages
 * nest a few dozen levels; Readability's cost grows much faster than the depth (2,000 levels took 38 s, 50,000 overflowed).
 */
export const MAX_HTML_DEPTH = 200;
/** Cases with fewer articles to read than this are read on the calling thread (starting workers costs more than it saves). */
export const PARALLEL_FROM = 50;
/**
 * Longest one article's per-article stages (clean, read) may run in a worker before it is stopped and the article left
 * unread: the worker thread's CPU time where the system reports it, else wall time (workers/taskClock.ts).
 */
export const ARTICLE_TIME_BUDGET_MS = 30_000;
/** Largest list of addresses `claimtrail import --urls` reads, in bytes. */
export const MAX_ADDRESS_LIST_BYTES = 2 * 1024 * 1024;
/** Most addresses one `claimtrail import --urls` run takes; the rest are reported, to be imported by another run. */
export const MAX_ADDRESS_LIST_ENTRIES = 10_000;
