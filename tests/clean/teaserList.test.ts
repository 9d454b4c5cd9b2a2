// A block of links to other stories under a heading ("Most read", "Te puede interesar") at a page's foot: only the
// heading was dropped, the headlines under it stayed in the body and read as the article's own sentences (a story
// about something else asserted another story's claim, was taken for a copy of it and said to outlive its debunk).
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import type { RawArticle } from "../../src/ingest/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const raw = (text: string): RawArticle => ({ meta: { id: "t", file: "t.txt", format: "text" }, text });

const FESTIVAL = "The Quill Lane folk festival will open on a new riverside stage in July, the organisers said on Tuesday.";
const FESTIVAL2 = "Tickets for the three-day event go on sale next week at the town hall and online.";
const TEASER = "Folk singer Anselm Tarrow, who fronted the Copperfield Ramblers for 30 years, has died at the age of 71";

describe("a related-stories block at the foot", () => {
  it("drops the headlines under the heading, not only the heading", () => {
    const clean = cleanArticle(raw(`${FESTIVAL}\n${FESTIVAL2}\nMost popular\n${TEASER}\nTen duets that ended in a feud\nRiver ferry fares to rise`));
    expect(clean.body).toBe(`${FESTIVAL}\n${FESTIVAL2}`);
    expect(clean.removed.filter((r) => r.reason === "related_link").map((r) => r.text).join("\n")).toContain("River ferry fares to rise");
  });

  it("in another language, past a picture credit, up to the next furniture", () => {
    const body = "El festival de folk de Quill Lane estrenará un escenario junto al río en julio, dijeron los organizadores el martes.";
    const clean = cleanArticle(raw(`${body}\nTe puede interesar\nMuere a los 71 años el cantante Anselm Tarrow\nFoto: Archivo\n¿Qué pasará con el puerto?\nSuscríbete a nuestro boletín`));
    expect(clean.body).toBe(body);
  });

  it("keeps reporting after the block: a sentence under the heading and a subheading after a blank line", () => {
    const after = "The organisers said the council had approved the stage after two years of talks with residents of the riverside.";
    const clean = cleanArticle(raw(`${FESTIVAL}\n\nRelated stories\nRiver ferry fares to rise\nTen duets that ended in a feud\n\nA long road to the river\n${after}\n\n${FESTIVAL2}`));
    expect(clean.body).toContain("A long road to the river");
    expect(clean.body).toContain(after);
    expect(clean.body).not.toContain("River ferry fares");
    expect(clean.body).not.toContain("Ten duets");

    const prose = cleanArticle(raw(`${FESTIVAL}\nMost read\n${after}`));
    expect(prose.body).toContain(after);
  });
});

describe("a teaser of another story at the foot of an unrelated article", () => {
  const origin = `---\noutlet: Harbour Whisper\npublished: 2026-04-02\nlanguage: en\n---\n${TEASER}, a friend of the family said.\n`;
  const check = `---\noutlet: CheckPoint Gazette\npublished: 2026-04-03\nlanguage: en\n---\nRating: False\nPosts claim that folk singer Anselm Tarrow, who fronted the Copperfield Ramblers, has died at the age of 71. This is false: his manager says he is touring in Norway.\n`;
  const festival = (foot: string) => `---\noutlet: Tune Weekly\npublished: 2026-04-04\nlanguage: en\n---\n${FESTIVAL}\n${FESTIVAL2}\n${foot}`;

  it.each([
    ["with the block", `Most read\n${TEASER}\nTen duets that ended in a feud\nRiver ferry fares to rise\n`],
    ["without it (control)", ""],
  ])("%s: asserts nothing, copies nothing, outlives no debunk", async (_name, foot) => {
    const root = await makeCase({ "origin.txt": origin, "check.txt": check, "festival.txt": festival(foot) });
    const { graph } = await analyseCaseFolder(root);
    const fromFestival = graph.outEdges("festival").map((e) => graph.getEdgeAttribute(e, "kind"));
    expect(fromFestival.filter((k) => k !== "published_by")).toEqual([]);
    expect(graph.getAttribute("findings").filter((f) => f.type === "claim_outlives_debunk")).toEqual([]);
  });
});
