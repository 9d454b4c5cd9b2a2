/** Saved web pages: the main text through Mozilla's Readability, and metadata from meta tags and JSON-LD. */
import type * as ReadabilityLib from "@mozilla/readability";
import type * as Linkedom from "linkedom";
import { declaresSatire } from "../core/satireNotices/index.ts";
import { escapeRegExp } from "../core/text.ts";
import { MAX_HTML_DEPTH } from "./limits.ts";
import { capNesting } from "./nesting.ts";
import { libraryOnFirstUse } from "./onFirstUse.ts";

const linkedom = libraryOnFirstUse<typeof Linkedom>("linkedom");
const readability = libraryOnFirstUse<typeof ReadabilityLib>("@mozilla/readability");

export interface HtmlExtraction {
  /** The main text with one paragraph per line-separated block; captions kept as their own paragraphs so cleaning can mark them. */
  text: string;
  /** Texts the page itself marks as figure captions (`<figcaption>`), for the cleaning stage. */
  captions: string[];
  title?: string;
  siteName?: string;
  published?: string;
  url?: string;
  author?: string;
  language?: string;
  /** The page's own words calling the site satire or fiction, outside its main text (see `satireNotice`). */
  satireNotice?: string;
  warnings: string[];
}

/** Characters of page furniture read for a satire notice (a footer is short; a whole page is not furniture). */
const NOTICE_REACH = 4000;

/** The first sentence of the page's furniture or description that declares the site satire, in any language with notice shapes (core/satireNotices). */
function satireNotice(doc: Document): string | undefined {
  const furniture = [...doc.querySelectorAll("header, nav, footer, aside, [class*=disclaimer], [id*=disclaimer]")].map((e) => e.textContent ?? "");
  const texts = [meta(doc, "description", "og:description"), ...furniture].filter((t): t is string => t !== undefined);
  for (const text of texts) {
    for (const sentence of text.slice(0, NOTICE_REACH).split(/(?<=[.!?])\s+|\s*[|\n]\s*/u)) {
      if (declaresSatire(sentence)) return sentence.trim().replace(/\s+/gu, " ").slice(0, 200);
    }
  }
  return undefined;
}

const BLOCK_TAGS = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "HEADER", "FOOTER", "ASIDE", "MAIN", "NAV",
  "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "BLOCKQUOTE", "FIGURE", "FIGCAPTION",
  "TABLE", "TR", "PRE", "DL", "DT", "DD", "HR", "ADDRESS",
]);

/** The figure captions of a DOM subtree, as the text `domToText` gives them. */
export function captionsOf(root: Element): string[] {
  return Array.from(root.querySelectorAll("figcaption"))
    .map((el) => domToText(el).replace(/\s+/g, " ").trim())
    .filter((t) => t.length > 0);
}

/** Renders a DOM subtree to text: blocks become paragraphs separated by blank lines, `<br>` a line break. Never emits markup. */
export function domToText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "TEMPLATE") return;
    if (tag === "BR") {
      out.push("\n");
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) out.push("\n\n");
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) out.push("\n\n");
  };
  walk(root);
  return out
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function meta(doc: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return undefined;
}

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  url?: string;
  publisherName?: string;
  author?: string;
}

function readJsonLd(doc: Document): JsonLdArticle {
  const found: JsonLdArticle = {};
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object") return;
    const o = value as Record<string, unknown>;
    if (o["@graph"]) visit(o["@graph"]);
    const type = o["@type"];
    const types = Array.isArray(type) ? type.map(String) : [String(type ?? "")];
    if (types.some((t) => /(News)?Article|Report|BlogPosting|WebPage/.test(t))) {
      if (!found.headline && typeof o.headline === "string") found.headline = o.headline;
      if (!found.datePublished && typeof o.datePublished === "string") found.datePublished = o.datePublished;
      if (!found.url && typeof o.url === "string") found.url = o.url;
      const pub = o.publisher as Record<string, unknown> | undefined;
      if (!found.publisherName && pub && typeof pub.name === "string") found.publisherName = pub.name;
      const author = Array.isArray(o.author) ? o.author[0] : o.author;
      if (!found.author && author && typeof author === "object" && typeof (author as Record<string, unknown>).name === "string") {
        found.author = (author as Record<string, unknown>).name as string;
      }
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken JSON-LD block is common on real pages; the meta tags still count.
    }
  }
  return found;
}

/** Extracts an article from a saved page. Metadata precedence: JSON-LD NewsArticle, then Open Graph / article meta, then `<title>`. */
export function extractHtml(page: string): HtmlExtraction {
  const warnings: string[] = [];
  // Bounded before any DOM exists: the parser, Readability and domToText all walk the tree.
  const nesting = capNesting(page, MAX_HTML_DEPTH);
  const html = nesting.html;
  if (nesting.flattened > 0) {
    warnings.push(`the page nests elements ${nesting.depth} levels deep; the limit is ${MAX_HTML_DEPTH}, so ${nesting.flattened} deeper elements were flattened (their text kept)`);
  }
  const { document } = linkedom().parseHTML(html);
  const doc = document as unknown as Document;
  const ld = readJsonLd(doc);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;
  const titleTag = doc.querySelector("title")?.textContent?.trim() || undefined;
  const result: HtmlExtraction = {
    text: "",
    captions: [],
    title: ld.headline ?? meta(doc, "og:title", "twitter:title") ?? titleTag,
    siteName: ld.publisherName ?? meta(doc, "og:site_name", "application-name"),
    published: ld.datePublished ?? meta(doc, "article:published_time", "datePublished", "pubdate", "date", "DC.date.issued") ?? doc.querySelector("time[datetime]")?.getAttribute("datetime") ?? undefined,
    url: canonical ?? meta(doc, "og:url") ?? ld.url,
    author: ld.author ?? meta(doc, "author", "article:author"),
    language: doc.documentElement?.getAttribute("lang") ?? undefined,
    warnings,
  };
  const notice = satireNotice(doc);
  if (notice) result.satireNotice = notice;
  let article: ReturnType<ReadabilityLib.Readability<string>["parse"]> = null;
  try {
    // Readability mutates the DOM it reads: give it its own copy so the metadata above stays readable.
    const { document: copy } = linkedom().parseHTML(html);
    article = new (readability().Readability)(copy as unknown as Document, { charThreshold: 200 }).parse();
  } catch (e) {
    warnings.push(`article extraction failed (${(e as Error).message}); the whole page text was used`);
  }
  // "<title>Minister resigns - Coastal Times</title>": the site's name is not part of the headline.
  if (result.title && result.siteName && result.title !== result.siteName) {
    const site = escapeRegExp(result.siteName);
    result.title = result.title.replace(new RegExp(`\\s+[-–—|·:]\\s+${site}\\s*$`, "i"), "").replace(new RegExp(`^${site}\\s+[-–—|·:]\\s+`, "i"), "");
  }
  if (article?.content) {
    const { document: contentDoc } = linkedom().parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    result.text = domToText((contentDoc as unknown as Document).body);
    result.captions = captionsOf((contentDoc as unknown as Document).body);
    if (!result.title && article.title) result.title = article.title;
    if (!result.siteName && article.siteName) result.siteName = article.siteName;
  }
  if (!result.text) {
    const body = doc.body;
    result.text = body ? domToText(body) : "";
    result.captions = body ? captionsOf(body) : [];
    if (result.text) warnings.push("no article body was recognised on the page; the whole page text was used");
  }
  return result;
}
