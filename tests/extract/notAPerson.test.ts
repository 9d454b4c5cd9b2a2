/**
 * Words capitalised for their place are nobody: an adverbial phrase opening a sentence on a preposition, a form of
 * address after a possessive, and (Chinese) people a speaker addressed, written between 对/向 and the verb. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);
const sources = (body: string, language: string): string[] => readText(body, registry, { outlet: "Valley Post", language }).sources.map((s) => `${s.type}:${s.name}`);

describe("no person is read from", () => {
  it.each([
    ["Seit Monaten meldet der Regionalsender neue Fälle von Fischsterben im Lindensee. Die Behörde hat die Berichte zurückgewiesen.", "de"],
    ["Nach Wochen berichtet das Lokalradio erneut über den Streit um die Fähre nach Holmsand.", "de"],
  ])("a sentence's opening adverbial: %s", (text, language) => {
    expect(sources(text, language).filter((s) => s.startsWith("named:"))).toEqual([]);
  });

  it.each([
    ["The magazine says the monarch quarrelled with the minister.\n\nHer Majesty is believed to have raised her voice at a banquet in the east wing, telling the minister that the plan was foolish.", "en"],
    ["The envoy spoke briefly.\n\nHis Excellency is said to have walked out of the talks on Friday, telling his hosts that the offer was an insult.", "en"],
  ])("a form of address: %s", (text, language) => {
    expect(sources(text, language).filter((s) => s.startsWith("named:"))).toEqual([]);
  });

  it("the people a speaker addressed (zh)", () => {
    const text = "一段关于假茶叶的视频近日在网上流传，视频里一名男子把茶叶泡进热水里，最后还对网友称“这种茶千万别再买了”。";
    expect(sources(text, "zh")).not.toContain("anonymous:网友");
  });
});

describe("a person is still read", () => {
  it("where a name with a particle opens the sentence", () => {
    expect(sources("Van Dalen sagte am Montag, die Fähre fahre wieder.", "de").join(" ")).toContain("Van Dalen");
  });

  it("where the speaker is the source noun itself (zh)", () => {
    expect(sources("有网友称“这种茶千万别再买了”。", "zh")).toContain("anonymous:网友");
  });
});
