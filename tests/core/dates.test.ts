import { describe, expect, it } from "vitest";
import { compareDates, formatDate, parsePublished, type PublishedDate } from "../../src/core/dates.ts";

const d = (iso: string, estimated = false): PublishedDate => {
  const p = parsePublished(iso, estimated);
  if ("error" in p) throw new Error(p.error);
  return p;
};

describe("parsePublished", () => {
  it.each([
    ["2019", "year"],
    ["2019-03", "month"],
    ["2019-03-28", "day"],
    ["2019-03-28T10:15:00Z", "time"],
    ["2019-03-28T10:15:00+03:00", "time"],
  ])("reads %s with %s precision", (iso, precision) => {
    expect(d(iso).precision).toBe(precision);
  });

  it.each(["2019-02-30", "2019-13", "2019-00-10", "28/03/2019", "March 2019", "", "2019-03-28T25:00"])("refuses '%s' with a reason", (iso) => {
    const p = parsePublished(iso);
    expect("error" in p && p.error.length > 10).toBe(true);
  });
});

describe("compareDates", () => {
  it.each([
    ["2019-03-28", "2019-03-29", false, false, -1],
    ["2019-03-29", "2019-03-28", false, false, 1],
    ["2019-03", "2019-03-28", false, false, 0],
    ["2017-03", "2019-03-28", true, false, -1],
    ["2019-03-28", "2019-03-29", false, true, 0],
    ["2019-03-28", "2019-04-28", false, true, -1],
    ["2019", "2019-06-01", false, false, 0],
  ] as const)("%s vs %s (estimated %s/%s) → %i", (a, b, ea, eb, want) => {
    expect(compareDates(d(a, ea), d(b, eb))).toBe(want);
  });

  it("cannot order an article without a date", () => {
    expect(compareDates(undefined, d("2019-03-28"))).toBe(0);
  });
});

describe("formatDate", () => {
  it("never presents a month or an estimate as exact", () => {
    expect(formatDate(d("2019-03"))).toBe("Mar 2019 (month only)");
    expect(formatDate(d("2017-03", true))).toBe("c. Mar 2017 (month only, estimated)");
    expect(formatDate(d("2019-03-29", true))).toBe("c. 29 Mar 2019 (estimated)");
    expect(formatDate(d("2019-03-28"))).toBe("28 Mar 2019");
    expect(formatDate(undefined)).toBe("date unknown");
  });
});
