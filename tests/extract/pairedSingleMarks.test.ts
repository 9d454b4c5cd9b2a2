// Some presses type a double quotation mark as two single ones (‘‘It’s real me’’), or close a quotation opened with “
// that way (“… I assure you.’’). Before, a pair opened nothing a paragraph could close, and an apostrophe inside
// ("It’s") ended the words early or left them unread: the speaker's quotation was lost.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

function quotations(body: string) {
  const r = readPlain(body, "en");
  return r.quotations.filter((q) => q.kind === "quotation").map((q) => ({ text: q.parts.map((p) => p.text).join(" "), speaker: r.sources.find((s) => s.key === q.speaker)?.name }));
}

describe("two single marks standing for a double one", () => {
  it("‘‘…’’ is one quotation, its apostrophes inside, the marks outside", () => {
    expect(quotations("Governor Kofi Adewale dismissed the claim, saying ‘‘It’s real me, I assure you. I will still go strong’’.")).toEqual([
      { text: "It’s real me, I assure you. I will still go strong", speaker: "Kofi Adewale" },
    ]);
  });

  it("“…’’ closes at the pair", () => {
    expect(quotations("Kofi Adewale said: “That embarrassed him a lot. It’s real me; I assure you.’’")).toEqual([
      { text: "That embarrassed him a lot. It’s real me; I assure you.", speaker: "Kofi Adewale" },
    ]);
  });

  it("‘‘… runs on into a paragraph that reopens with “", () => {
    const found = quotations("Kofi Adewale said: ‘‘Many hoped that I died during my illness.\n\n“That embarrassed him a lot. It’s real me; I assure you.”");
    expect(found).toHaveLength(1);
    expect(found[0]?.speaker).toBe("Kofi Adewale");
    expect(found[0]?.text).toContain("Many hoped that I died");
    expect(found[0]?.text).toContain("I assure you.");
  });
});
