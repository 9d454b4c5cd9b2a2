// Initials the registry keeps only as an agency's credit signature ("TT" for Tidningarnas Telegrambyrå) name that agency
// where a noun for a news agency stands before them ("til nyhetsbyrået TT", "till nyhetsbyrån TT"); alone, or after
// another outlet noun, they stay unread, as initials in running text may be anything. Invented people and sentences.
import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

const registry = await loadDefaultRegistry();
const cited = (text: string, language: string) => readText(text, registry, { outlet: "Test Daily", language }).attributions.map((a) => a.outletName);

describe("an agency's credit signature after a noun for a news agency", () => {
  it.each([
    ["no", "– Det får vi se på, svarer Kari Nordmo på spørsmål fra nyhetsbyrået TT."],
    ["no", "– Det får vi se på, sier Kari Nordmo til det svenske nyhetsbyrået TT."],
    ["sv", "– Vi får se, säger Karin Berg till nyhetsbyrån TT."],
    ["da", "– Det må vi se på, siger Karen Holm til nyhedsbureauet TT."],
  ])("%s: %s", (language, text) => {
    expect(cited(text, language)).toEqual(["Tidningarnas Telegrambyrå"]);
  });

  it.each([
    ["no", "– Det får vi se på, sier Kari Nordmo til TT."],
    ["no", "– Det får vi se på, sier Kari Nordmo til avisen TT."],
    ["sv", "– Vi får se, säger Karin Berg till tidningen TT."],
  ])("reads no agency without the noun (%s): %s", (language, text) => {
    expect(cited(text, language)).not.toContain("Tidningarnas Telegrambyrå");
  });
});
