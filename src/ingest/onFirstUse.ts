/**
 * Libraries the ingest stage loads when it first reads an article, not when it is imported: the DOM, Readability, date
 * and YAML parsers together took a large part of a server's start, and the first answer (the list of cases) reads no article.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** A getter that loads package `name` (its CommonJS build, which node can load synchronously) the first time it is called. */
export function libraryOnFirstUse<T>(name: string): () => T {
  let library: T | undefined;
  return () => (library ??= require(name) as T);
}
