// A story told by only two or three articles in their sentences is often carried by more in their headlines alone: a
// debunk's headline restates it to deny it ("No, the Kestrel bridge did not collapse"), while its sentences tell the
// check (the council, the engineers). Such a headline joined only claims of four articles or more (leads.ts), so the
// debunk carried nothing and its stance was never read. A smaller claim now takes a lead that calls it false (a debunk
// cue) and tells what the claim says happened (a predicate or a figure it shares with the claim's statements), and the
// stance reader reads that headline as it reads any carrier. A plain lead still joins only a claim of four articles or
// more. All statements invented.
import { describe, expect, it } from "vitest";
import { joinLeads } from "../../../src/analyse/claims/leads.ts";
import type { Group, Statement } from "../../../src/analyse/claims/types.ts";

function statement(article: string, text: string, words: string[], lead = false, debunking = false, predicates: string[] = []): Statement {
  return {
    debunking,
    article,
    language: "en",
    span: { start: lead ? -1 : 100, end: lead ? -1 : 100 + text.length, text },
    quoted: false,
    saysOnlyWho: false,
    words: new Set(words),
    anchors: new Set(words.filter((w) => w === "kestrel" || w === "talbridg")),
    predicates: new Set(predicates),
    names: new Set(),
    lead,
    verbless: false,
  };
}

/** Two articles telling that the Kestrel bridge in Talbridge collapsed (the verb the reading tags, as statements.ts names it). */
const story: Statement[] = [
  statement("a", "The Kestrel bridge in Talbridge collapsed on Sunday night.", ["kestrel", "bridg", "talbridg", "collaps", "sunday", "night"], false, false, ["verb:collaps"]),
  statement("b", "The Kestrel bridge in Talbridge collapsed after heavy rain on Sunday.", ["kestrel", "bridg", "talbridg", "collaps", "heavi", "rain", "sunday"], false, false, ["verb:collaps"]),
];
const storyGroup: Group = { members: [0, 1], articles: new Set(["a", "b"]) };

/** Two other articles telling that the council inspected the bridge. */
const check: Statement[] = [
  statement("d", "The council inspected the bridge on Monday and found no damage.", ["council", "inspect", "bridg", "monday", "found", "damag"]),
  statement("e", "Council engineers inspected the bridge on Monday.", ["council", "engin", "inspect", "bridg", "monday"]),
];
const checkGroup: Group = { members: [2, 3], articles: new Set(["d", "e"]) };

/** The members of the story's claim once leads are joined, a headline added after the four statements. */
function storyMembers(headline: Statement): string[] {
  const statements = [...story, ...check, headline];
  const [joined] = joinLeads([storyGroup, checkGroup], statements, new Map());
  return joined!.members.map((m) => statements[m]!.article);
}

describe("a claim of two articles", () => {
  const denial = (article: string, words = ["kestrel", "bridg", "collaps"]) => statement(article, "No, the Kestrel bridge did not collapse", words, true, true);

  it("is carried by a debunk headline that restates it", () => {
    expect(storyMembers(denial("c"))).toContain("c");
  });

  it("control: not by a plain headline, which joins only a claim of four articles or more", () => {
    expect(storyMembers(statement("c", "The Kestrel bridge collapsed", ["kestrel", "bridg", "collaps"], true))).not.toContain("c");
  });

  it("control: not by a debunk headline that names its bridge but not what happened to it", () => {
    expect(storyMembers(statement("c", "No, the Kestrel bridge in Talbridge will not be closed", ["kestrel", "bridg", "talbridg", "close"], true, true, ["close"]))).not.toContain("c");
  });

  it("control: not by a debunk headline that shares one word with it", () => {
    expect(storyMembers(statement("c", "Talbridge library fire was a hoax", ["talbridg", "librari", "fire", "hoax"], true, true))).not.toContain("c");
  });
});

describe("a claim of two articles told as a denial", () => {
  /** Two articles telling that the Talbridge council denied selling the Kestrel bridge. */
  const denied: Statement[] = [
    statement("a", "The Talbridge council denied that the Kestrel bridge was sold.", ["talbridg", "council", "deni", "kestrel", "bridg", "sold"], false, true, ["denied", "sell"]),
    statement("b", "The Talbridge council denied it sold the Kestrel bridge to a developer.", ["talbridg", "council", "deni", "kestrel", "bridg", "sold", "develop"], false, true, ["denied", "sell"]),
  ];
  const group: Group = { members: [0, 1], articles: new Set(["a", "b"]) };

  it("control: is not carried by a denial of something else, whose denying is its cue and not the claim's predicate", () => {
    const lead = statement("c", "Talbridge council denied reports that the Kestrel bridge will get a toll", ["talbridg", "council", "deni", "kestrel", "bridg", "toll"], true, true, ["denied"]);
    const statements = [...denied, lead];
    const [joined] = joinLeads([group], statements, new Map());
    expect(joined!.members.map((m) => statements[m]!.article)).not.toContain("c");
  });
});
