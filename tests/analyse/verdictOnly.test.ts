/**
 * A verdict that only points back at the story told before it ("None of these events were true", "The emails are
 * false", Slovak "Tieto správy sú nepravdivé", Albanian "Emailet janë false") is a stance on that story, not a claim:
 * every debunk printed the same verdict line, it was grouped and drawn as a main claim of its own, and the debunks were
 * counted as presenting it as true. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { verdictOnly } from "../../src/analyse/claims/verdictOnly.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

describe("a verdict that only points back", () => {
  it.each([
    ["en", "None of these events were true, we checked the harbour cameras."],
    ["en", "None of these events were true, police spokesman Ilja Marren said."],
    ["en", "The emails are false."],
    ["en", "“These reports are untrue,” the ferry line said on its website."],
    ["sk", "Tieto správy sú nepravdivé, uviedol hovorca polície Ilja Marren."],
    ["sq", "Emailet janë false, tha ministria."],
  ])("is only a verdict (%s): %s", (language, text) => {
    expect(verdictOnly(text, language)).toBe(true);
  });

  it.each([
    ["en", "The club denied the report."],
    ["en", "No, the mayor has not resigned."],
    ["en", "The reports are false, the mayor was never arrested at the harbour."],
    ["en", "The photo of the flooded stadium in Harwick is fake."],
    ["en", "Brell's arrest is fake.", ["Brell"]],
    ["en", "A fake study fooled the press in 2015."],
    ["en", "The rumour that the Harwick bridge collapsed is false."],
    ["en", "The mayor resigned on Tuesday after a long meeting."],
  ] as [string, string, string[]?][])("tells something of its own (%s): %s", (language, text, names = []) => {
    expect(verdictOnly(text, language, names)).toBe(false);
  });
});

describe("a case whose debunks share a verdict line", () => {
  it("draws the story as the claim and the verdict as the debunks' stance, not as a claim they present as true", async () => {
    const files = {
      "a.txt": frontMatterArticle("en", "Harwick Daily", "2024-03-01", "Mayor held at the harbour", "Mayor Tomas Brell was arrested at the Harwick harbour on Friday with a bag of stolen council money, witnesses said.\n\nPolice officers led him away, according to people at the scene."),
      "b.txt": frontMatterArticle("en", "Coast Wire", "2024-03-01", "Harwick mayor in custody", "Mayor Tomas Brell was arrested at the Harwick harbour on Friday carrying stolen council money, witnesses told Coast Wire.\n\nThe council has not commented."),
      "c.txt": frontMatterArticle("en", "Northern Post", "2024-03-02", "Mayor Brell detained", "Mayor Tomas Brell was arrested at the Harwick harbour on Friday, according to witnesses on social media.\n\nHe had been mayor since 2019."),
      "d.txt": frontMatterArticle("en", "Fact Desk", "2024-03-03", "What happened at the harbour", "Posts shared thousands of times said that Mayor Tomas Brell was arrested at the Harwick harbour with stolen council money.\n\nNone of these events were true, police spokesman Ilja Marren said.\n\nThe mayor spent Friday in the town hall."),
      "e.txt": frontMatterArticle("en", "Check Point", "2024-03-03", "The mayor and the harbour", "Social media users claimed that Mayor Tomas Brell was arrested at the Harwick harbour on Friday.\n\nNone of these events were true, police spokesman Ilja Marren told Check Point."),
      "f.txt": frontMatterArticle("en", "Truth Lens", "2024-03-04", "Mayor Brell and the viral story", "A viral story says Mayor Tomas Brell was arrested at the Harwick harbour with stolen money.\n\nNone of these events were true, police spokesman Ilja Marren said."),
    };
    const { graph } = await analyseCaseFolder(await makeCase(files));
    const textOf = (c: string) => String((graph.getNodeAttributes(c) as { text?: string }).text ?? "");
    const claims = graph.filterNodes((_, a) => a.kind === "claim");
    expect(claims.filter((c) => /none of these/i.test(textOf(c)))).toEqual([]);
    const story = claims.find((c) => /arrested at the Harwick harbour/.test(textOf(c)) && !textOf(c).startsWith("Reported false"));
    expect(story).toBeDefined();
    const side = (article: string) => graph.filterOutEdges(article, (_e, a, _s, t) => a.kind === "asserts" && t === story).map((e) => (graph.getEdgeAttributes(e) as { stance?: string }).stance);
    for (const debunk of ["d", "e", "f"]) expect(side(debunk)).toEqual(["false"]);
    for (const report of ["a", "b", "c"]) expect(side(report)).toEqual(["true"]);
  });
});
