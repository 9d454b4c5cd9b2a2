/**
 * A speaker's short words that every article quoting the post prints ("Thanks a lot.", "Stay calm.") tell nothing a
 * reader could check: no claim is drawn of them, while a short sentence that names someone or gives a figure still is
 * one (invented texts, invented names).
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import type { ClaimNodeAttrs } from "../../../src/graph/types.ts";
import { frontMatterArticle, makeCase } from "../../helpers.ts";

const en = (outlet: string, published: string, title: string, body: string) => frontMatterArticle("en", outlet, published, title, body);

async function claimTexts(files: Record<string, string>): Promise<string[]> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return graph.filterNodes((_k, a) => a.kind === "claim").map((k) => (graph.getNodeAttributes(k) as ClaimNodeAttrs).text);
}

describe("words too short to tell anything are no claim", () => {
  it("'Stay calm.' and 'Thanks a lot.' printed by two articles are not drawn; the post's content is", async () => {
    const body = (lead: string) =>
      `${lead} The mayor of Wexley wrote on Sunday that the voice message about a curfew in Wexley was nonsense.\n\nStay calm.\n\nThanks a lot.\n\nThe police in Wexley are looking for the author of the message.`;
    const texts = await claimTexts({
      "post.txt": en("Wexley Post", "2026-03-20", "Mayor calls curfew message nonsense", body("A voice message spread on Saturday.")),
      "wire.txt": en("Valley Wire", "2026-03-21", "Curfew message is nonsense, mayor says", body("A recording was shared widely.")),
    });
    expect(texts.some((t) => /mayor of Wexley wrote/.test(t))).toBe(true);
    expect(texts.filter((t) => /^(?:Stay calm|Thanks a lot)\.$/u.test(t))).toEqual([]);
  });
  it("control: a short sentence that gives a figure is still a claim", async () => {
    const body = "The mayor of Wexley spoke on Sunday about the curfew message.\n\nNine were arrested.\n\nThe police in Wexley are looking for the author of the message.";
    const texts = await claimTexts({
      "post.txt": en("Wexley Post", "2026-03-20", "Arrests in Wexley", body),
      "wire.txt": en("Valley Wire", "2026-03-21", "Wexley arrests", body),
    });
    expect(texts).toContain("Nine were arrested.");
  });
});
