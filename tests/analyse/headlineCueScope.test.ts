/** Stance: a headline's debunk cue in Japanese or Chinese judges the lead sentence whose words it shares, not every claim of the article (invented texts). */
import { describe, expect, it } from "vitest";
import { stanceAt } from "./stanceHelpers.ts";

describe("a Japanese headline's cue is about the lead sentence it shares words with", () => {
  const lead = "山里署は5日、台風で橋が崩落したとSNSにうその情報を書き込んだとして、アルバイトの女(24)を逮捕した。";
  const calls = "署によると、町役場には300件以上の電話が寄せられた。";
  const title = "「橋が崩落した」とデマ投稿の女を逮捕";
  it("does not reach a fact of the article that shares no word with it", () => {
    expect(stanceAt("ja", [lead, calls], 1, title)).toBe("true");
    expect(stanceAt("ja", [lead, calls], 1, "橋崩落デマで逮捕 町民に不安")).toBe("true");
  });
  it("still reaches the lead's own story", () => {
    expect(stanceAt("ja", [lead, calls], 0, title)).toBe("false");
  });
});

describe("a lead cue keeps its reach where it speaks of the claim or tells no story of its own", () => {
  it("English", () => {
    const told = [
      "The story that the Tolvik bridge will close for a whole year is false, the council says.",
      "The council met on Monday evening.",
      "Residents were told about the road works.",
      "The Tolvik bridge will close for a whole year.",
    ];
    expect(stanceAt("en", told, 3)).toBe("false");
    const bare = ["Messages shared in chats say the Tolvik ferry stops in June.", "It is a hoax.", "Residents were told about the road works.", "The Tolvik bridge will close for a whole year."];
    expect(stanceAt("en", bare, 3)).toBe("false");
  });
});
