/**
 * A social post several outlets print embedded (its words, then the credit line its embed leaves: "Posted by Anna Lind
 * on Sunday, March 1, 2026", "A post shared by Anna Lind (@annalind)") is the poster's statement, one source: read as
 * each outlet's own words, the amplification finding said the first outlet stated the claim "on its own word"
 * (invented texts, invented names).
 */
import { describe, expect, it } from "vitest";
import { postSignature } from "../../src/core/postSignatures.ts";
import { cleanArticle } from "../../src/clean/clean.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import type { ClaimNodeAttrs } from "../../src/graph/types.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

describe("an embed's credit line names the poster", () => {
  it.each([
    ["Posted by Anna Lind on Sunday, March 1, 2026", "Anna Lind"],
    ["Gepostet von Stadt Kellbach am Sonntag, 1. März 2026", "Stadt Kellbach"],
    ["Publicado por Ana Lindo en domingo, 1 de marzo de 2026", "Ana Lindo"],
    ["A post shared by Anna Lind (@annalind) on Mar 1, 2026 at 9:14am PST", "Anna Lind"],
    ["Ein Beitrag geteilt von Anna Lind (@annalind)", "Anna Lind"],
    ["— Anna Lind (@annalind) March 1, 2026", "Anna Lind"],
  ])("%s", (line, name) => {
    expect(postSignature(line)?.name).toBe(name);
  });
  it.each([["Posted by the mayor on the council's page."], ["The post was shared by Anna Lind on Sunday."]])("control: %s", (line) => {
    expect(postSignature(line)).toBeUndefined();
  });
  it("inside the text it is kept for the reading; closing the page it is the page's byline", () => {
    const inside = cleanArticle({ id: "a", text: "The mayor wrote on Sunday.\n\nThe bridge will close.\n\nPosted by Anna Lind on Sunday, March 1, 2026\n\nDrivers will use the ring road.\n", meta: { language: "en" } } as never);
    expect(inside.body).toContain("Posted by Anna Lind");
    const closing = cleanArticle({ id: "a", text: "The mayor wrote on Sunday.\n\nThe bridge will close.\n\nPosted by Anna Lind on Sunday, March 1, 2026\n", meta: { language: "en" } } as never);
    expect(closing.body).not.toContain("Posted by Anna Lind");
  });
});

const POST = "The Kestrel Bridge will close for two years from March while engineers rebuild its deck.";

describe("outlets printing one embedded post", () => {
  it("rest the claim on its poster, not on the first outlet's own word", async () => {
    const root = await makeCase({
      "a.txt": frontMatterArticle("en", "Daily Courier", "2026-03-01", "Kestrel Bridge to close", `Mayor Anna Lind posted on Facebook on Sunday evening.\n\n${POST} Safety comes first for every family in Talbridge.\n\nPosted by Anna Lind on Sunday, March 1, 2026\n\nThe bridge carries 20,000 cars a day.`),
      "b.txt": frontMatterArticle("en", "Harbour Post", "2026-03-02", "Bridge closing", `The mayor shared the news on Instagram.\n\n${POST} Safety comes first for every family in Talbridge.\n\nA post shared by Anna Lind (@annalind)\n\nDrivers will have to use the ring road.`),
      "c.txt": frontMatterArticle("en", "Valley Times", "2026-03-02", "Talbridge bridge closure", `The mayor announced the closure on social media on Sunday.\n\n${POST} Safety comes first for every family in Talbridge.\n\nPosted by Anna Lind on Sunday, March 1, 2026\n\nShops near the bridge fear for their trade.`),
    });
    const { graph } = await analyseCaseFolder(root);
    const claim = graph.nodes().map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs).find((a) => a.kind === "claim" && /Kestrel Bridge will close/.test(a.label));
    expect(claim?.primarySources).toEqual(["source:anna-lind"]);
    const finding = graph.getAttribute("findings").find((f) => f.type === "single_source_amplification");
    expect(finding?.explanation).toContain("Anna Lind");
    expect(finding?.explanation).not.toContain("own word");
  });
});
