/**
 * A story reprinted by many sites, each copy with its own opening line (so the quotation stands at another place in
 * each), one copy with the quotation changed and one with a figure changed: the relations and drift the alignment stage
 * gives, pinned as they were before the case-level stages compared a wording once per text read
 * (`compareWordingByText` in the reuse context, a sentence's words beside its figures read once in the drift finder).
 * Every passage's span must hold its text in its own article, wherever the copy prints it. Texts, names and outlets are
 * invented for this test.
 */
import { describe, expect, it } from "vitest";
import { analyseReuse } from "../../src/align/index.ts";
import { cleanArticle } from "../../src/clean/clean.ts";
import { readArticle, resolveReadings } from "../../src/extract/index.ts";
import { loadCase } from "../../src/ingest/loadCase.ts";
import { makeCase } from "../helpers.ts";
import { testRegistry } from "../store/helpers.ts";

const QUOTE = "\u201CWe waited as long as we could, but the deck is rotten under the rails and the cranes are too heavy for it,\u201D";
const story = (quote: string, cranes: string) =>
  [
    "The harbour board of Fenwold voted on Tuesday to close the old grain pier for two years while engineers rebuild its timber deck.",
    `Board chair Odile Marrant said the pier had carried ships since the early days of the port and could no longer bear the ${cranes} cranes that unload the barges.`,
    `${quote} Marrant said after the vote, which passed by seven votes to two.`,
    "Fishing crews will move to the east basin, where the board plans to add forty new berths before the summer season begins.",
  ].join("\n\n");

const md = (fields: Record<string, string>, body: string) => `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join("\n")}\n---\n${body}\n`;

const SITES = ["Coast Weekly", "Valley Post", "River Herald", "Island Notes", "Town Crier", "Fenwold Courier", "Tidewater Review", "Quay Gazette"];
const CASE: Record<string, string> = Object.fromEntries(
  SITES.map((outlet, i) => {
    const quote = i === 5 ? "\u201CWe waited as long as we could, but the deck is rotten under the rails,\u201D" : QUOTE;
    const cranes = i === 6 ? "forty modern" : "four modern";
    const lead = "Reported from the quay. ".repeat(i);
    return [`articles/site-${i}.md`, md({ title: "Fenwold to close grain pier", outlet, published: `2031-04-${String(3 + i).padStart(2, "0")}` }, `${lead}FENWOLD.\n\n${story(quote, cranes)}`)];
  }),
);

async function reuseOfCase() {
  const registry = await testRegistry();
  const loaded = await loadCase(await makeCase(CASE), registry);
  const cleaned = loaded.articles.map((a) => cleanArticle(a));
  const readings = resolveReadings(
    cleaned.map((c) => readArticle(c, registry)),
    cleaned,
    registry,
  );
  return { cleaned, reuse: analyseReuse(cleaned, readings, registry) };
}

describe("a story reprinted by many sites: relations as before, spans where each copy prints the words", () => {
  it("gives the same relations and drift, each passage at its own place", async () => {
    const { cleaned, reuse } = await reuseOfCase();
    const bodyOf = new Map(cleaned.map((c) => [c.meta.id, c.body]));
    for (const r of reuse.relations)
      for (const p of r.passages) {
        expect(bodyOf.get(p.from.article)!.slice(p.from.start, p.from.end)).toBe(p.from.text);
        expect(bodyOf.get(p.to.article)!.slice(p.to.start, p.to.end)).toBe(p.to.text);
      }
    const relations = reuse.relations
      .map((r) => `${r.kind} ${r.from} → ${r.to} ${r.rule ?? ""} ${r.passages.map((p) => `${p.from.start}-${p.from.end}/${p.to.start}-${p.to.end}`).join(",")} [${r.sharedWith.join(",")}]`)
      .sort();
    const drift = reuse.drift.map((d) => `${d.type} ${d.articles.join(" ")}`).sort();
    expect({ relations, drift }).toEqual(EXPECTED);
  });
});

// As db41501 gave them (before the wordings were compared once per text read).
const EXPECTED = {
  relations: [
    "copies site-1 → site-0 copy.shared_passage 0-589/10-599 [site-2,site-3,site-4,site-5,site-6,site-7]",
    "copies site-2 → site-0 copy.shared_passage 0-589/10-599 [site-1,site-3,site-4,site-5,site-6,site-7]",
    "copies site-3 → site-0 copy.shared_passage 72-671/0-599 [site-1,site-2,site-4,site-5,site-6,site-7]",
    "copies site-4 → site-0 copy.shared_passage 96-695/0-599 [site-1,site-2,site-3,site-5,site-6,site-7]",
    "copies site-5 → site-0 copy.shared_passage 120-494/0-374,497-683/413-599 [site-1,site-2,site-3,site-4,site-6,site-7]",
    "copies site-6 → site-0 copy.shared_passage 144-744/0-599 [site-1,site-2,site-3,site-4,site-5,site-7]",
    "copies site-7 → site-0 copy.shared_passage 168-767/0-599 [site-1,site-2,site-3,site-4,site-5,site-6]",
    "quotes_same site-1 → site-0 quote.in_copy 295-400/305-410 [site-2,site-3,site-4,site-5,site-6,site-7]",
    "quotes_same site-2 → site-0 quote.in_copy 295-400/305-410 [site-1,site-3,site-4,site-5,site-6,site-7]",
    "quotes_same site-3 → site-0 quote.in_copy 377-482/305-410 [site-1,site-2,site-4,site-5,site-6,site-7]",
    "quotes_same site-4 → site-0 quote.in_copy 401-506/305-410 [site-1,site-2,site-3,site-5,site-6,site-7]",
    "quotes_same site-5 → site-0 quote.in_copy 425-494/305-374 [site-1,site-2,site-3,site-4,site-6,site-7]",
    "quotes_same site-6 → site-0 quote.in_copy 450-555/305-410 [site-1,site-2,site-3,site-4,site-5,site-7]",
    "quotes_same site-7 → site-0 quote.in_copy 473-578/305-410 [site-1,site-2,site-3,site-4,site-5,site-6]",
  ],
  drift: ["number_drift site-6 site-0"],
};
