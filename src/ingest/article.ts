/** Turns one file's text and the user's overrides into a RawArticle: pure, so the CLI, the server and tests share it. */
import { parsePublished } from "../core/dates.ts";
import { outletNameFromDomain, type OutletRegistry } from "../core/outlets.ts";
import type { ArticleFields } from "./frontMatter.ts";
import { parseFrontMatter } from "./frontMatter.ts";
import { extractHtml } from "./html.ts";
import { MAX_ARTICLE_CHARS } from "./limits.ts";
import { markdownToText } from "./markdown.ts";
import { datelineDate, writtenDate } from "./textDate.ts";
import type { ArticleFormat, ArticleMeta, LoadProblem, MetaOrigin, RawArticle } from "./types.ts";

export interface ArticleInput {
  /** Path relative to the case root (forward slashes); names the article in every message. */
  file: string;
  format: ArticleFormat;
  text: string;
  /** Values from case.json (or a user's correction), which win over what the file says. */
  overrides?: ArticleFields;
}

export interface ArticleResult {
  article?: RawArticle;
  problems: LoadProblem[];
}

/** The article format implied by a file name, or undefined when the file is not an article. */
export function formatOfFile(file: string): ArticleFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith(".txt")) return "text";
  if (lower.endsWith(".md") || lower.endsWith(".markdown")) return "markdown";
  if (lower.endsWith(".html") || lower.endsWith(".htm")) return "html";
  return undefined;
}

function defaultId(file: string): string {
  const base = file.split("/").pop() ?? file;
  return base.replace(/\.[^.]+$/, "");
}

/** An id must be usable in a URL path and a graph key: letters, digits, dot, dash, underscore. */
export function sanitiseId(id: string): string {
  const cleaned = id.normalize("NFKC").replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^[-.]+|-+$/g, "").slice(0, 120);
  return cleaned || "article";
}

/** Finds "he told Asia Times" / "tells Asia Times": an outlet naming itself as the interviewer. */
function selfReferencedOutlet(text: string, registry: OutletRegistry): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\b(?:told|tells|said to|speaking to|in an interview with)\s+((?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})/g)) {
    // The longest leading run of words that names a registry outlet ("Asia Times" in "Asia Times While").
    const words = (m[1] ?? "").split(/[ \t]+/);
    for (let n = words.length; n > 0; n--) {
      const entry = registry.byName(words.slice(0, n).join(" "));
      if (entry) {
        counts.set(entry.name, (counts.get(entry.name) ?? 0) + 1);
        break;
      }
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  // Two or more "told X" with one outlet is an interviewer's house phrasing, not a citation of X.
  return best && best[1] >= 2 && (ranked[1]?.[1] ?? 0) < best[1] ? best[0] : undefined;
}

/** Reads one article: front matter or page metadata, overrides, date and outlet inference. Never throws for bad content. */
export function readArticle(input: ArticleInput, registry: OutletRegistry): ArticleResult {
  const problems: LoadProblem[] = [];
  const warn = (reason: string) => problems.push({ file: input.file, severity: "warning", reason });
  let text: string;
  let fields: ArticleFields = {};
  const origin: Partial<Record<"outlet" | "title" | "published", MetaOrigin>> = {};
  let pageSite: string | undefined;
  let captions: string[] = [];
  let satireNotice: string | undefined;

  if (input.format === "html") {
    const page = extractHtml(input.text);
    page.warnings.forEach(warn);
    text = page.text;
    captions = page.captions;
    pageSite = page.siteName;
    satireNotice = page.satireNotice;
    fields = { title: page.title, url: page.url, published: page.published, author: page.author, language: page.language };
    if (page.title) origin.title = "page_meta";
    if (page.published) origin.published = "page_meta";
  } else {
    const fm = parseFrontMatter(input.text);
    fm.warnings.forEach(warn);
    text = input.format === "markdown" ? markdownToText(fm.body) : fm.body;
    fields = fm.fields;
    if (fm.fields.outlet) origin.outlet = "front_matter";
    if (fm.fields.title) origin.title = "front_matter";
    if (fm.fields.published) origin.published = "front_matter";
  }
  for (const [k, v] of Object.entries(input.overrides ?? {})) {
    if (v === undefined) continue;
    (fields as Record<string, unknown>)[k] = v;
    if (k === "outlet" || k === "title" || k === "published") origin[k] = "case.json";
  }

  text = text.replace(/\r\n?/g, "\n");
  if (text.trim().length === 0) {
    problems.push({ file: input.file, severity: "error", reason: "the article has no readable text (0 characters after extraction); expected an article body" });
    return { problems };
  }
  if (text.length > MAX_ARTICLE_CHARS) {
    warn(`the article text is ${text.length} characters; only the first ${MAX_ARTICLE_CHARS} were analysed`);
    text = text.slice(0, MAX_ARTICLE_CHARS);
  }

  const meta: ArticleMeta = { id: sanitiseId(fields.id ?? defaultId(input.file)), file: input.file, format: input.format };
  if (fields.id && meta.id !== fields.id) warn(`id '${fields.id}' has characters not allowed in an id; it became '${meta.id}'`);
  if (fields.title) meta.title = fields.title.trim();
  if (fields.author) meta.author = fields.author;
  if (satireNotice) meta.satireNotice = satireNotice;
  if (fields.language) meta.language = fields.language;
  if (!fields.url) {
    // A pasted page often keeps its own address in a footer line ("Original URL: https://…").
    const own = /^\s*(?:original url|source url|canonical url|permalink|url)\s*:\s*(https?:\/\/\S+)\s*$/im.exec(text)?.[1];
    if (own) fields = { ...fields, url: own };
  }
  if (fields.url) {
    try {
      const u = new URL(fields.url);
      if (u.protocol === "http:" || u.protocol === "https:") meta.url = u.toString();
      else warn(`url '${fields.url}' is not an http(s) address; ignored`);
    } catch {
      warn(`url '${fields.url}' is not a valid address; ignored`);
    }
  }
  if (fields.published) {
    const parsed = parsePublished(fields.published, fields.published_estimated ?? false);
    if ("error" in parsed) {
      // Page metadata often carries full timestamps with odd zones; keep the day when the start of it is a valid date.
      const dayOnly = parsePublished(fields.published.slice(0, 10), fields.published_estimated ?? false);
      if (!("error" in dayOnly) && fields.published.length > 10 && origin.published === "page_meta") {
        meta.published = dayOnly;
        meta.publishedOrigin = origin.published;
      } else {
        // Not ISO, but plainly a date ("March 28, 2019"): read it, and say how it was read.
        const written = /^\d{4}(?:-|$)/.test(fields.published.trim()) ? undefined : writtenDate(fields.published, fields.published_estimated ?? false);
        if (written) {
          meta.published = written;
          meta.publishedOrigin = origin.published;
          warn(`published date '${fields.published}' is not ISO 8601; it was read as ${written.iso} (write ${written.iso} to be sure)`);
        } else {
          warn(`published date ${parsed.error}; the article is analysed without a date`);
        }
      }
    } else {
      meta.published = parsed;
      meta.publishedOrigin = origin.published;
    }
  } else if (fields.published_estimated !== undefined) {
    warn("published_estimated is set but there is no published date");
  }
  if (!meta.published && !fields.published) {
    // No date given: the article's own dateline may carry one (taken as an estimate, never as exact).
    const found = datelineDate(text, meta.language, meta.title);
    if (found) {
      meta.published = found;
      meta.publishedOrigin = "dateline";
    }
  }

  if (fields.outlet) {
    // As given: the case's name for its outlet wins over the registry's (the case registry reads it as that entry).
    meta.outlet = fields.outlet.trim();
    meta.outletOrigin = origin.outlet ?? "front_matter";
  } else if (pageSite) {
    meta.outlet = registry.byName(pageSite)?.name ?? pageSite;
    meta.outletOrigin = "page_meta";
  } else if (meta.url) {
    const entry = registry.byDomain(meta.url);
    meta.outlet = entry?.name ?? outletNameFromDomain(meta.url);
    meta.outletOrigin = entry ? "registry" : "url_domain";
  }
  if (!meta.outlet) {
    const self = selfReferencedOutlet(text, registry);
    if (self) {
      meta.outlet = self;
      meta.outletOrigin = "credit_line";
    }
  }
  if (meta.title) meta.titleOrigin = origin.title ?? "front_matter";
  return { article: { meta, text, ...(captions.length > 0 ? { captions } : {}) }, problems };
}

/** True when the outlet was given by the user (case.json or front matter) rather than inferred. */
export function outletIsGiven(meta: ArticleMeta): boolean {
  return meta.outletOrigin === "case.json" || meta.outletOrigin === "front_matter";
}
