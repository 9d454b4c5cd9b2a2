/** schema.org `Claim` (JSON-LD) per claim: where it first appeared and where it was repeated, ready to sit in a `ClaimReview`'s `itemReviewed`. */
import { NotFoundError } from "../core/errors.ts";
import type { ArticleNodeAttrs, ClaimNodeAttrs, ProvenanceGraph } from "../graph/types.ts";
import { safeHttpUrl } from "./escape.ts";
import { articlesByDate, claimsOf } from "./shared.ts";

/** schema.org `Organization` (https://schema.org/Organization), as we use it: a publisher. */
export interface SchemaOrganization {
  "@type": "Organization";
  name: string;
}

/** schema.org `NewsArticle` (https://schema.org/NewsArticle), a `CreativeWork`: one article of the case. */
export interface SchemaNewsArticle {
  "@type": "NewsArticle";
  /** The article id in the case. */
  identifier: string;
  name: string;
  headline?: string;
  url?: string;
  /** ISO 8601 at the precision the case gives (`2019`, `2019-03`, `2019-03-28`, timestamp); left out when the date is only estimated. */
  datePublished?: string;
  publisher: SchemaOrganization;
  /** For a syndicated story: the outlet whose story it is (schema.org `sourceOrganization`). */
  sourceOrganization?: SchemaOrganization[];
}

/** schema.org `Claim` (https://schema.org/Claim). `firstAppearance` and `appearance` hold one work or several. */
export interface SchemaClaim {
  "@context"?: "https://schema.org";
  "@type": "Claim";
  /** The claim's graph key (`claim:<id>`). */
  identifier: string;
  name: string;
  text: string;
  /** The publisher(s) of the first appearance: Google's `itemReviewed.author` ("the publisher of the claim"). */
  author?: SchemaOrganization | SchemaOrganization[];
  /** When the claim entered public discourse: the first appearance's date, when there is exactly one and it is not estimated. */
  datePublished?: string;
  firstAppearance?: SchemaNewsArticle | SchemaNewsArticle[];
  appearance?: SchemaNewsArticle[];
}

/** The JSON-LD document of every claim of a case. */
export interface ClaimsJsonLd {
  "@context": "https://schema.org";
  "@graph": SchemaClaim[];
}

function one<T>(list: T[]): T | T[] | undefined {
  return list.length === 0 ? undefined : list.length === 1 ? list[0] : list;
}

function articleWork(graph: ProvenanceGraph, key: string, a: ArticleNodeAttrs): SchemaNewsArticle {
  const work: SchemaNewsArticle = {
    "@type": "NewsArticle",
    identifier: key,
    name: a.title ?? a.label,
    publisher: { "@type": "Organization", name: a.outletName },
  };
  if (a.title) work.headline = a.title;
  // Only web addresses: a `javascript:` or relative URL in the case must not become a link in someone's page.
  const url = safeHttpUrl(a.url);
  if (url) work.url = url;
  // schema.org has no way to say "estimated": an estimated date is left out rather than stated as fact.
  if (a.published && !a.dateEstimated) work.datePublished = a.published;
  const syndicatedFrom: SchemaOrganization[] = [];
  graph.forEachOutEdge(key, (_e, attrs, _s, target) => {
    if (attrs.kind === "republishes") syndicatedFrom.push({ "@type": "Organization", name: graph.getNodeAttribute(target, "label") });
  });
  if (syndicatedFrom.length > 0) work.sourceOrganization = syndicatedFrom;
  return work;
}

/** The schema.org Claim for one claim node; throws NotFoundError when the key is not a claim. */
export function claimToSchemaOrg(graph: ProvenanceGraph, claimKey: string): SchemaClaim {
  const attrs = graph.hasNode(claimKey) ? graph.getNodeAttributes(claimKey) : undefined;
  if (!attrs || attrs.kind !== "claim") throw new NotFoundError("export", `'${claimKey}' is not a claim of this case; expected a key like 'claim:<id>'`);
  return buildClaim(graph, claimKey, attrs);
}

function buildClaim(graph: ProvenanceGraph, key: string, claim: ClaimNodeAttrs): SchemaClaim {
  const origins = new Set(claim.origins);
  const works = articlesByDate(graph, claim.articles);
  const first = works.filter((w) => origins.has(w.key)).map((w) => articleWork(graph, w.key, w.attrs));
  const repeats = works.filter((w) => !origins.has(w.key)).map((w) => articleWork(graph, w.key, w.attrs));
  const out: SchemaClaim = { "@type": "Claim", identifier: key, name: claim.label, text: claim.text };
  const publishers = [...new Map(first.map((w) => [w.publisher.name, w.publisher])).values()];
  const author = one(publishers);
  if (author) out.author = author;
  if (first.length === 1 && first[0]?.datePublished) out.datePublished = first[0].datePublished;
  const firstAppearance = one(first);
  if (firstAppearance) out.firstAppearance = firstAppearance;
  if (repeats.length > 0) out.appearance = repeats;
  return out;
}

/** Every claim of the graph as one schema.org JSON-LD document (`@graph`); empty when the case has no claims yet. */
export function claimsToJsonLd(graph: ProvenanceGraph): ClaimsJsonLd {
  return { "@context": "https://schema.org", "@graph": claimsOf(graph).map((c) => buildClaim(graph, c.key, c.attrs)) };
}
