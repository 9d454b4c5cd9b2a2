/**
 * A claim whose own words say someone made up or spread the story as a falsehood ("X was charged with spreading a hoax
 * about …", "menyebarkan berita bohong", "X admitted lying about …") is the denial of that story, as a claim that says it
 * never existed is: the sentence several articles share is the debunk, and the story it names is what travelled (invented
 * texts, invented names).
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { isDenialClaim } from "../../src/analyse/stance.ts";
import { STANCE_WORDS } from "../../src/analyse/stance/index.ts";
import { scoreClaims } from "../../src/eval/claims.ts";
import { TruthSchema } from "../../src/eval/truth.ts";
import type { ClaimNodeAttrs, SerializedProvenanceGraph } from "../../src/graph/types.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

describe("a claim that says someone made up or spread its story as a falsehood is a denial", () => {
  const examples = Object.values(STANCE_WORDS).flatMap((w) => (w.fabrication ?? []).map((c) => [w.language, c.example] as const));
  it("every language with fabrication words has an example here (en, es, id, pt, de, fr, it, ja, cs, sk)", () => {
    expect([...new Set(examples.map(([language]) => language))].sort()).toEqual(["cs", "de", "en", "es", "fr", "id", "it", "ja", "pt", "sk"]);
  });
  it.each(examples)("%s: %s", (language, example) => {
    expect(isDenialClaim(example, language)).toBe(true);
  });
  it.each([
    // The story itself, told plainly.
    ["en", "Officer Rask saw the fire at the Elm school spread to the gym."],
    ["id", "Ajun Komisaris Raka dipukuli sekelompok orang di Kota Baru."],
    // A debunk that names no fabrication: a site called satirical is a verdict on a source, not the denial of a story.
    ["en", "The Harbour Ledger is a satirical news website."],
    ["id", "Ajun Komisaris Raka didakwa membuat keonaran melalui berita bohong."],
    // A verdict on the denial itself, and a question, take it as they are read today.
    ["en", "The report that Officer Rask spread a hoax is false."],
    ["en", "Did Officer Rask spread a hoax about the fire?"],
  ])("control %s: %s", (language, wording) => {
    expect(isDenialClaim(wording, language)).toBe(false);
  });
});

describe("a saying the sentence itself calls false", () => {
  it.each([
    ["en", "An anonymous account falsely announced the death of the former Talbridge mayor Ada Quill"],
    ["en", "The page falsely claimed that the Elm school had closed"],
    ["es", "Una cuenta anónima anunció falsamente la muerte del alcalde de Olmos"],
  ])("is the denial of what was said (%s): %s", (language, wording) => {
    expect(isDenialClaim(wording, language)).toBe(true);
  });
  it.each([
    // Another debunk word beside it judges more than the saying: read as it is today.
    ["en", "A hoax website falsely announced the death of the former Talbridge mayor Ada Quill"],
    // A person falsely accused: no saying is called false, so no story is denied.
    ["en", "The baker Jan Rask was falsely accused of theft"],
    // A saying told plainly.
    ["en", "A website announced the death of the former Talbridge mayor Ada Quill"],
    ["es", "Una cuenta anónima anunció la muerte del alcalde de Olmos"],
  ])("control %s: %s", (language, wording) => {
    expect(isDenialClaim(wording, language)).toBe(false);
  });
});

const id = (outlet: string, published: string, title: string, body: string) => frontMatterArticle("id", outlet, published, title, body);

/** Three Indonesian articles that each state the charge: the beating story was a hoax the officer spread. */
const CEMARA = {
  "warta.txt": id("Warta Cemara", "2026-04-02", "Sidang Raka", "Seperti diketahui, Ajun Komisaris Raka Pratama didakwa menyebarkan berita bohong alias hoaks soal pemukulan di Kota Baru.\n\nSidang dilanjutkan pekan depan."),
  "kabar.txt": id("Kabar Lembah", "2026-04-03", "Raka di pengadilan", "Ajun Komisaris Raka Pratama didakwa menyebarkan berita bohong alias hoaks soal pemukulan di Kota Baru.\n\nJaksa menghadirkan tiga saksi."),
  "suluh.txt": id("Suluh Timur", "2026-04-05", "Vonis Raka", "Hakim membacakan vonis. Ajun Komisaris Raka Pratama didakwa menyebarkan berita bohong soal pemukulan di Kota Baru.\n\nRaka menerima putusan itu."),
};

describe("a story every article reports as a hoax someone spread", () => {
  it("the charge they share is a denial, and eval scores it against the story it denies", async () => {
    const { graph } = await analyseCaseFolder(await makeCase(CEMARA));
    const claims = graph.filterNodes((_k, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs);
    const charge = claims.find((c) => c.articles.length === 3);
    expect(charge?.label).toMatch(/menyebarkan berita bohong/);
    expect(charge?.denial).toBe(true);
    // The truth states the story (the officer was beaten), which all three report false.
    const truth = TruthSchema.parse({ claims: [{ id: "c1", text: "Officer Raka Pratama was beaten in Kota Baru.", presented_as_true_by: [], reported_as_false_or_doubted_by: ["warta", "kabar", "suluh"] }] });
    expect(scoreClaims(graph.export() as unknown as SerializedProvenanceGraph, truth)).toMatchObject({ stanceRight: 3, stanceTotal: 3 });
  });
});
