/**
 * The claim a hoax story is drawn as is often its denial in other words than "never existed": a ministry's "the mayor was
 * NOT hurt in any accident" printed beside "false reports that the mayor had died", a headline "Denial of the quotation
 * attributed to …", "the man admitted the post was a joke", "Die Geschichte ist frei erfunden". Each is the other side
 * of the story: marked `denial`, so an article stating it reports the story false (invented texts, invented names).
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { isDenialClaim } from "../../src/analyse/stance.ts";
import { scoreClaims } from "../../src/eval/claims.ts";
import { TruthSchema } from "../../src/eval/truth.ts";
import type { ClaimNodeAttrs, SerializedProvenanceGraph } from "../../src/graph/types.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

describe("a verb of denial as the wording's verdict", () => {
  it.each([
    ["en", "The Harlow football club denied the report."],
    ["fr", "La mairie de Lormont a démenti l'information sur le pont."],
    ["fa", "وزارت خبر بسته شدن پل را تکذیب کرد."],
  ])("%s: %s", (language, wording) => {
    expect(isDenialClaim(wording, language)).toBe(true);
  });
  it.each([
    // Another verdict beside it judges the denial.
    ["en", "The claim that the Harlow club denied the report is false."],
    ["en", "The Harlow football club confirmed the report."],
  ])("control %s: %s", (language, wording) => {
    expect(isDenialClaim(wording, language)).toBe(false);
  });
});

describe("the one a story is told of admits what a debunk word calls it", () => {
  it.each([
    ["en", "The man admitted the post about the Wexley zoo was a joke."],
    ["ja", "男は「冗談のつもりだった」と話し、容疑を認めている。"],
  ])("%s: %s", (language, wording) => {
    expect(isDenialClaim(wording, language)).toBe(true);
  });
  it.each([
    // An admission that calls nothing false.
    ["en", "The man admitted the theft at the Wexley zoo."],
    ["ja", "男は窃盗の容疑を認めている。"],
  ])("control %s: %s", (language, wording) => {
    expect(isDenialClaim(wording, language)).toBe(false);
  });
});

describe("a story said to be made up out of nothing", () => {
  it("de: 'ist frei erfunden' is the story's denial; an invention's 'wurde erfunden' is not", () => {
    expect(isDenialClaim("Der Überfall am Bahnhof von Talheim ist vollkommen frei erfunden.", "de")).toBe(true);
    expect(isDenialClaim("Das Telefon wurde 1876 erfunden.", "de")).toBe(false);
  });
});

describe("a negation of what the claim tells, told as a debunk", () => {
  it("is a denial where its statements call something false around it, not otherwise", () => {
    expect(isDenialClaim("The mayor of Talbridge was NOT hurt in any accident", "en", [], { debunk: true })).toBe(true);
    expect(isDenialClaim("Primarul Ion Vlad nu a suferit nicio rănire pe drumul spre Valea Mare", "ro", [], { debunk: true })).toBe(true);
    // News that negates, with no debunk around it.
    expect(isDenialClaim("The mayor of Talbridge was not hurt in the accident", "en")).toBe(false);
    // A negation narrowed to a time denies no story.
    expect(isDenialClaim("The council will not approve the harbour plan for now", "en", [], { debunk: true })).toBe(false);
    // A verdict in the wording itself judges it.
    expect(isDenialClaim("It is false that the mayor was not hurt", "en", [], { debunk: true })).toBe(false);
  });

  const ro = (outlet: string, published: string, title: string, body: string) => frontMatterArticle("ro", outlet, published, title, body);
  const statement =
    "„Primarul Ion Vlad nu a suferit nicio rănire pe drumul spre Valea Mare”, a precizat Prefectura după ce pe rețele au circulat știri false despre moartea primarului.";
  it("in a story every article debunks, the ministry's negated statement is the denial, and eval scores it against the story", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "curier.txt": ro("Curierul de Vale", "2026-07-03", "Prefectura dezminte moartea primarului", `${statement}\n\nPrefectura cere cetățenilor să verifice informațiile.`),
        "gazeta.txt": ro("Gazeta de Munte", "2026-07-03", "Primarul Ion Vlad nu a murit", `${statement}\n\nPrimarul se află la birou.`),
        "ziar.txt": ro("Ziarul de Seară", "2026-07-04", "Știre falsă despre primar", `${statement}\n\nPoliția verifică sursa postării.`),
      }),
    );
    const claim = graph
      .filterNodes((_k, a) => a.kind === "claim")
      .map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs)
      .find((c) => c.articles.length === 3 && /nu a suferit nicio rănire/.test(c.text));
    expect(claim?.denial).toBe(true);
    const truth = TruthSchema.parse({ claims: [{ id: "c1", text: "The mayor Ion Vlad died on the road to Valea Mare.", presented_as_true_by: [], reported_as_false_or_doubted_by: ["curier", "gazeta", "ziar"] }] });
    expect(scoreClaims(graph.export() as unknown as SerializedProvenanceGraph, truth)).toMatchObject({ stanceRight: 3, stanceTotal: 3 });
  });
});
