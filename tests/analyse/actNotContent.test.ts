// A fact check that names who carried a rumour ("The site X repeated it citing the tabloid, and Y published the same
// text") credits them with an act, not with content. claimtrail took the sentence's other clause as what Y was credited
// with and charged an unsupported attribution ("credits Y with 'The site X repeated it …', but Y says no such thing"),
// and read "the tabloid" as X, the outlet doing the citing.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const analyse = async (language: string, check: string, quayExtra = "") => {
  const rumour = language === "es" ? "La cantante Lotta Vane dejó la banda Harbour Lights después de doce años." : "Singer Lotta Vane has left the band Harbour Lights after twelve years.";
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "pier.txt": frontMatterArticle(language, "Pier Gossip", "2026-02-10T09:00:00Z", "Vane leaves", `${rumour}\n\n${language === "es" ? "Lo publicó el tabloide The Morning Squall." : "The tabloid The Morning Squall reported it first."}`),
      "quay.txt": frontMatterArticle(language, "Quay Chatter", "2026-02-10T12:00:00Z", "Vane quits", `${rumour}${quayExtra}`),
      "check.txt": frontMatterArticle(language, "Brindle Check", "2026-02-11", "False: Lotta Vane stays", check),
    }),
  );
  const unsupported = graph.getAttribute("findings").filter((f) => f.type === "unsupported_attribution");
  const cites = graph.filterEdges((_, a) => a.kind === "cites").map((e) => `${graph.source(e)}>${graph.target(e)}:${graph.getEdgeAttribute(e, "rule")}`);
  return { unsupported, cites };
};

describe("a sentence crediting outlets with carrying a story", () => {
  it("credits no content: no unsupported attribution, and 'the tabloid' is not the outlet citing it (en)", async () => {
    const { unsupported, cites } = await analyse("en", "It is false that singer Lotta Vane has left the band. Her manager denied it.\n\nThe site Pier Gossip repeated it citing the tabloid, and Quay Chatter published the same text without naming any source.");
    expect(unsupported).toEqual([]);
    expect(cites.filter((c) => c.startsWith("check>pier") && c.includes("descriptor"))).toEqual([]);
  });

  it("credits no content (es)", async () => {
    const { unsupported } = await analyse("es", "Es falso que la cantante Lotta Vane haya dejado la banda. Su mánager lo desmintió.\n\nEl portal Pier Gossip lo replicó citando al tabloide, y Quay Chatter publicó el mismo texto sin mencionar ninguna fuente.");
    expect(unsupported).toEqual([]);
  });

  it("control: content credited after the coordinated credit is still checked", async () => {
    const { unsupported } = await analyse("en", "It is false that singer Lotta Vane has left the band. Her manager denied it.\n\nThe band toured Norway last spring, and Quay Chatter reported that the drummer Ivo Brennick had bought a lighthouse in Cornwall.");
    expect(unsupported.map((f) => f.articles)).toEqual([["check", "quay"]]);
  });

  it("reads a descriptor after 'X … citing' as an outlet named before, not X", async () => {
    const { cites } = await analyse("en", "It is false that singer Lotta Vane has left the band.\n\nThe story began on Pier Gossip on Tuesday. Quay Chatter later ran it, citing the gossip site.");
    // To Pier Gossip, its article or (with no text shared to tie the two) its outlet; never to Quay Chatter.
    expect(cites.some((c) => c.startsWith("check>pier") || c.startsWith("check>outlet:pier-gossip:"))).toBe(true);
    expect(cites.some((c) => c.startsWith("check>quay") || c.startsWith("check>outlet:quay-chatter:"))).toBe(false);
  });
});
