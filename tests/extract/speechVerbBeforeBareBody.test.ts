// "X, speaking on his visit, said the authorities told him …": the speech verb belongs to the clause of X, and "the
// authorities" are the subject of what X reports. Before, the words before a bare body ("authorities") were read as part
// of the body's own phrase, verb and all, and the article named an organisation "said the authorities".
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a speech verb is no word of a bare body's phrase", () => {
  it.each([
    "Senator Kofi Adewale, speaking on his visit to Marovia, said the authorities told him the bridge was safe.",
    "Senator Kofi Adewale, back from Marovia, said the authorities told him the bridge was safe.",
    "Mayor Ines Borowa, asked about the flood, says the authorities told her nothing.",
  ])("%s", (body) => {
    const labels = sourceLabels(readPlain(body, "en"));
    expect(labels.some((l) => /\b(?:said|says)\b/u.test(l))).toBe(false);
    expect(labels.some((l) => l.startsWith("named:") && /Adewale|Borowa/u.test(l))).toBe(true);
  });

  it("a body with words of its own before it still speaks", () => {
    expect(sourceLabels(readPlain("The bridge was safe, Marovia police said.", "en"))).toEqual(["organisation:Marovia police"]);
  });
});
