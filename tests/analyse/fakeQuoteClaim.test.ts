// A made-up quotation is the whole story of many fake-quote hoaxes: several sites print "X said '…'" and a fact check
// calls the words fabricated. claimtrail read no claim at all there (a group of quoted words only is a recycled
// quotation, not a claim), so no stance, no "restated after the debunk" and an empty story.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import type { ProvenanceGraph } from "../../src/graph/types.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

function stances(graph: ProvenanceGraph): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  graph.forEachEdge((e, a) => {
    if (a.kind === "asserts") out[graph.source(e)] = a.stance;
  });
  return out;
}

describe("a quotation several sites print and a fact check calls fabricated", () => {
  it("is a claim: told as true by the sites, reported false by the check, restated after it", async () => {
    const words = "Cheap trains for students are a waste of public money and they must end this year";
    const root = await makeCase({
      "herald.txt": frontMatterArticle("en", "Valley Herald", "2025-02-03", "Row over rail fares", `Students protested outside the ministry on Monday.\n\n"${words}," Osric Pellham said.`),
      "check.txt": frontMatterArticle("en", "TruthDesk", "2025-02-05", "Did Osric Pellham say this?", `Claim: Osric Pellham said, "${words}."\n\nRating: False. The quote is fabricated; the recording of the speech has no such words.`),
      "post.txt": frontMatterArticle("en", "Daily Ripple", "2025-02-09", "Pellham on student fares", `Many readers were angry this week.\n\n"${words}," Osric Pellham said.`),
    });
    const { graph } = await analyseCaseFolder(root);
    expect(stances(graph)).toEqual({ herald: "true", check: "false", post: "true" });
    const outlives = graph.getAttribute("findings").filter((f) => f.type === "claim_outlives_debunk");
    expect(outlives.map((f) => f.articles)).toEqual([expect.arrayContaining(["post", "check"])]);
  });

  it("also in Spanish", async () => {
    const words = "El transporte barato para estudiantes es un derroche de dinero público y debe terminar este año";
    const root = await makeCase({
      "diario.txt": frontMatterArticle("es", "Diario del Valle", "2025-02-03", "Polémica por las tarifas", `Los estudiantes protestaron el lunes ante el ministerio.\n\n"${words}", dijo Osric Pellham.`),
      "verifica.txt": frontMatterArticle("es", "VerificaYa", "2025-02-05", "¿Dijo esto Osric Pellham?", `Afirmación: Osric Pellham dijo: "${words}".\n\nCalificación: Falso. La cita es inventada; la grabación del discurso no contiene esas palabras.`),
      "eco.txt": frontMatterArticle("es", "Eco Digital", "2025-02-09", "Pellham y las tarifas", `Muchos lectores se indignaron esta semana.\n\n"${words}", dijo Osric Pellham.`),
    });
    const { graph } = await analyseCaseFolder(root);
    expect(stances(graph)).toEqual({ diario: "true", verifica: "false", eco: "true" });
  });

  it("stays a recycled quotation, no claim, when no article calls it false", async () => {
    const words = "Cheap trains for students are a waste of public money and they must end this year";
    const root = await makeCase({
      "herald.txt": frontMatterArticle("en", "Valley Herald", "2025-02-03", "Row over rail fares", `Students protested outside the ministry on Monday.\n\n"${words}," Osric Pellham said.`),
      "post.txt": frontMatterArticle("en", "Daily Ripple", "2025-02-09", "Pellham on student fares", `Many readers were angry this week. Fares rose by a tenth last year.\n\n"${words}," Osric Pellham said.`),
    });
    const { graph } = await analyseCaseFolder(root);
    expect(stances(graph)).toEqual({});
  });

  it("stays a quotation when the articles print it inside their own debunk, not as news", async () => {
    // The hoaxer's own account, quoted by two reports of the hoax: nobody presents it as news.
    const words = "It was a perfectly ordinary diet trial with far too few volunteers to prove anything at all";
    const body = (opening: string) => `${opening}\n\nThe miracle tea study was a hoax, its author admitted on Friday.\n\n"${words}," Lorcan Teague wrote.`;
    const root = await makeCase({
      "gazette.txt": frontMatterArticle("en", "Harbour Gazette", "2025-03-07", "Tea study was a hoax", body("Readers had shared the tea study widely.")),
      "courier.txt": frontMatterArticle("en", "Inland Courier", "2025-03-08", "The tea hoax explained", body("The tea study made headlines in spring.")),
    });
    const { graph } = await analyseCaseFolder(root);
    const claims = graph.filterNodes((_n, a) => a.kind === "claim").map((n) => graph.getNodeAttribute(n, "label") as string);
    expect(claims.filter((l) => l.includes("ordinary diet trial"))).toEqual([]);
  });
});
