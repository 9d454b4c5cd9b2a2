/** attribution_drift by promotion: an anonymous source's claim later written as "confirmed" by no one named. */
import { describe, expect, it } from "vitest";
import { CONFIRMATION_WORDS, confirmationIn } from "../../src/analyse/findings/confirmedUnnamed.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, published: string, body: string) => `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

const PADDING = ["Tram drivers will strike on Thursday.", "The museum lent two paintings to Vienna.", "Bakers warned that flour prices keep climbing."];

async function findings(later: string) {
  const root = await makeCase({
    "first.txt": article("Harbour Herald", "2023-04-01", `The port of Velmar will close its ferry terminal in June, a source in the transport ministry said.\n\n${PADDING[0]}`),
    "second.txt": article("Valley Post", "2023-04-02", `The port of Velmar will close its ferry terminal in June, the Harbour Herald reported.\n\n${PADDING[1]}`),
    "third.txt": article("Lake Courier", "2023-04-04", `${later}\n\n${PADDING[2]}`),
  });
  const { graph } = await analyseCaseFolder(root);
  return (graph.getAttribute("findings") ?? []).filter((f) => f.id.startsWith("attribution_drift:confirmed"));
}

describe("an anonymous source's claim written later as confirmed", () => {
  it("is stated where the later article names no one who confirmed it", async () => {
    const found = await findings("The transport ministry confirmed that the port of Velmar will close its ferry terminal in June.");
    expect(found).toHaveLength(1);
    expect(found[0]?.articles).toEqual(["third", "first"]);
    expect(found[0]?.explanation).toContain("a source in the transport ministry");
    expect(found[0]?.evidence.some((e) => e.article === "third" && e.text === "confirmed")).toBe(true);
  });

  it("is not stated where the later article names who confirmed it, or says it could not be confirmed", async () => {
    expect(await findings('"The port of Velmar will close its ferry terminal in June," transport minister Ada Reyes confirmed.')).toEqual([]);
    expect(await findings("The port of Velmar will close its ferry terminal in June, but the ministry has not confirmed it.")).toEqual([]);
  });
});

describe("confirmation words", () => {
  it.each(Object.entries(CONFIRMATION_WORDS))("%s catches its example", (language, { example }) => {
    expect(confirmationIn(example, language)).toBeDefined();
  });
  it.each([
    ["en", "The ministry declined to confirm the closure."],
    ["en", "The ministry could not confirm the closure."],
    ["pt", "O ministério não confirmou o cancelamento."],
    ["de", "Das Ministerium hat die Absage nicht bestätigt."],
  ])("%s: no confirmation in %s", (language, text) => {
    expect(confirmationIn(text, language)).toBeUndefined();
  });
});
