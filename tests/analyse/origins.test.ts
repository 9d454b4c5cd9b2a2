import { describe, expect, it } from "vitest";
import { parsePublished, type PublishedDate } from "../../src/core/dates.ts";
import { orderedOrigins, type OriginInputs } from "../../src/analyse/origins.ts";

function date(text: string): PublishedDate {
  const d = parsePublished(text);
  if ("error" in d) throw new Error(d.error);
  return d;
}

function inputs(partial: Partial<OriginInputs> & Pick<OriginInputs, "candidates">): OriginInputs {
  return { derivedFrom: {}, orderKnown: () => true, heldBackBy: () => [], published: new Map(), ...partial };
}

describe("orderedOrigins", () => {
  it("keeps both articles of a same-day quotation that nothing orders, and names first the one others follow", () => {
    const order = orderedOrigins(
      inputs({
        candidates: ["wire", "paper", "reprint-a", "reprint-b"],
        // paper quotes wire only by convention (same day, no credit); the reprints credit the wire.
        derivedFrom: { wire: ["paper"], "reprint-a": ["wire"], "reprint-b": ["wire"] },
        orderKnown: (later, earlier) => !(later === "wire" && earlier === "paper"),
        published: new Map([["wire", date("2020-06-02")], ["paper", date("2020-06-02")], ["reprint-a", date("2020-06-02")], ["reprint-b", date("2020-06-03")]]),
      }),
    );
    expect(order).toEqual(["wire", "paper"]);
  });

  it("between two same-day origins, names first the one an undated copy took its text from, though only a convention orients that copy", () => {
    // "alpha" would win by id alone; the undated blog copies "zeta", an arrow no date or credit orders.
    const order = orderedOrigins(
      inputs({
        candidates: ["alpha", "zeta", "blog"],
        derivedFrom: { blog: ["zeta"] },
        orderKnown: (later) => later !== "blog",
        published: new Map([["alpha", date("2021-05-28")], ["zeta", date("2021-05-28")]]),
      }),
    );
    expect(order.slice(0, 2)).toEqual(["zeta", "alpha"]);
  });

  it("names a day before a month that contains it: the month is a range the day may lie anywhere in", () => {
    const order = orderedOrigins(inputs({ candidates: ["monthly", "daily"], published: new Map([["monthly", date("2019-04")], ["daily", date("2019-04-20")]]) }));
    expect(order).toEqual(["daily", "monthly"]);
  });

  it("names a day before a month that contains it, though an undated copy took its text from the month's article", () => {
    // The blog's copy of "monthly" is oriented only by convention (it is undated): it says nothing of where in April
    // "monthly" lies beside "daily".
    const order = orderedOrigins(
      inputs({
        candidates: ["monthly", "daily", "blog"],
        derivedFrom: { blog: ["monthly"] },
        orderKnown: (later) => later !== "blog",
        published: new Map([["monthly", date("2019-04")], ["daily", date("2019-04-20")]]),
      }),
    );
    expect(order.slice(0, 2)).toEqual(["daily", "monthly"]);
  });

  it("still names a month first when it ends before the day begins", () => {
    const order = orderedOrigins(inputs({ candidates: ["daily", "monthly"], published: new Map([["monthly", date("2019-03")], ["daily", date("2019-04-20")]]) }));
    expect(order).toEqual(["monthly", "daily"]);
  });

  it("names first a year-dated article the others derive from over a dated one nothing derives from", () => {
    const order = orderedOrigins(
      inputs({
        candidates: ["paper", "blog", "copy"],
        derivedFrom: { copy: ["paper"] },
        published: new Map([["paper", date("2018")], ["blog", date("2018-02-10")], ["copy", date("2018-03-01")]]),
      }),
    );
    expect(order).toEqual(["paper", "blog"]);
  });

  it("puts an undated article before a dated one when the dated one's text says it came after it, and the undated last otherwise", () => {
    const published = new Map([["dated", date("2021-03-05")]]);
    expect(orderedOrigins(inputs({ candidates: ["dated", "undated"], published, heldBackBy: (later) => (later === "dated" ? ["undated"] : []) }))).toEqual(["undated", "dated"]);
    expect(orderedOrigins(inputs({ candidates: ["undated", "dated"], published }))).toEqual(["dated", "undated"]);
  });
});
