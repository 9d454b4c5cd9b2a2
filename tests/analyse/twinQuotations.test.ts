/**
 * Quotations printed alike, in the same setting, by several articles (a story reprinted by many sites) read each other
 * article's printing once for all of them (findings/quoteWords.ts, `twinKey`); what depends on the two articles of a
 * pair — their dates, a copy between them, which article quotes — is still decided per pair. The findings on the words
 * alone (no reuse relation given) must be what each pair gives read on its own. Invented texts.
 */
import { describe, expect, it } from "vitest";
import type { ReuseRelation } from "../../src/align/types.ts";
import { findFindings } from "../../src/analyse/findings.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const QUOTE = "The eastern pier stays closed to every visitor until the engineers have surveyed the storm damage";
const CHANGED = "the eastern pier stays closed to visitors until engineers have surveyed all of the storm damage";
/** How the quoting articles close the quotation: the same words, but another quoted stretch and so no shared reading. */
const CLOSINGS = ['."', '".', '!"'];

type Article = { id: string; outlet: string; date: string; body: string };

const quoting = (id: string, outlet: string, date: string, closing: string, opening: string): Article => ({
  id,
  outlet,
  date,
  body: `${opening}\n\nHarbour master Ilse Moraw said: "${QUOTE}${closing} Fishing boats may still use the western basin.`,
});
// The changed words without marks or a speech verb: the quotation with its marks lost, where it was printed first.
const unmarked: Article = { id: "wren", outlet: "Wren Daily", date: "2025-03-04", body: `The coast road reopened on Wednesday.\n\nSince Monday ${CHANGED}, and fishing boats may still use the western basin.` };

/** Three articles quoting the words; with `apart`, each closing the quotation its own way, so none reads the hits for another. */
const quoters = (apart: boolean): Article[] => [
  quoting("gull", "Gull Gazette", "2025-03-02", CLOSINGS[0]!, "Storm Ardan flooded the fish market on Monday night."),
  quoting("tern", "Tern Times", "2025-03-05", apart ? CLOSINGS[1]! : CLOSINGS[0]!, "Ferries to the outer islands stayed in port for a second day."),
  quoting("skua", "Skua Weekly", "2025-03-07", apart ? CLOSINGS[2]! : CLOSINGS[0]!, "Insurers began counting the cost of the weekend's gales."),
];

const copy = (from: string, to: string): ReuseRelation => ({ kind: "copies", from, to, direction: "dated", orientedBy: "dates", passages: [], credited: false, sharedWith: [] });

/** The quotation findings read on the words alone: the case's readings, and only the given relations (copies). */
async function wordFindings(articles: readonly Article[], relations: ReuseRelation[] = []): Promise<[string, string[]][]> {
  const files = Object.fromEntries(articles.map((a) => [`${a.id}.txt`, frontMatterArticle("en", a.outlet, a.date, "Pier", a.body)]));
  const { graph, readings } = await analyseCaseFolder(await makeCase(files));
  return findFindings({ graph, claims: [], relations, figureConflicts: [], drift: [], readings: new Map(readings.map((r) => [r.article, r])) })
    .filter((f) => f.type === "altered_quote" || f.type === "recycled_quote")
    .map((f) => [f.type, [...f.articles].sort()]);
}

describe("a quotation printed alike by several articles", () => {
  it("gives the findings it gives where each article quotes it in its own setting", async () => {
    const together = await wordFindings([...quoters(false), unmarked]);
    expect(together).toEqual(await wordFindings([...quoters(true), unmarked]));
    expect(together).toContainEqual(["recycled_quote", ["gull", "skua", "tern"]]);
  });

  it("dates each pair on its own: the words printed unmarked before a quotation are what it quotes, not it altered", async () => {
    // The unmarked printing comes after the first quoting article and before the two others: only the first pair is
    // a quotation whose marks were lost and words changed.
    expect(await wordFindings([...quoters(false), unmarked])).toContainEqual(["altered_quote", ["gull", "wren"]]);
  });

  it("asks for a copy between each pair on its own", async () => {
    // The first article copied by each of the others: the words the two copies print alike are carried in the copies,
    // and only the two copies, joined by no copy, print the quotation again.
    const found = await wordFindings(quoters(false), [copy("tern", "gull"), copy("skua", "gull")]);
    expect(found).toEqual([["recycled_quote", ["skua", "tern"]]]);
  });
});
