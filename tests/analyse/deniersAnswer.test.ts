/**
 * In a hoax story the sentence the debunks share is often the answer of the one the story accuses, or of an official:
 * "a spokeswoman said the company has issued no such notice", "o presidente afirmou que o clube nunca vendeu ingressos
 * para o jogo". No "never existed", no denial verb, no debunk word in it — so the node was a plain
 * claim, and the debunks printing it "presented it as true". Someone's negated word (a source named in its sentence)
 * that only debunks print is the story's denial (`denial: true`), and scored against the story. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { isDenialClaim, readStance } from "../../src/analyse/stance.ts";
import { scoreClaims } from "../../src/eval/claims.ts";
import { TruthSchema } from "../../src/eval/truth.ts";
import type { ClaimNodeAttrs, SerializedProvenanceGraph } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";
import { stanceArticle } from "./stanceArticle.ts";

describe("someone's negated word that only debunks print (isDenialClaim, answer)", () => {
  const said = (sentence: string, source: string) => ({ sentence, sourceSpans: [{ start: sentence.indexOf(source), end: sentence.indexOf(source) + source.length }] });
  it.each([
    ["en", "A spokeswoman for the Harlow ferry company said the company has issued no such notice about its crossings", "A spokeswoman for the Harlow ferry company"],
    ["pt", "O presidente do Atlético de Olmedo afirmou que o clube nunca vendeu ingressos para o jogo", "O presidente do Atlético de Olmedo"],
  ])("is a denial (%s)", (language, sentence, source) => {
    expect(isDenialClaim(sentence, language, [], { answer: said(sentence, source) })).toBe(true);
    // Without the telling (some carrier calls nothing false, or no source is named in it), it is read as worded.
    expect(isDenialClaim(sentence, language)).toBe(false);
  });
  it.each([
    // The negation is in the words naming the source, not in what was said.
    ["en", "A spokeswoman for the Harbour Users Alliance said the company will stop its crossings", "A spokeswoman for the Harbour Users Alliance"],
    // A negation narrowed to a time denies no story.
    ["en", "A spokeswoman for the Harlow ferry company said the crossings will not be stopped for now", "A spokeswoman for the Harlow ferry company"],
    // A debunk word in the sentence judges something else.
    ["en", "A spokeswoman said the company has not stopped its crossings, calling the video a hoax", "A spokeswoman"],
    // An answer that asks.
    ["en", "Did a spokeswoman for the Harlow ferry company say the company has issued no such notice?", "a spokeswoman for the Harlow ferry company"],
  ])("control %s: %s", (language, sentence, source) => {
    expect(isDenialClaim(sentence, language, [], { answer: said(sentence, source) })).toBe(false);
  });
});

describe("a statement of a denial claim that calls the story false without the denial's negation", () => {
  it.each([
    ["en", "It is false that the Harlow ferry company announced it would stop all its crossings.", "The Harlow ferry company has issued no such notice", "It is false that the Harlow ferry company did not announce it."],
    ["pt", "É falso que o Atlético de Olmedo vendeu ingressos para o jogo.", "O Atlético de Olmedo nunca vendeu ingressos para o jogo", "É falso que o Atlético de Olmedo não vendeu ingressos."],
  ])("agrees with the denial (%s)", (language, verdict, wording, callsDenialFalse) => {
    const a = stanceArticle([verdict, "The post was shared thousands of times."], { language });
    const denial = { statements: [a.spans[0]!], debunk: false, negated: true, wording, denied: new Set<string>() };
    expect(readStance(a, denial)).toMatchObject({ stance: "true", rule: "stance.debunks_denied" });
    // A negated claim that is no denial keeps reading the cue on it, and so does a statement that negates too.
    expect(readStance(a, { ...denial, denied: undefined })).toMatchObject({ stance: "false", rule: "stance.near_cue" });
    const negating = stanceArticle([callsDenialFalse], { language });
    expect(readStance(negating, { ...denial, statements: [negating.spans[0]!] }).stance).toBe("false");
  });
});

describe("in a case", () => {
  const cases: [string, string, [string, string][], string][] = [
    [
      "en",
      "Mara Lind, a spokeswoman for the Harlow ferry company, said the company has issued no such notice and has no plan to stop its crossings.",
      [
        ["Fake post about Harlow ferry crossings", "A post shared on Facebook claims the Harlow ferry company will stop all its crossings on Sunday. The post is false."],
        ["No, the Harlow ferry company is not stopping its crossings", "Messages shared this week say no ferry will leave Harlow from Sunday. This is a hoax."],
        ["Fact check: the ferry stoppage post is fabricated", "The message about the ferries was invented by a parody account and is false, the town council said."],
      ],
      "The Harlow ferry company announced it would stop all its crossings.",
    ],
    [
      "pt",
      "O presidente do Atlético de Olmedo, Rui Lemos, afirmou que o clube nunca vendeu ingressos para o jogo.",
      [
        ["É falso que clube de Olmedo vendeu ingressos para jogo fantasma", "Uma mensagem afirma que o Atlético de Olmedo vendeu ingressos para um jogo contra o Real Madrid. O conteúdo é falso."],
        ["Jogo do Atlético de Olmedo contra o Real Madrid é falso", "A imagem do ingresso compartilhada nesta semana é uma montagem. A informação é falsa."],
        ["Checamos: boato sobre jogo em Olmedo", "O boato circula desde segunda-feira nas redes sociais e é falso."],
      ],
      "Atlético de Olmedo sold tickets for a match against Real Madrid.",
    ],
  ];
  it.each(cases)("%s: the accused's negated answer printed by three debunks is the story's denial, scored against the story", async (language, answer, debunks, story) => {
    const files = Object.fromEntries(debunks.map(([title, body], k) => [`${"abc"[k]}.txt`, frontMatterArticle(language, `Outlet ${"ABC"[k]}`, `2026-04-0${k + 1}`, title, `${body}\n\n${answer}`)]));
    const { graph } = await analyseCaseFolder(await makeCase(files));
    const node = graph.findNode((_k, a) => a.kind === "claim" && (a as ClaimNodeAttrs).articles.length === 3 && /Mara Lind|Rui Lemos/.test((a as ClaimNodeAttrs).text));
    expect(node).toBeDefined();
    expect((graph.getNodeAttributes(node!) as ClaimNodeAttrs).denial).toBe(true);
    const truth = TruthSchema.parse({ claims: [{ id: "c1", text: story, presented_as_true_by: [], reported_as_false_or_doubted_by: ["a", "b", "c"] }] });
    const score = scoreClaims(graph.export() as unknown as SerializedProvenanceGraph, truth);
    expect(score.matches[0]?.claim).toBe(node);
    expect(score).toMatchObject({ stanceRight: 3, stanceTotal: 3 });
  });

  it("en: the debunks' own negation of the story, with no speaker named, is the story's denial", async () => {
    // A fact check tells in its own words what the picture is not ("The photo does not show …"): the same answer to the
    // story as an official's, printed only by articles that call the story false.
    const answer = "The photo does not show the Tessby lighthouse during the March storm.";
    const files = Object.fromEntries(
      [
        ["Fake photo of the Tessby lighthouse", "A photo shared this week claims to show waves over the Tessby lighthouse in the March storm. The photo is fake."],
        ["No, this is not the Tessby lighthouse in the storm", "The picture of the lighthouse circulating online is a hoax, the harbour office said."],
      ].map(([title, body], k) => [`${"ab"[k]}.txt`, frontMatterArticle("en", `Outlet ${"AB"[k]}`, `2026-04-0${k + 1}`, title as string, `${body}\n\n${answer}`)]),
    );
    const { graph } = await analyseCaseFolder(await makeCase(files));
    const node = graph.findNode((_k, a) => a.kind === "claim" && (a as ClaimNodeAttrs).text.startsWith("The photo does not show"));
    expect(node).toBeDefined();
    expect((graph.getNodeAttributes(node!) as ClaimNodeAttrs).denial).toBe(true);
  });

  it("en: the same answer in news that calls nothing false stays a plain claim", async () => {
    const answer = "Mara Lind, a spokeswoman for the Harlow ferry company, said the company has issued no such notice and has no plan to stop its crossings.";
    const files = Object.fromEntries(
      ["The Harlow ferry company is building a new pier.", "The Harlow ferry company expects more passengers this summer.", "The Harlow ferry company will open a cafe in May."].map((body, k) => [
        `${"abc"[k]}.txt`,
        frontMatterArticle("en", `Outlet ${"ABC"[k]}`, `2026-04-0${k + 1}`, "Harlow ferry company", `${body}\n\n${answer}`),
      ]),
    );
    const { graph } = await analyseCaseFolder(await makeCase(files));
    const node = graph.findNode((_k, a) => a.kind === "claim" && /Mara Lind/.test((a as ClaimNodeAttrs).text));
    expect(node).toBeDefined();
    expect((graph.getNodeAttributes(node!) as ClaimNodeAttrs).denial).toBeUndefined();
  });
});
