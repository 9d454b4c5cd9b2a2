// A reporter's byline naming the agency after the writer ("By Cate Doyle, NPA") was not read as the agency's story: only
// the agency's name alone on a line ("NPA", "(NPA)") was. A wire story so signed lost its republishes edge (probe45 C).
// Own invented writers, text and agency.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { agencyBylineLabels } from "../../src/extract/syndication.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "Nordic Press Agency", aliases: [], credits: ["NPA"], descriptors: [], domains: [], kind: "agency" },
  { name: "The Fenwick Ledger", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
]);
const own = () => false;
const label = (text: string, reason: "section_label" | "byline" = "section_label") => agencyBylineLabels([{ start: 0, end: text.length, text, reason }], registry, own).map((s) => s.outlet);
const read = (body: string) => readText(body, registry, { outlet: "The Harbour Post", language: "en" }).syndication.map((s) => s.outlet);

const LEAD = "The county board voted on Monday to close the old ferry landing for six weeks of repairs to its pilings.";

describe("an agency after the writer in a byline", () => {
  it("set apart by the cleaner as a label or a byline, the text is the agency's story", () => {
    expect(label("By Cate Doyle, NPA")).toEqual(["outlet:nordic-press-agency"]);
    expect(label("By Cate Doyle | NPA", "byline")).toEqual(["outlet:nordic-press-agency"]);
  });

  it("on a line of its own in the body, the same", () => {
    expect(read(`By Cate Doyle, NPA\n\n${LEAD}`)).toEqual(["outlet:nordic-press-agency"]);
  });

  it("a writer's role, or a newspaper, after the name is no agency's story (controls)", () => {
    expect(label("By Cate Doyle, Transport Reporter")).toEqual([]);
    expect(label("By Cate Doyle, The Fenwick Ledger")).toEqual([]);
    expect(read(`By Cate Doyle, Transport Reporter\n\n${LEAD}`)).toEqual([]);
  });

  it("the agency's name alone is still its byline (control)", () => {
    expect(label("(NPA)")).toEqual(["outlet:nordic-press-agency"]);
  });
});
