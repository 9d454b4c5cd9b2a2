/**
 * Lines that state nothing were drawn as main claims because several articles print them alike: a label line of page
 * furniture (an ad's label), a chain message's call to pass it on, a spokesman's closing wish in a quotation. A sentence
 * with no proposition links to no other (claims/noProposition.ts). Invented texts.
 */
import { describe, expect, it } from "vitest";
import { addressesReader, isLabelLine, statesNoProposition } from "../../../src/analyse/claims/noProposition.ts";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../../helpers.ts";

describe("a sentence that states no proposition", () => {
  it.each([
    ["fr", "Publicité"],
    ["de", "Anzeige"],
    ["en", "Sponsored content"],
    ["en", "Reflect, then pass it on."],
    ["en", "I wish you all a pleasant weekend."],
    ["en", "Thank you for reading."],
    ["it", "Pensaci e fai girare!"],
    ["it", "Vi auguro una buona serata."],
    ["es", "¡Compártelo!"],
    ["fr", "Je vous souhaite une bonne soirée."],
    ["pt", "Partilhem!"],
    ["de", "Bitte teilen!"],
    ["id", "Mohon sebarkan!"],
  ])("%s: %s", (language, text) => {
    expect(statesNoProposition(text, language)).toBe(true);
  });

  it.each([
    // A claim with a call to share after it, a short claim with a sentence end, a headline-like claim of three words.
    ["it", "Il Comune di Vellano regala una bicicletta a ogni pensionato, fai girare!"],
    ["en", "Most voters in Tarnby share this view of the harbour plan."],
    ["en", "The bridge collapsed."],
    ["en", "Harbour bridge collapses"],
    ["en", "The mayor wished the team a good season before the final."],
  ])("control %s: %s", (language, text) => {
    expect(statesNoProposition(text, language)).toBe(false);
  });

  it("tells a label from an address", () => {
    expect(isLabelLine("Werbung")).toBe(true);
    expect(addressesReader("Werbung", "de")).toBe(false);
    expect(addressesReader("Have a nice day!", "en")).toBe(true);
  });
});

const article = (outlet: string, date: string, title: string, body: string) => frontMatterArticle("en", outlet, date, title, body);

describe("the claims of a case whose articles print the same closing lines", () => {
  it("leave out the label line, the call to pass the message on and the closing wish", async () => {
    const root = await makeCase({
      "a.txt": article("Tarnby Post", "2026-05-02", "A chain message about the ferry", "A chain message claims that the Tarnby ferry will stop running in June.\n\nSponsored content\n\nReflect, then pass it on.\n\n\"The ferry will run all summer. We are answering calls all day. I wish you all a pleasant weekend,\" a spokeswoman for the ferry company said."),
      "b.txt": article("Valley Checks", "2026-05-03", "No, the Tarnby ferry is not stopping", "Posts shared on Sunday claim that the Tarnby ferry will stop running in June.\n\nSponsored content\n\nReflect, then pass it on.\n\n\"The ferry will run all summer. We are answering calls all day. I wish you all a pleasant weekend,\" a spokeswoman for the ferry company told us."),
      "c.txt": article("Plains Herald", "2026-05-04", "Ferry rumour denied", "A message that the Tarnby ferry will stop running in June spread on social media.\n\nSponsored content\n\nReflect, then pass it on.\n\n\"The ferry will run all summer. We are answering calls all day. I wish you all a pleasant weekend,\" the company's spokeswoman said."),
    });
    const { graph } = await analyseCaseFolder(root);
    const texts = graph.filterNodes((_, a) => a.kind === "claim").map((k) => (graph.getNodeAttributes(k) as { text: string }).text);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t, texts.join(" | ")).not.toMatch(/^(?:Sponsored content|Reflect, then pass it on\.?|I wish you all a pleasant weekend)/);
  });
});
