/** The reading stage's public face: read one article, then resolve readings across the case. */
export { readArticle } from "./read.ts";
export { resolveReadings } from "./resolve.ts";
export type { ArticleReading, Attribution, Quotation, SourceMention, Syndication } from "./types.ts";
