/** Reuse relations: kinds, orientation, credit, furniture and variant-based targeting, on small articles written for these tests. */
import { describe, expect, it } from "vitest";
import { alignDocuments } from "../../src/align/align.ts";
import { classifyReuse } from "../../src/align/classify.ts";
import type { CleanArticle } from "../../src/clean/types.ts";
import { FILLER, FLOOD, article, body } from "./fixtures.ts";
import { handReading, type HandReading } from "./readings.ts";

function relations(articles: CleanArticle[], hand: Record<string, HandReading> = {}) {
  const pairs = alignDocuments(articles.map((a) => ({ id: a.meta.id, text: a.body }))).pairs;
  return classifyReuse({ articles, readings: articles.map((a) => handReading(a, hand[a.meta.id])), pairs });
}
const summary = (rs: ReturnType<typeof relations>) => rs.map((r) => `${r.kind} ${r.from}->${r.to}`).sort();

const QUOTE = "We moved the pumps to the north bank because the old station could not hold the water any longer, and we will keep them there until spring";

describe("classifyReuse", () => {
  it("points a copy from the later article to the earlier one, dated", () => {
    const rs = relations([article("late", "Valley Post", "2021-03-02", body(FILLER[0]!, FLOOD)), article("early", "River Herald", "2021-03-01", body(FLOOD, FILLER[1]!))]);
    expect(summary(rs)).toEqual(["copies late->early"]);
    expect(rs[0]).toMatchObject({ direction: "dated", orientedBy: "dates", credited: false });
  });

  it("says direction unknown when the dates overlap and nothing else orders them", () => {
    // A month-only date contains the exact day: neither can be called earlier.
    const rs = relations([article("month", "Valley Post", "2021-03", body(FILLER[0]!, FLOOD)), article("day", "River Herald", "2021-03-14", body(FLOOD, FILLER[1]!))]);
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ kind: "copies", direction: "unknown", orientedBy: "none" });
  });

  it("orders overlapping dates by a one-way citation, keeping direction unknown", () => {
    const rs = relations(
      [article("a", "Valley Post", "2021-03-14", body(FLOOD, "The River Herald reported the evacuation first.", FILLER[0]!), true), article("b", "River Herald", "2021-03-14", body(FLOOD, FILLER[1]!))],
      { a: { cites: [{ phrase: "The River Herald reported", outlet: "River Herald" }] } },
    );
    expect(rs[0]).toMatchObject({ from: "a", to: "b", direction: "unknown", orientedBy: "citation", credited: true });
  });

  it.each([
    ["credited", true, "The River Herald reported the evacuation first."],
    ["uncredited", false, "Residents told this newspaper about the evacuation."],
  ])("marks a %s copy", (_name, credited, line) => {
    const rs = relations([article("late", "Valley Post", "2021-03-02", body(FLOOD, line, FILLER[0]!)), article("early", "River Herald", "2021-03-01", body(FLOOD, FILLER[1]!))], {
      late: { cites: [{ phrase: "The River Herald reported", outlet: "River Herald" }] },
    });
    expect(rs[0]?.credited).toBe(credited);
  });

  it("does not count site furniture shared by one outlet's articles", () => {
    const sign = "Support independent local journalism in the valley: subscribe to our weekly newsletter and read every story without limits.";
    const rs = relations([
      article("p1", "Valley Post", "2021-03-01", body(FILLER[0]!, FILLER[1]!, FILLER[3]!, sign)),
      article("p2", "Valley Post", "2021-03-05", body(FILLER[2]!, "The council met on Tuesday to discuss the budget for the coming year and the repair of roads.", sign)),
    ]);
    expect(rs).toEqual([]);
  });

  it("tells a repeated quotation from an altered one and keeps both versions with the diff", () => {
    const altered = QUOTE.replace("north bank", "[eastern] bank");
    const rs = relations(
      [
        article("early", "River Herald", "2021-03-01", body(`\u201C${QUOTE},\u201D said Anna Berg, the station manager.`, FILLER[0]!)),
        article("same", "Valley Post", "2021-03-03", body(FILLER[1]!, `"${QUOTE}," Anna Berg said.`)),
        article("changed", "Hill Times", "2021-03-04", body(FILLER[2]!, `\u201C${altered},\u201D Anna Berg told reporters.`)),
      ],
      Object.fromEntries(["early", "same", "changed"].map((id) => [id, { sources: [{ name: "Anna Berg", type: "named" as const, names: ["Anna Berg"] }] }])),
    );
    expect(summary(rs)).toEqual(["alters_quote changed->early", "quotes_same same->early"]);
    const alt = rs.find((r) => r.kind === "alters_quote")!;
    expect(alt.passages[0]!.to.text).toContain("north bank");
    expect(alt.passages[0]!.from.text).toContain("[eastern] bank");
    expect(alt.passages[0]!.diff?.filter((d) => d.op !== "equal")).toEqual([
      { op: "delete", text: "north" },
      { op: "insert", text: "[eastern]" },
    ]);
  });

  it("points a copy to the article whose variant it reproduces, not to the earliest, and records the common source", () => {
    // The origin prints two sentences apart; the middle article joins them; the last one prints the joined form.
    const s1 = "The pumps on the north bank failed twice during the night because the generators ran out of diesel.";
    const s2 = "Engineers from the capital arrived at dawn with spare parts and restored power to the station by noon.";
    const rs = relations([
      article("origin", "River Herald", "2021-03-01", body(s1, FILLER[0]!, s2)),
      article("middle", "Valley Post", "2021-03-05", body(FILLER[1]!, `${s1} ${s2}`)),
      article("last", "Hill Times", "2021-03-09", body(`${s1} ${s2}`, FILLER[2]!)),
    ]);
    expect(summary(rs)).toEqual(["copies last->middle", "copies middle->origin"]);
    const last = rs.find((r) => r.from === "last")!;
    expect(last.via).toContain("middle");
    expect(rs.find((r) => r.from === "middle")!.sharedWith).toEqual(["last"]);
  });

  it("points two copies of one source to that source, not to each other", () => {
    const rs = relations([
      article("src", "River Herald", "2021-03-01", body(FLOOD, FILLER[0]!)),
      article("c1", "Valley Post", "2021-03-02", body(FILLER[1]!, FLOOD)),
      article("c2", "Hill Times", "2021-03-03", body(FLOOD, FILLER[2]!)),
    ]);
    expect(summary(rs)).toEqual(["copies c1->src", "copies c2->src"]);
    expect(rs.find((r) => r.from === "c1")!.sharedWith).toEqual(["c2"]);
  });
});
