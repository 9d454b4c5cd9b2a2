import { describe, expect, it } from "vitest";
import { parsePublished, type PublishedDate } from "../../src/core/dates.ts";
import { debunkClaims, type DebunkInputs } from "../../src/analyse/debunks.ts";
import type { ArticleStance, ClaimAnalysis } from "../../src/analyse/types.ts";

function date(text: string): PublishedDate {
  const d = parsePublished(text);
  if ("error" in d) throw new Error(d.error);
  return d;
}

const stance = (article: string, side: "true" | "false", start = 0): ArticleStance => ({
  stance: side,
  rule: side === "false" ? "stance.near_cue" : "stance.asserted",
  confidence: 0.8,
  evidence: [{ article, start, end: start + 4, text: side === "false" ? "hoax" : "dam" }],
});

/** "The Velmar dam burst": two sites tell it as true, three report it as a hoax. */
function claim(over: Partial<ClaimAnalysis> = {}): ClaimAnalysis {
  const stances: Record<string, ArticleStance> = {
    "site-a": stance("site-a", "true"),
    "site-b": stance("site-b", "true"),
    "checker-1": stance("checker-1", "false", -1),
    "paper-2": stance("paper-2", "false", 120),
    "blog-3": stance("blog-3", "false", 40),
  };
  return {
    key: "claim:the-velmar-dam-burst",
    label: "The Velmar dam burst",
    text: "The Velmar dam burst on Sunday.",
    statements: [],
    articles: Object.keys(stances),
    outlets: [],
    origins: ["site-a"],
    appearsFirstIn: ["site-a"],
    stances,
    presentedAsTrue: ["site-a", "site-b"],
    reportedFalse: ["checker-1", "paper-2", "blog-3"],
    mentionedBy: [],
    main: true,
    derivedFrom: { "blog-3": ["paper-2"] },
    restsOn: {},
    primarySources: [],
    ...over,
  };
}

function inputs(over: Partial<DebunkInputs> = {}): DebunkInputs {
  return {
    claims: [claim()],
    published: new Map([["site-a", date("2022-05-01")], ["checker-1", date("2022-05-03")], ["paper-2", date("2022-05-03")], ["blog-3", date("2022-05-04")]]),
    updates: () => undefined,
    relations: [],
    outletOf: new Map(),
    order: { orderKnown: () => true, heldBackBy: () => [] },
    ...over,
  };
}

describe("debunkClaims", () => {
  it("makes 'reported false' a minor claim of its own, asserted by the articles that report the claim false, on their words", () => {
    const [debunk] = debunkClaims(inputs());
    // Its text says what it is, never the cue it was read on ("not", "faux").
    expect(debunk?.text).toBe("Reported false: The Velmar dam burst on Sunday.");
    expect(debunk).toMatchObject({ label: "Reported false: The Velmar dam burst", debunks: "claim:the-velmar-dam-burst", main: false, presentedAsTrue: ["checker-1", "paper-2", "blog-3"] });
    expect(Object.values(debunk!.stances).every((s) => s.stance === "true" && s.evidence[0]?.text === "hoax")).toBe(true);
  });

  it("names first the debunk the others take it from; a copy of a debunk is not where it started", () => {
    // paper-2 and checker-1 report it false the same day; blog-3 copies paper-2.
    const [debunk] = debunkClaims(inputs());
    expect(debunk!.origins).toEqual(["paper-2", "checker-1"]);
  });

  it("dates a debunk written in an update note by the note, not by the publication", () => {
    const published = new Map([["paper-2", date("2022-05-02")], ["checker-1", date("2022-05-03")]]);
    const claims = [claim({ derivedFrom: {} })];
    expect(debunkClaims(inputs({ claims, published }))[0]!.origins[0]).toBe("paper-2");
    // The words paper-2 reports it false with (at 120) lie in a note of 9 May.
    const updates = (article: string) => (article === "paper-2" ? { notes: [{ date: date("2022-05-09"), start: 100, end: 200 }], titleUpdated: false } : undefined);
    expect(debunkClaims(inputs({ claims, published, updates }))[0]!.origins.slice(0, 2)).toEqual(["checker-1", "paper-2"]);
  });

  it("makes none for a claim told one way, or a minor claim", () => {
    expect(debunkClaims(inputs({ claims: [claim({ presentedAsTrue: ["site-a"] })] }))).toEqual([]);
    expect(debunkClaims(inputs({ claims: [claim({ main: false })] }))).toEqual([]);
  });
});
