/** Small articles written for the alignment tests (invented town-council and flood stories, no real outlet's text), cleaned as the pipeline would. */
import { cleanArticle } from "../../src/clean/clean.ts";
import type { CleanArticle } from "../../src/clean/types.ts";
import { parsePublished, type PublishedDate } from "../../src/core/dates.ts";

/** A cleaned article from a body; `published` is an ISO date, `estimated` marks it as a guess. */
export function article(id: string, outlet: string, published: string | undefined, body: string, estimated = false): CleanArticle {
  let date: PublishedDate | undefined;
  if (published) {
    const parsed = parsePublished(published, estimated);
    if ("error" in parsed) throw new Error(parsed.error);
    date = parsed;
  }
  return cleanArticle({ meta: { id, file: `${id}.txt`, format: "text", outlet, outletOrigin: "front_matter", ...(date ? { published: date } : {}) }, text: body });
}

/** A passage of reporting text that later fixtures copy, edit or paraphrase. */
export const FLOOD =
  "Water from the swollen river reached the lower town shortly after midnight, forcing more than two hundred families to leave their homes before the bridge was closed by the police.";

/** Unrelated filler paragraphs, so passages sit inside longer bodies. */
export const FILLER = [
  "The regional weather office had warned of heavy rain for most of the week, and schools in the valley stayed closed on Monday.",
  "Shopkeepers on the market square spent the morning carrying stock to upper floors while volunteers filled sandbags near the church.",
  "A spokesman for the fire brigade said crews worked through the night and that no injuries had been reported so far.",
  "Farmers upstream described fields under water and feared that the spring harvest would be lost for a second year.",
];

/** Joins paragraphs with blank lines. */
export function body(...paragraphs: string[]): string {
  return paragraphs.join("\n\n") + "\n";
}
