/** The timeline's time scale: every distinct date gets room, order is kept, long quiet stretches become marked breaks. Dates written for these tests; the last table mirrors the reference case's five dates (data/cases/baghdadi-2019). */
import { describe, expect, it } from "vitest";
import { durationWords, timeScale } from "../../src/client/timeline.ts";

const DAY = 86_400_000;
const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("timeScale", () => {
  it.each([
    ["two articles a day apart", ["2019-03-28", "2019-03-29"]],
    ["a busy week after two quiet years", ["2017-03-16", "2019-03-16", "2019-03-28", "2019-03-29", "2019-04-28"]],
    ["same-hour articles and a decade", ["2010-01-01", "2010-01-01", "2020-01-01"]],
  ])("%s: distinct dates in order, each at least the minimum gap from the previous", (_name, isos) => {
    const s = timeScale(isos.map(d), { minGap: 40 });
    const xs = [...new Set(isos.map(d))].sort((a, b) => a - b).map(s.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(40);
  });

  it("draws a gap longer than the break threshold at a fixed width, named in words, however long it is", () => {
    const s = timeScale([d("2017-03-16"), d("2019-03-16"), d("2019-03-28")], { breakDays: 60, breakWidth: 90 });
    expect(s.breaks).toHaveLength(1);
    expect(s.breaks[0]!.label).toBe("2 years");
    expect(s.breaks[0]!.x1 - s.breaks[0]!.x0).toBe(90);
    const t = timeScale([d("2000-01-01"), d("2019-03-16")], { breakDays: 60, breakWidth: 90 });
    expect(t.x(d("2019-03-16")) - t.x(d("2000-01-01"))).toBe(90);
  });

  it("gives a month more room than a day, and a quiet gap under the break threshold is not a break", () => {
    const s = timeScale([d("2019-03-01"), d("2019-03-02"), d("2019-04-01")]);
    expect(s.x(d("2019-04-01")) - s.x(d("2019-03-02"))).toBeGreaterThan(s.x(d("2019-03-02")) - s.x(d("2019-03-01")));
    expect(s.breaks).toEqual([]);
  });

  it("keeps extra room asked for by the layout (a label that must clear the next article)", () => {
    const s = timeScale([0, DAY, 2 * DAY], { minGap: 10, perDoubling: 0, room: (i, prev) => (i === 2 ? prev + 200 : -Infinity) });
    expect(s.positions).toEqual([0, 10, 210]);
  });

  it("maps times between and beyond dates monotonically, so a range bar keeps its true side of each neighbour", () => {
    const anchors = [d("2017-03-16"), d("2019-03-16"), d("2019-03-28"), d("2019-03-29")];
    const s = timeScale(anchors);
    const probes = [d("2017-03-01"), d("2017-03-31"), d("2018-06-01"), d("2019-03-01"), d("2019-03-20"), d("2019-03-28"), d("2019-03-29"), d("2019-04-01")];
    const xs = probes.map(s.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    // A month-precision "Mar 2019" drawn on 16 Mar reaches past the articles of 28 and 29 Mar: it may be later than both.
    expect(s.x(d("2019-04-01"))).toBeGreaterThan(s.x(d("2019-03-29")));
  });
});

describe("durationWords", () => {
  it.each([
    [45 * DAY, "45 days"],
    [75 * DAY, "2 months"],
    [300 * DAY, "10 months"],
    [730 * DAY, "2 years"],
    [3653 * DAY, "10 years"],
  ])("%d ms → %s", (ms, words) => {
    expect(durationWords(ms)).toBe(words);
  });
});
