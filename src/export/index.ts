/** The export formats as one table: each turns a provenance graph into the text of a file. `claimtrail export` and any other caller pick from it. */
import { serializeGraph } from "../graph/build.ts";
import type { ProvenanceGraph } from "../graph/types.ts";
import { claimsToJsonLd } from "./claimreview.ts";
import { toGexf } from "./gexf.ts";
import { toProvJson } from "./prov.ts";
import { reportHtml, reportMarkdown, type ReportOptions } from "./report.ts";
import { storyHandout, type StoryExportOptions } from "./story.ts";
import { toTruth } from "./truth.ts";

/** Options an exporter may use (the report formats take `claim`, the story a teacher's edits). */
export type ExportOptions = ReportOptions & Omit<StoryExportOptions, "claim">;

/** One export format: what it is, how its file is named and served, and the pure function that writes it. */
export interface Exporter {
  description: string;
  extension: string;
  mediaType: string;
  render(graph: ProvenanceGraph, options: ExportOptions): string;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Every format that is a pure function of the graph. Add a format by adding an entry. */
export const EXPORTERS = {
  json: { description: "the graph JSON (contract §2, graphology's serialisation)", extension: "json", mediaType: "application/json", render: (g) => json(serializeGraph(g)) },
  gexf: { description: "GEXF 1.3 for Gephi (kinds, colours, weights, timeline dates)", extension: "gexf", mediaType: "application/gexf+xml", render: (g) => toGexf(g) },
  gexf12: { description: "the same as GEXF 1.2draft, for older readers (networkx 2.x)", extension: "gexf", mediaType: "application/gexf+xml", render: (g) => toGexf(g, { version: "1.2draft" }) },
  md: { description: "the report as Markdown", extension: "md", mediaType: "text/markdown; charset=utf-8", render: (g, o) => reportMarkdown(g, o) },
  html: { description: "the report as one self-contained HTML page", extension: "html", mediaType: "text/html; charset=utf-8", render: (g, o) => reportHtml(g, o) },
  story: { description: "the story as a class handout: one self-contained HTML page, each step's picture (SVG) and caption", extension: "html", mediaType: "text/html; charset=utf-8", render: (g, o) => storyHandout(g, o) },
  claimreview: { description: "schema.org Claim JSON-LD per claim, for a ClaimReview's itemReviewed", extension: "jsonld", mediaType: "application/ld+json", render: (g) => json(claimsToJsonLd(g)) },
  prov: { description: "W3C PROV-JSON of the whole graph", extension: "provjson", mediaType: "application/json", render: (g) => json(toProvJson(g)) },
  truth: { description: "a truth file for claimtrail eval: the (reviewed) relations, sources, findings, claims and origins", extension: "json", mediaType: "application/json", render: (g) => json(toTruth(g)) },
} satisfies Record<string, Exporter>;

/** The name of a graph export format. */
export type ExportFormat = keyof typeof EXPORTERS;

/** Type guard for a format name given on a command line or in a request. */
export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORTERS, name);
}
