/** Reuse relations: kinds, orientation, credit, furniture and variant-based targeting, on small articles written for these tests. */
import { describe, expect, it } from "vitest";
import { alignDocuments } from "../../src/align/align.ts";
import { classifyReuse } from "../../src/align/classify.ts";
import { viaSentence } from "../../src/align/types.ts";
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

  it("orders two undated articles by a passage the copy pasted twice and the source prints once", () => {
    // A forum repost whose paste doubled the flood paragraph's opening, beside the undated original; case order puts the repost first.
    const doubled = FLOOD.split(" ").slice(0, 16).join(" ");
    const repost = article("repost", "Town Forum", undefined, body(FILLER[0]!, FILLER[3]!, FLOOD, FILLER[1]!, doubled));
    const original = article("original", "River Herald", undefined, body(FLOOD, FILLER[1]!, FILLER[2]!));
    for (const order of [[repost, original], [original, repost]]) {
      const rs = relations(order);
      expect(rs.map((r) => `${r.kind} ${r.from}->${r.to}`)).toEqual(["copies repost->original"]);
      expect(rs[0]).toMatchObject({ direction: "unknown", orientedBy: "doubled_passage" });
    }
  });

  it("orders them too when the copy pasted a whole paragraph twice (a line the cleaner drops as a repeat)", () => {
    const repost = article("repost", "Town Forum", undefined, body(FILLER[0]!, FILLER[3]!, FLOOD, FILLER[1]!, FLOOD));
    expect(repost.removed.some((r) => r.reason === "duplicate_line")).toBe(true);
    const rs = relations([repost, article("original", "River Herald", undefined, body(FLOOD, FILLER[1]!, FILLER[2]!))]);
    expect(rs.map((r) => `${r.kind} ${r.from}->${r.to} ${r.orientedBy}`)).toEqual(["copies repost->original doubled_passage"]);
  });

  it("reads no order from a passage both texts print twice", () => {
    const doubled = FLOOD.split(" ").slice(0, 16).join(" ");
    const both = relations([article("a", "Valley Post", undefined, body(FLOOD, FILLER[0]!, doubled)), article("b", "River Herald", undefined, body(FLOOD, FILLER[1]!, doubled))]);
    expect(both.every((r) => r.orientedBy === "none")).toBe(true);
  });

  it("puts first the one of two same-day articles a third article credits, whatever the files' order", () => {
    // Two same-day papers share the flood paragraph and name no one; a weekly a day later credits the River Herald.
    const herald = article("herald", "River Herald", "2021-03-14", body(FLOOD, FILLER[1]!));
    const post = article("post", "Valley Post", "2021-03-14", body(FILLER[0]!, FLOOD));
    const weekly = article("weekly", "Hill Weekly", "2021-03-15", body(FILLER[2]!, "The River Herald reported the evacuation first.", FILLER[3]!), true);
    const hand = { weekly: { cites: [{ phrase: "The River Herald reported", outlet: "River Herald" }] } };
    for (const order of [[herald, post, weekly], [post, herald, weekly], [weekly, post, herald]]) {
      const rs = relations(order, hand).filter((r) => r.kind === "copies");
      expect(rs.map((r) => `${r.from}->${r.to} ${r.orientedBy}`)).toEqual(["post->herald credit"]);
      expect(rs[0]).toMatchObject({ direction: "unknown" });
    }
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

  describe("same or altered is read over the whole quotation", () => {
    const BERG = Object.fromEntries(["early", "later"].map((id) => [id, { sources: [{ name: "Anna Berg", type: "named" as const, names: ["Anna Berg"] }] }]));
    const LONG = "We moved every pump we had to the north bank of the river last night, because the old station could not hold the water any longer, and we will keep the pumps there until the spring floods are over and the dykes are mended";
    const CUT = " because the old station could not hold the water any longer,";
    const twoArticles = (laterQuote: string) =>
      relations(
        [
          article("early", "River Herald", "2021-03-01", body(`\u201C${LONG},\u201D said Anna Berg, the station manager.`, FILLER[0]!)),
          article("later", "Valley Post", "2021-03-03", body(FILLER[1]!, `\u201C${laterQuote},\u201D Anna Berg said.`)),
        ],
        BERG,
      );

    it("reads a shorter excerpt as the same quotation, with its rule and confidence", () => {
      const rs = twoArticles(LONG.slice(LONG.indexOf("the old station")));
      expect(summary(rs)).toEqual(["quotes_same later->early"]);
      expect(rs[0]).toMatchObject({ rule: "quote.shared_passage", confidence: 0.9 });
    });

    it("reads words dropped from the middle without an ellipsis as an altered quotation, though each half matches", () => {
      const rs = twoArticles(LONG.replace(CUT, ","));
      expect(summary(rs)).toEqual(["alters_quote later->early"]);
    });

    it("reads the same cut marked by an ellipsis as the same quotation", () => {
      const rs = twoArticles(LONG.replace(CUT, " \u2026"));
      expect(summary(rs)).toEqual(["quotes_same later->early"]);
    });
  });

  it("sends no quotation to a third printing when it came inside text copied from a source that prints it unmarked", () => {
    const berg = { sources: [{ name: "Anna Berg", type: "named" as const, names: ["Anna Berg"] }] };
    const rs = relations(
      [
        article("wire", "Lowland Wire", "2021-03-01", body(`${FLOOD} ${QUOTE}, Anna Berg said.`, FILLER[0]!)),
        article("paper", "Harbour Herald", "2021-03-02", body(FILLER[1]!, `\u201C${QUOTE},\u201D Anna Berg said.`)),
        article("site", "Valley Post", "2021-03-03", body(`${FLOOD} \u201C${QUOTE},\u201D Anna Berg said.`, FILLER[2]!)),
      ],
      { wire: berg, paper: berg, site: berg },
    );
    expect(summary(rs).filter((r) => r.includes("site->"))).toEqual(["copies site->wire"]);
  });

  it("links no quotation between two articles that both say they had the words through the same outlet (a common source)", () => {
    const berg = { sources: [{ name: "Anna Berg", type: "named" as const, names: ["Anna Berg"] }], cites: [{ phrase: "the Daily Ledger quoted", outlet: "Daily Ledger", frame: "quoted" as const }] };
    const rs = relations(
      [
        article("one", "River Herald", "2021-03-01", body(`\u201C${QUOTE},\u201D the Daily Ledger quoted Anna Berg as saying.`, FILLER[0]!)),
        article("two", "Valley Post", "2021-03-04", body(FILLER[1]!, `\u201C${QUOTE},\u201D the Daily Ledger quoted Anna Berg as saying.`)),
      ],
      { one: berg, two: berg },
    );
    expect(rs.filter((r) => r.kind !== "copies")).toEqual([]);
  });

  it("traces a quotation that came inside copied text to a first printing known to predate the source, but not to a reprint", () => {
    const berg = { sources: [{ name: "Anna Berg", type: "named" as const, names: ["Anna Berg"] }] };
    const make = (firstIsReprint: boolean) =>
      relations(
        [
          article("first", "Valley Post", "2021-03-01", body(`\u201C${QUOTE},\u201D Anna Berg said.`, FILLER[0]!, "This report first appeared in the Quillon Wire and is printed here with permission.")),
          article("source", "Harbour Herald", "2021-03-02", body(FLOOD, `\u201C${QUOTE},\u201D Anna Berg said.`, FILLER[1]!)),
          article("site", "Ridge Courier", "2021-03-03", body(FLOOD, `\u201C${QUOTE},\u201D Anna Berg said.`, FILLER[2]!)),
        ],
        { first: firstIsReprint ? { ...berg, syndication: [{ phrase: "first appeared in the Quillon Wire", outlet: "Quillon Wire" }] } : berg, source: berg, site: berg },
      );
    expect(summary(make(false)).filter((r) => r.includes("site->"))).toEqual(["copies site->source", "quotes_same site->first", "quotes_same site->source"]);
    expect(summary(make(true)).filter((r) => r.includes("site->"))).toEqual(["copies site->source", "quotes_same site->source"]);
  });

  it("takes the one article whose wording of a quotation no other prints as the one that changed it, where nothing orders them", () => {
    const LONG = "We moved every pump we had to the north bank of the river last night, because the old station could not hold the water any longer, and we will keep the pumps there until the spring floods are over and the dykes are mended";
    const variant = LONG.replace("the old station", "the station");
    const berg = { sources: [{ name: "Anna Berg", type: "named" as const, names: ["Anna Berg"] }] };
    const rs = relations(
      [
        article("dated", "Quillon Gazette", "2021-03-01", body(`\u201C${variant},\u201D Anna Berg said.`, FILLER[0]!)),
        article("first", "Valley Post", undefined, body(FILLER[1]!, `\u201C${LONG},\u201D said Anna Berg.`)),
        article("second", "Harbour Herald", undefined, body(`\u201C${LONG},\u201D Anna Berg told reporters.`, FILLER[2]!)),
      ],
      { dated: berg, first: berg, second: berg },
    );
    const altered = rs.filter((r) => r.kind === "alters_quote");
    expect(altered.map((r) => r.from)).toEqual(["dated"]);
    expect(rs.some((r) => r.to === "dated")).toBe(false);
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
    expect(last.via).toMatchObject({ kind: "wording", source: "middle", earliest: "origin" });
    expect(rs.find((r) => r.from === "middle")!.sharedWith).toEqual(["last"]);
  });

  it("does not say the earliest printed the text first where nothing orders the articles", () => {
    const s1 = "The pumps on the north bank failed twice during the night because the generators ran out of diesel.";
    const s2 = "Engineers from the capital arrived at dawn with spare parts and restored power to the station by noon.";
    const rs = relations([
      article("origin", "River Herald", undefined, body(s1, FILLER[0]!, s2)),
      article("middle", "Valley Post", undefined, body(FILLER[1]!, `${s1} ${s2}`)),
      article("last", "Hill Times", undefined, body(`${s1} ${s2}`, FILLER[2]!)),
    ]);
    const via = rs.find((r) => r.kind === "copies" && r.from === "last")?.via;
    expect(via).toMatchObject({ kind: "wording", source: "middle", firstKnown: false });
    const told = via ? viaSentence(via, (id) => id) : "";
    expect(told).toContain("may have printed it first");
    expect(told).not.toContain("which printed the text first");
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

  it("does not make a copy of one phrase of a dozen words two articles share and nothing else", () => {
    // A person's name with their title and institution: what anyone writing about them might print.
    const title = "Erik Lind, research director of the nonprofit Valley Institute of Flood Studies and Water Management";
    const rs = relations([
      article("early", "River Herald", "2021-03-01", body(FILLER[0]!, `${title}, said the embankment would hold.`, FILLER[1]!)),
      article("late", "Valley Post", "2021-03-04", body(FILLER[2]!, `The warning came from ${title}, on Monday.`, FILLER[3]!)),
    ]);
    expect(rs.filter((r) => r.kind === "copies")).toEqual([]);
  });

  it("still makes a copy of two such phrases the two articles share", () => {
    const title = "Erik Lind, research director of the nonprofit Valley Institute of Flood Studies and Water Management";
    const second = "the pumps on the north bank failed twice during the night because the generators ran dry";
    const rs = relations([
      article("early", "River Herald", "2021-03-01", body(FILLER[0]!, `${title}, said ${second}.`, FILLER[1]!)),
      article("late", "Valley Post", "2021-03-04", body(FILLER[2]!, `The warning came from ${title}, on Monday.`, `Residents heard that ${second}.`, FILLER[3]!)),
    ]);
    expect(summary(rs)).toEqual(["copies late->early"]);
  });

  it("does not make a copy of one such phrase that the later article shares longest with a middle article", () => {
    // The story's own sentence, printed a little longer by one article: a closer version of a phrase, not a copied text.
    const longer = "The valley council has named the former harbour master Erik Lind its citizen of the year for 2021";
    const rs = relations([
      article("early", "River Herald", "2021-03-01", body(FILLER[0]!, "Residents say the former harbour master Erik Lind is citizen of the year for 2021.", FILLER[1]!)),
      article("middle", "Valley Post", "2021-03-03", body(FILLER[2]!, `${longer}.`, FLOOD)),
      article("late", "Hill Times", "2021-03-05", body(`${longer}, we learned.`, FILLER[3]!)),
    ]);
    expect(rs.filter((r) => r.kind === "copies" && r.from === "late")).toEqual([]);
  });

  it("points a third undated article to the dated source an undated copy is drawn to, not to that copy", () => {
    // Nothing orders the undated articles against the dated one, so the edges are drawn to the dated one; the third
    // article's text goes where the copy's was sent, though it shares three words more with the copy (no variant).
    const rs = relations([
      article("src", "River Herald", "2021-03-01", body(FILLER[0]!, FLOOD, FILLER[1]!)),
      article("copy", "Valley Post", undefined, body(`Late on Sunday, ${FLOOD}`, FILLER[2]!)),
      article("third", "Hill Times", undefined, body(FILLER[3]!, `Late on Sunday, ${FLOOD.replace("shortly after midnight", "after midnight")}`)),
    ]);
    expect(summary(rs).filter((r) => r.startsWith("copies"))).toEqual(["copies copy->src", "copies third->src"]);
  });

  describe("a shared quotation is not a copy", () => {
    const BERG = [{ name: "Anna Berg", type: "named" as const, names: ["Anna Berg"] }];
    it("reads words one article prints as a block without marks as the quotation two others mark", () => {
      const rs = relations(
        [
          article("block", "River Herald", "2021-03-01", body(FILLER[0]!, "The station manager gave this description of the night:", `${QUOTE}.`, FILLER[1]!)),
          article("m1", "Valley Post", "2021-03-03", body(FILLER[2]!, `"${QUOTE}," Anna Berg said.`)),
          article("m2", "Hill Times", "2021-03-04", body(`\u201C${QUOTE},\u201D Anna Berg told reporters.`, FILLER[3]!)),
        ],
        { m1: { sources: BERG }, m2: { sources: BERG } },
      );
      expect(rs.filter((r) => r.kind === "copies")).toEqual([]);
      expect(summary(rs)).toContain("quotes_same m1->block");
    });

    it("still reads an article's own prose, quoted by one later article alone, as copied from it", () => {
      const rs = relations([
        article("paper", "Journal of Floods", "2021-03-01", body(FLOOD, FILLER[0]!)),
        article("blog", "Valley Post", "2021-03-05", body(FILLER[1]!, `The authors wrote: \u201C${FLOOD}\u201D`)),
      ]);
      expect(summary(rs)).toEqual(["copies blog->paper"]);
    });

    it("does not read them as a copy either where the quoting article is the one drawn as earlier (case order)", () => {
      const rs = relations([
        article("quoting", "Valley Post", undefined, body(FILLER[2]!, `The station manager wrote: \u201C${FLOOD}\u201D`)),
        article("prose", "River Herald", undefined, body(FILLER[0]!, `${FLOOD}`, FILLER[1]!)),
      ]);
      expect(rs.filter((r) => r.kind === "copies")).toEqual([]);
    });

    it("does not read words one undated article quotes and another prints as prose as a copy: who dropped or added the marks cannot be told", () => {
      const rs = relations([
        article("prose", "River Herald", undefined, body(FILLER[0]!, `${FLOOD}`, FILLER[1]!)),
        article("quoting", "Valley Post", undefined, body(FILLER[2]!, `The station manager wrote: \u201C${FLOOD}\u201D`)),
      ]);
      expect(rs.filter((r) => r.kind === "copies")).toEqual([]);
    });

    it("links no quotation to an earlier article when the later one says it had the words through another outlet", () => {
      const rs = relations(
        [
          article("first", "River Herald", "2021-03-01", body(`"${QUOTE}," Anna Berg said.`, FILLER[0]!)),
          article("relay", "Valley Post", "2021-03-04", body(FILLER[1]!, `"${QUOTE}," the Daily Ledger quoted Anna Berg as saying.`)),
        ],
        { first: { sources: BERG }, relay: { sources: BERG, cites: [{ phrase: "the Daily Ledger quoted", outlet: "Daily Ledger", frame: "quoted" }] } },
      );
      expect(rs).toEqual([]);
    });

    it("still links the quotation when the later article only names the outlet that first published the words", () => {
      const rs = relations(
        [
          article("first", "River Herald", "2021-03-01", body(`"${QUOTE}," Anna Berg said.`, FILLER[0]!)),
          article("check", "Fact Desk", "2021-03-04", body(FILLER[1]!, `"${QUOTE}," the post on the Daily Ledger's site had Anna Berg saying.`)),
        ],
        { first: { sources: BERG }, check: { sources: BERG, cites: [{ phrase: "the post on the Daily Ledger's site", outlet: "Daily Ledger", frame: "according_to" }] } },
      );
      expect(summary(rs)).toEqual(["quotes_same check->first"]);
    });
  });

  it.each([
    ["a headline-sized phrase", "Erik Lind was named the Valley's Citizen of the Year"],
    ["a stock description of its main figure", "Erik Lind, former mayor and chairman of the valley flood committee, was named Citizen of the Year"],
  ])("does not make a copy of %s that most articles of the story print beside a shared quotation", (_what, name) => {
    const own = [
      "Residents gathered in the square to hear the announcement and the brass band played until dark.",
      "The award recognises years of work on the flood defences along the northern embankment.",
      "Previous winners include a retired teacher and the founder of the valley food bank.",
      "Lind thanked the volunteers who filled sandbags during the spring floods of last year.",
      "The ceremony will take place at the town hall next month, with tickets free for residents.",
    ];
    const docs = own.map((text, i) => article(`d${i}`, `Outlet ${i}`, `2021-03-0${i + 1}`, body(`${name}.`, text, `"${QUOTE}," Anna Berg said.`)));
    const rs = relations(docs, Object.fromEntries(docs.map((d) => [d.meta.id, { sources: [{ name: "Anna Berg", type: "named" as const, names: ["Anna Berg"] }] }])));
    expect(rs.filter((r) => r.kind === "copies")).toEqual([]);
    expect(rs.filter((r) => r.kind === "quotes_same")).toHaveLength(4);
  });

  it("reads three quotations with their framing that only two articles print as a copy", () => {
    const q1 = "The pumps will stay on the north bank until the river falls below the warning mark";
    const q2 = "Nobody in the lower town should return home before the engineers have checked the walls";
    const q3 = "We have asked the army for two more generators and a crane for the damaged bridge";
    // Each quotation sits between the article's own paragraphs, so the two share three separate passages.
    const text = (a: string, b: string) => body(`"${q1}," Anna Berg said on Monday.`, a, `"${q2}," she added.`, b, `"${q3}," the station manager said.`);
    const rs = relations(
      [article("first", "River Herald", "2021-03-01", text(FILLER[0]!, FILLER[1]!)), article("second", "Valley Post", "2021-03-02", text(FILLER[2]!, FILLER[3]!)), article("other", "Hill Times", "2021-03-03", body(FLOOD))],
      Object.fromEntries(["first", "second"].map((id) => [id, { sources: [{ name: "Anna Berg", type: "named" as const, names: ["Anna Berg"] }] }])),
    );
    expect(summary(rs)).toContain("copies second->first");
  });

  it("does not count a quoted headline both articles print as reporting text one took from the other", () => {
    const headline = "Mayor Lind Shocks Valley, Resigns Over Broken Flood Pumps, Releases Statement";
    const hand = { titles: [headline], sources: [{ name: "Anna Berg", type: "named" as const, names: ["Anna Berg"] }] };
    const rs = relations(
      [
        article("check1", "Fact Desk", "2021-03-02", body(FILLER[0]!, `A site ran the story under the headline \u201C${headline}\u201D last week.`, `"${QUOTE}," Anna Berg said.`)),
        article("check2", "Truth Corner", "2021-03-06", body(`The post, titled \u201C${headline}\u201D, spread widely.`, FILLER[1]!, `"${QUOTE}," Anna Berg said.`)),
      ],
      { check1: hand, check2: hand },
    );
    expect(summary(rs)).toEqual(["quotes_same check2->check1"]);
  });
});
