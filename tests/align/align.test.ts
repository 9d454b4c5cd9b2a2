/** Shared passages between two texts: what must match (copies, edits, variants) and what must not (paraphrase, same topic). Fixtures written for these tests. */
import { describe, expect, it } from "vitest";
import { alignDocuments, alignPair } from "../../src/align/align.ts";
import { myersScript } from "../../src/align/diff.ts";
import { analyseReuse } from "../../src/align/index.ts";
import { FILLER, FLOOD, article, body } from "./fixtures.ts";

const doc = (id: string, ...paras: string[]) => ({ id, text: paras.join("\n\n") });

describe("alignPair finds shared passages", () => {
  it.each([
    ["a verbatim copy", FLOOD],
    ["a copy with changed case, punctuation and quote marks", FLOOD.replace("Water", "WATER").replace(", forcing", " \u2014 forcing").replace("police.", "Police!")],
    ["a copy with words inserted and dropped", FLOOD.replace("shortly after midnight", "just after midnight on Sunday").replace(" by the police", "")],
    ["a transliterated copy", "Fighters moved weapons from Baghouz to the desert caves near Palmyra before the offensive, and the commanders followed them with cash and supplies."],
  ])("%s", (_name, copy) => {
    const original = _name === "a transliterated copy" ? "Fighters moved weapons from al-Baghuz to the desert caves near Palmyra before the offensive, and the commanders followed them with cash and supplies." : FLOOD;
    const a = doc("later", FILLER[0]!, copy, FILLER[1]!);
    const b = doc("earlier", FILLER[2]!, original, FILLER[3]!);
    const { passages } = alignPair(a, b);
    expect(passages).toHaveLength(1);
    const p = passages[0]!;
    // The spans point at the copied sentence on both sides, not at the filler.
    expect(a.text.slice(p.a.start, p.a.end)).toBe(p.a.text);
    expect(copy).toContain(p.a.text.slice(0, 20));
    expect(original).toContain(p.b.text.slice(0, 20));
    expect(p.similarity).toBeGreaterThan(0.8);
  });

  it("reports the changed words in the diff", () => {
    const copy = FLOOD.replace("two hundred families", "three hundred residents");
    const { passages } = alignPair(doc("a", copy), doc("b", FLOOD));
    const changes = passages[0]!.diff.filter((d) => d.op !== "equal");
    expect(changes).toEqual([
      { op: "delete", text: "two" },
      { op: "insert", text: "three" },
      { op: "delete", text: "families" },
      { op: "insert", text: "residents" },
    ]);
  });
});

describe("alignPair rejects what is not reuse", () => {
  it.each([
    [
      "a paraphrase of the same facts",
      "Shortly after midnight the river burst into the lower part of town; police shut the bridge and over two hundred households had to flee.",
    ],
    [
      "another report of the same event",
      "Hundreds of residents of the lower town spent the night in the sports hall after the river flooded their streets, the mayor said on Monday.",
    ],
    ["a shared stock phrase only", "Officials said the situation in the lower town was under control by the end of the week, and the police thanked volunteers."],
  ])("%s", (_name, other) => {
    expect(alignPair(doc("a", FILLER[0]!, other), doc("b", FLOOD, FILLER[1]!)).passages).toEqual([]);
  });
});

describe("alignDocuments", () => {
  it("finds the copying pairs among many documents and no others", () => {
    const docs = [doc("orig", FLOOD, FILLER[0]!), doc("copy", FILLER[1]!, FLOOD), doc("other1", FILLER[2]!), doc("other2", FILLER[3]!, FILLER[2]!.replace("brigade", "service"))];
    const { pairs } = alignDocuments(docs);
    expect(pairs.map((p) => [p.a, p.b].sort().join("+")).sort()).toEqual(["copy+orig", "other1+other2"]);
  });
});

describe("near-identical reprints are one group", () => {
  // One wire story and sites reprinting it with a word changed here and there (invented text).
  const STORY = [FLOOD, ...FILLER];
  const reprint = (n: number) => STORY.map((p, i) => (i === n % STORY.length ? p.replace(/\b(the|and)\b/, "a") : p));
  const wire = { id: "wire", text: STORY.join("\n\n"), rank: 0 };
  const sites = [1, 2, 3, 4].map((n) => ({ id: `site${n}`, text: reprint(n).join("\n\n"), rank: n }));
  const pairKeys = (pairs: readonly { a: string; b: string }[]) => pairs.map((p) => [p.a, p.b].sort().join("+")).sort();

  it("aligns each reprint with the earliest text of the group only, and the rest of the case with that text alone", () => {
    const other = { id: "other", text: [FILLER[3]!.replace("Farmers", "Growers"), FLOOD].join("\n\n"), rank: 9 };
    const { pairs, stats } = alignDocuments([...sites, wire, other]);
    expect(stats.grouped).toBe(4);
    expect(pairKeys(pairs)).toEqual(["other+wire", "site1+wire", "site2+wire", "site3+wire", "site4+wire"]);
  });

  it("leads the group by the earliest text, wherever it stands in the input", () => {
    const { pairs } = alignDocuments([{ ...sites[0]!, rank: 5 }, ...sites.slice(1), { ...wire, rank: 0 }]);
    expect(pairKeys(pairs).every((k) => k.includes("wire"))).toBe(true);
  });

  it("aligns every pair of a handful of reprints (too few to group)", () => {
    const { pairs, stats } = alignDocuments([wire, ...sites.slice(0, 2)]);
    expect(stats.grouped).toBe(0);
    expect(pairKeys(pairs)).toEqual(["site1+site2", "site1+wire", "site2+wire"]);
  });

  it("makes each reprint a copy of the earliest; reprints do not copy each other", () => {
    const outlets = ["Valley Post", "Quillon Gazette", "Harbour Herald", "Ridge Courier"];
    const articles = [
      ...sites.map((s, i) => article(s.id, outlets[i]!, `2024-03-0${i + 2}`, body(...reprint(i + 1)))),
      article("wire", "Lowland Wire", "2024-03-01", body(...STORY)),
    ];
    const { relations } = analyseReuse(articles, []);
    const copies = relations.filter((r) => r.kind === "copies").map((r) => `${r.from}->${r.to}`).sort();
    expect(copies).toEqual(["site1->wire", "site2->wire", "site3->wire", "site4->wire"]);
  });
});

describe("myersScript", () => {
  it.each([
    [["a", "b", "c"], ["a", "b", "c"], "==="],
    [["a", "b", "c"], ["a", "c"], "=-="],
    [["a", "c"], ["a", "b", "c"], "=+="],
    [[], ["x"], "+"],
  ])("diffs %j to %j", (a, b, script) => {
    expect(myersScript(a, b)).toBe(script);
  });
});
