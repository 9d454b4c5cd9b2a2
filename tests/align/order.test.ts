/** Order from relations: where dates are missing, partial or equal, an article that names another as its source comes after it; otherwise the order cannot be told. */
import { describe, expect, it } from "vitest";
import { alignDocuments } from "../../src/align/align.ts";
import { classifyReuse } from "../../src/align/classify.ts";
import { inferOrder } from "../../src/align/order.ts";
import { parsePublished, type PublishedDate } from "../../src/core/dates.ts";
import { FILLER, FLOOD, article, body } from "./fixtures.ts";
import { handReading } from "./readings.ts";

function date(iso: string | undefined): PublishedDate | undefined {
  if (!iso) return undefined;
  const d = parsePublished(iso);
  if ("error" in d) throw new Error(d.error);
  return d;
}
const dates = (entries: Record<string, string | undefined>) => new Map(Object.entries(entries).map(([k, v]) => [k, date(v)]));

describe("inferOrder", () => {
  it("puts an undated article after the undated one it cites, and says the order is inferred", () => {
    const order = inferOrder(dates({ a: undefined, b: undefined }), [{ later: "a", earlier: "b" }]);
    expect(order.compare("a", "b")).toBe(1);
    expect(order.compare("b", "a")).toBe(-1);
    expect(order.inferred("a", "b")).toBe(true);
    expect(order.after.get("a")).toEqual(["b"]);
  });

  it("follows a citation through a dated step: citing what is dated after another puts it after that one too", () => {
    // early (1 Mar) < cited (10 Mar) by dates; the undated citer cites `cited`, so it also comes after `early`.
    const order = inferOrder(dates({ early: "2021-03-01", cited: "2021-03-10", citer: undefined }), [{ later: "citer", earlier: "cited" }]);
    expect(order.compare("citer", "early")).toBe(1);
    expect(order.inferred("citer", "early")).toBe(true);
    expect(order.inferred("cited", "early")).toBe(false);
  });

  it.each([
    ["nothing relates them", []],
    ["each cites the other", [{ later: "a", earlier: "b" }, { later: "b", earlier: "a" }]],
  ])("cannot tell the order when %s", (_name, constraints) => {
    const order = inferOrder(dates({ a: undefined, b: "2021-03" }), constraints);
    expect(order.compare("a", "b")).toBe(0);
    expect(order.after.size).toBe(0);
  });

  it("lets the dates win over a citation they contradict", () => {
    const order = inferOrder(dates({ a: "2021-03-01", b: "2021-03-09" }), [{ later: "a", earlier: "b" }]);
    expect(order.compare("a", "b")).toBe(-1);
    expect(order.inferred("a", "b")).toBe(false);
  });
});

describe("classifyReuse orders a copy by citations where the dates overlap", () => {
  it("orients a month-dated copy after a dated article through the article it cites", () => {
    // `monthly` (March, month only) overlaps `source` (1 March) by dates; it cites `report` (10 March), which is after `source`.
    const articles = [
      article("source", "River Herald", "2021-03-01", body(FLOOD, FILLER[0]!)),
      article("report", "Hill Times", "2021-03-10", body(FILLER[1]!, "The council promised new pumps for the lower town before the summer.")),
      article("monthly", "Valley Post", "2021-03", body(FILLER[2]!, FLOOD, "As the Hill Times reported, the council promised new pumps.")),
    ];
    const readings = articles.map((a) => handReading(a, a.meta.id === "monthly" ? { cites: [{ phrase: "the Hill Times reported", outlet: "Hill Times", article: "report" }] } : {}));
    const pairs = alignDocuments(articles.map((a) => ({ id: a.meta.id, text: a.body }))).pairs;
    const rs = classifyReuse({ articles, readings, pairs });
    expect(rs.map((r) => [r.kind, r.from, r.to, r.direction, r.orientedBy])).toEqual([["copies", "monthly", "source", "unknown", "citation"]]);
  });
});

describe("a reprint is dated when it was reprinted", () => {
  it("orients an article sharing a reprint's text towards the reprint, even when the reprint's own date is later", () => {
    const articles = [
      article("reprint", "Valley Post", "2021-03-09", body(FLOOD, FILLER[0]!, "The story was filed by the Daily Ledger's correspondent in the valley on Tuesday night.")),
      article("other", "Hill Times", "2021-03-04", body(FILLER[1]!, FLOOD)),
    ];
    const readings = articles.map((a) => handReading(a, a.meta.id === "reprint" ? { syndication: [{ phrase: "Daily Ledger's correspondent", outlet: "Daily Ledger" }] } : {}));
    const pairs = alignDocuments(articles.map((a) => ({ id: a.meta.id, text: a.body }))).pairs;
    expect(classifyReuse({ articles, readings, pairs }).map((r) => [r.kind, r.from, r.to, r.direction, r.orientedBy])).toEqual([["copies", "other", "reprint", "unknown", "reprint"]]);
  });

  it("keeps the dates where the reprint is the earlier one", () => {
    const articles = [
      article("reprint", "Valley Post", "2021-03-02", body(FLOOD, FILLER[0]!, "The story was filed by the Daily Ledger's correspondent in the valley on Tuesday night.")),
      article("other", "Hill Times", "2021-03-06", body(FILLER[1]!, FLOOD)),
    ];
    const readings = articles.map((a) => handReading(a, a.meta.id === "reprint" ? { syndication: [{ phrase: "Daily Ledger's correspondent", outlet: "Daily Ledger" }] } : {}));
    const pairs = alignDocuments(articles.map((a) => ({ id: a.meta.id, text: a.body }))).pairs;
    expect(classifyReuse({ articles, readings, pairs }).map((r) => [r.from, r.to, r.orientedBy])).toEqual([["other", "reprint", "dates"]]);
  });

  it("lets the dates decide where the outlet of record's own article is in the case", () => {
    const articles = [
      article("wire", "Daily Ledger", "2021-03-08", body(FILLER[2]!, FLOOD)),
      article("reprint", "Valley Post", "2021-03-09", body(FLOOD, FILLER[0]!, "The story was filed by the Daily Ledger's correspondent in the valley on Tuesday night.")),
      article("other", "Hill Times", "2021-03-04", body(FILLER[1]!, FLOOD)),
    ];
    const readings = articles.map((a) => handReading(a, a.meta.id === "reprint" ? { syndication: [{ phrase: "Daily Ledger's correspondent", outlet: "Daily Ledger" }] } : {}));
    const pairs = alignDocuments(articles.map((a) => ({ id: a.meta.id, text: a.body }))).pairs;
    const rs = classifyReuse({ articles, readings, pairs }).map((r) => `${r.from}->${r.to}`);
    expect(rs).not.toContain("other->reprint");
  });

  it("orders a reprint that names the other article's outlet as its source after it", () => {
    // A wire reprint that says "as the Hill Times reported" came after the Hill Times' story, whatever the wire's own date.
    const articles = [
      article("other", "Hill Times", "2021-03-04", body(FILLER[1]!, FLOOD)),
      article("reprint", "Valley Post", "2021-03-04", body(FLOOD, FILLER[0]!, "As the Hill Times reported, the story was filed by the Daily Ledger's correspondent in the valley.")),
    ];
    const readings = articles.map((a) =>
      handReading(a, a.meta.id === "reprint" ? { syndication: [{ phrase: "Daily Ledger's correspondent", outlet: "Daily Ledger" }], cites: [{ phrase: "the Hill Times reported", outlet: "Hill Times", article: "other" }] } : {}),
    );
    const pairs = alignDocuments(articles.map((a) => ({ id: a.meta.id, text: a.body }))).pairs;
    expect(classifyReuse({ articles, readings, pairs }).map((r) => [r.kind, r.from, r.to, r.orientedBy, r.credited])).toEqual([["copies", "reprint", "other", "citation", true]]);
  });

  it("counts a copy of a reprint as credited where the copied words name the outlet whose story it is", () => {
    const told = "Water from the swollen river reached the lower town shortly after midnight, the mayor told the Daily Ledger, forcing more than two hundred families to leave their homes before the bridge was closed.";
    const articles = [
      article("reprint", "Valley Post", "2021-03-09", body(told, FILLER[0]!, "The story was filed by the Daily Ledger's correspondent in the valley on Tuesday night.")),
      article("other", "Hill Times", "2021-03-04", body(FILLER[1]!, told)),
      article("elsewhere", "River Courier", "2021-03-05", body(FILLER[2]!, FLOOD, "The mayor later told the Daily Ledger that the pumps had failed.")),
      article("reprint2", "Lake Weekly", "2021-03-09", body(FLOOD, FILLER[3]!, "The story was filed by the Daily Ledger's correspondent in the valley on Tuesday night.")),
    ];
    const readings = articles.map((a) =>
      handReading(a, {
        ...(a.meta.id.startsWith("reprint") ? { syndication: [{ phrase: "Daily Ledger's correspondent", outlet: "Daily Ledger" }] } : {}),
        ...(a.meta.id === "other" ? { cites: [{ phrase: "told the Daily Ledger", outlet: "Daily Ledger" }] } : {}),
        ...(a.meta.id === "elsewhere" ? { cites: [{ phrase: "told the Daily Ledger", outlet: "Daily Ledger" }] } : {}),
      }),
    );
    const pairs = alignDocuments(articles.map((a) => ({ id: a.meta.id, text: a.body }))).pairs;
    const copies = classifyReuse({ articles, readings, pairs }).filter((r) => r.kind === "copies");
    // In the copied words: credited. Elsewhere in the article (another statement's credit): not.
    expect(copies.find((r) => r.from === "other" && r.to === "reprint")).toMatchObject({ orientedBy: "reprint", credited: true });
    expect(copies.find((r) => r.from === "elsewhere")).toMatchObject({ credited: false });
  });

  it("counts two reprints of one wire story, both naming the wire, as credited: neither copied the other uncredited", () => {
    const articles = [
      article("reprint", "Valley Post", "2021-03-09", body(FLOOD, FILLER[0]!, "The story was filed by the Daily Ledger's correspondent in the valley on Tuesday night.")),
      article("other", "Hill Times", "2021-03-09", body(FILLER[1]!, FLOOD, "Source: Daily Ledger")),
    ];
    const readings = articles.map((a) =>
      handReading(a, a.meta.id === "reprint" ? { syndication: [{ phrase: "Daily Ledger's correspondent", outlet: "Daily Ledger" }] } : { cites: [{ phrase: "Source: Daily Ledger", outlet: "Daily Ledger", frame: "source_line" }] }),
    );
    const pairs = alignDocuments(articles.map((a) => ({ id: a.meta.id, text: a.body }))).pairs;
    expect(classifyReuse({ articles, readings, pairs }).filter((r) => r.kind === "copies").map((r) => [r.from, r.to, r.credited])).toEqual([["other", "reprint", true]]);
  });

  it("keeps the dates where the other article is the same wire's story too, telling of the wire's own news work", () => {
    // Two printings of the Daily Ledger's story: the Hill Times prints it unmarked but for the Ledger's own voice.
    const articles = [
      article("reprint", "Valley Post", "2021-03-09", body(FLOOD, FILLER[0]!, "The story was filed by the Daily Ledger's correspondent in the valley on Tuesday night.")),
      article("other", "Hill Times", "2021-03-04", body(FILLER[1]!, FLOOD, "The Daily Ledger has contacted the water board for comment.")),
    ];
    const readings = articles.map((a) =>
      handReading(a, a.meta.id === "reprint" ? { syndication: [{ phrase: "Daily Ledger's correspondent", outlet: "Daily Ledger" }] } : { cites: [{ phrase: "The Daily Ledger has contacted", outlet: "Daily Ledger", rule: "en.news_work/registry" }] }),
    );
    const pairs = alignDocuments(articles.map((a) => ({ id: a.meta.id, text: a.body }))).pairs;
    expect(classifyReuse({ articles, readings, pairs }).filter((r) => r.kind === "copies").map((r) => [r.from, r.to, r.orientedBy])).toEqual([["reprint", "other", "dates"]]);
  });

  it("does not orient by the reprint where the two share only a quotation its speaker gave", () => {
    const quote = "We will keep the pumps on the north bank until the spring floods are over, whatever the council decides";
    const berg = { sources: [{ name: "Anna Berg", type: "named" as const, names: ["Anna Berg"] }] };
    const articles = [
      article("reprint", "Valley Post", "2021-03-09", body(`"${quote}," Anna Berg said.`, FILLER[0]!, "The story was filed by the Daily Ledger's correspondent in the valley on Tuesday night.")),
      article("other", "Hill Times", "2021-03-04", body(FILLER[1]!, `"${quote}," Anna Berg said.`)),
    ];
    const readings = articles.map((a) => handReading(a, a.meta.id === "reprint" ? { ...berg, syndication: [{ phrase: "Daily Ledger's correspondent", outlet: "Daily Ledger" }] } : berg));
    const pairs = alignDocuments(articles.map((a) => ({ id: a.meta.id, text: a.body }))).pairs;
    expect(classifyReuse({ articles, readings, pairs }).map((r) => [r.kind, r.from, r.to, r.orientedBy])).toEqual([["quotes_same", "reprint", "other", "dates"]]);
  });
});
