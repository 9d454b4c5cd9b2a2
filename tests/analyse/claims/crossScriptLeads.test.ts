// A claim nearly all of whose articles name a place is joined only by a lead naming a place it relates to (leads.ts
// boundPlaces): "sheltering in the Varanger fjord" is not carried by a headline about another fjord. A lead in another
// script names its places in its own letters ("Харбери"), which no place of a claim told in Latin letters can equal,
// and one in a script without capitals (Arabic, Korean) names none the reader can find: the check cannot tell, and the
// lead's names and numbers decide. Controls: a lead in Latin letters naming another place, or naming none, stays out.
// All statements invented.
import { describe, expect, it } from "vitest";
import { joinLeads } from "../../../src/analyse/claims/leads.ts";
import type { Group, Statement } from "../../../src/analyse/claims/types.ts";

function statement(article: string, language: string, text: string, anchors: string[], names: string[], lead = false): Statement {
  return {
    article,
    language,
    span: { start: lead ? 0 : 100, end: lead ? text.length : 100 + text.length, text },
    quoted: false,
    saysOnlyWho: false,
    words: new Set(anchors),
    anchors: new Set(anchors),
    predicates: new Set(),
    names: new Set(names),
    lead,
    verbless: false,
  };
}

/** Four English articles telling that the singer Tomas Velk won the Orlen Prize in Harbury (Harbury: the claim's place). */
const claim: Statement[] = ["a", "b", "c", "d"].map((a) => statement(a, "en", "Tomas Velk won the Orlen Prize in Harbury.", ["tomas", "velk", "orlen", "prize", "harbury"], ["harbury"]));
const group: Group = { members: [0, 1, 2, 3], articles: new Set(["a", "b", "c", "d"]) };

const joined = (lead: Statement): boolean => joinLeads([group], [...claim, lead], new Map())[0]!.members.includes(claim.length);

describe("a lead in another script", () => {
  it("joins a claim bound to a place it names in its own letters", () => {
    // "Tomas Velk won the Orlen Prize in Harbury", its names in Cyrillic, read in Latin letters as the anchors.
    expect(joined(statement("e", "ru", "Томас Велк получил премию Орлен в Харбери.", ["tomas", "velk", "orlen"], ["харбери"], true))).toBe(true);
  });

  it("joins it when its script has no capitals to mark a place", () => {
    expect(joined(statement("e", "ar", "توماس فيلك يفوز بجائزة أورلن في هاربري.", ["tomas", "velk", "orlen"], [], true))).toBe(true);
  });

  it("but a lead in Latin letters naming another place, or none, stays out", () => {
    expect(joined(statement("e", "de", "Tomas Velk gewinnt den Orlen-Preis in Lindmark.", ["tomas", "velk", "orlen"], ["lindmark"], true))).toBe(false);
    expect(joined(statement("e", "de", "Tomas Velk gewinnt den Orlen-Preis.", ["tomas", "velk", "orlen"], [], true))).toBe(false);
  });
});
