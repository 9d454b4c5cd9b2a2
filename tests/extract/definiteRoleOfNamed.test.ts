/**
 * A definite unnamed role ("the harbour spokesman said") after the article named the one person holding it ("Harbour
 * spokesman Len Moraby said") refers back to that person: no second, unnamed source. Where two people hold the role, or
 * the role's words differ, the phrase stays an unnamed source.
 */
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const NAMED = "Harbour spokesman Len Moraby said the ferry would sail again on Friday.";

describe("a definite role of the one person named with it", () => {
  it.each([
    `${NAMED}\n\nThe new engine had failed twice, the harbour spokesman said.`,
    `${NAMED}\n\nThe new engine had failed twice, said the harbour spokesman.`,
  ])("%s refers back to the named spokesman", (body) => {
    const reading = readPlain(body, "en");
    expect(sourceLabels(reading)).toEqual(["named:Len Moraby"]);
    expect(reading.sources[0]?.mentions.some((m) => m.text.toLowerCase().includes("harbour spokesman") && m.start > NAMED.length)).toBe(true);
  });

  it("another body's spokesman stays an unnamed source", () => {
    expect(sourceLabels(readPlain(`${NAMED}\n\nThe new engine had failed twice, the council spokesman said.`, "en"))).toEqual(["named:Len Moraby", "anonymous:the council spokesman"]);
  });

  it("a role two named people hold refers to neither", () => {
    const body = `${NAMED}\n\nCouncil spokesman Ada Frisk said the quay was closed.\n\nThe new engine had failed twice, the spokesman said.`;
    expect(sourceLabels(readPlain(body, "en"))).toEqual(["named:Len Moraby", "named:Ada Frisk", "anonymous:the spokesman"]);
  });
});
