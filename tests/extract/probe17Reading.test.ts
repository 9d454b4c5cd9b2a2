// Readings a probe of invented cases found wrong (probe 17), each pinned with texts of our own: a post, video or
// publication "on/in" a platform or outlet cited by its description; Turkish speech frames; Spanish and Catalan unnamed
// sources; a quoting frame whose subject is not an outlet.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const base = createOutletRegistry([
  { name: "Instagram", aliases: [], descriptors: [], domains: ["instagram.com"], kind: "website" },
  { name: "Facebook", aliases: [], descriptors: [], domains: ["facebook.com"], kind: "website" },
]);
const registry = withCaseOutlets(base, [{ name: "Harbour Courier" }]);

function read(body: string, language: string, outlet = "Northfield Ledger") {
  return readText(body, registry, { outlet, language });
}
const cited = (body: string, language: string): string[] => read(body, language).attributions.map((a) => a.outletName);

describe("a post, video or publication on a platform cites the platform", () => {
  it.each([
    ["es", "La vacuna caduca en un mes, según una publicación viral en Instagram.", "Instagram"],
    ["es", "La vacuna caduca en un mes, según un vídeo compartido en Facebook.", "Facebook"],
    ["es", "La vacuna caduca en un mes, según un mensaje en Facebook.", "Facebook"],
    ["en", "The vaccine expires in a month, according to a viral post on Facebook.", "Facebook"],
    ["fr", "Le vaccin expire en un mois, selon une publication sur Instagram.", "Instagram"],
    ["fr", "Le vaccin expire en un mois, selon une vidéo virale sur Facebook.", "Facebook"],
    ["pt", "A vacina expira em um mês, segundo uma publicação viral no Instagram.", "Instagram"],
    ["it", "Il vaccino scade in un mese, secondo un post virale su Instagram.", "Instagram"],
  ])("(%s) %s", (language, text, outlet) => {
    expect(cited(text, language)).toEqual([outlet]);
  });

  it("a place after the post is no outlet", () => {
    expect(cited("La vacuna caduca en un mes, según una publicación en Madrid.", "es")).toEqual([]);
  });
});

const sources = (body: string, language: string): string[] => read(body, language).sources.map((s) => `${s.type}:${s.name}`);
/** The name of each quotation's speaker, in order ("" where none is bound). */
function speakers(body: string, language: string): string[] {
  const r = read(body, language);
  return r.quotations.map((q) => r.sources.find((s) => s.key === q.speaker)?.name ?? "");
}

describe("Spanish and Catalan unnamed sources", () => {
  it.each([
    ["es", "Un farmacéutico de Lorca, que prefirió no dar su nombre, confirmó que el jarabe se retiró.", "anonymous:Un farmacéutico de Lorca"],
    ["es", "Una vecina del barrio, que pidió no revelar su identidad, aseguró que el agua llegó turbia.", "anonymous:Una vecina del barrio"],
  ])("(%s) %s", (language, text, source) => {
    expect(sources(text, language)).toContain(source);
  });

  it("(ca) sources after 'segons' are anonymous", () => {
    expect(sources("El xarop es va retirar dimecres, segons fonts sanitàries consultades per aquest diari.", "ca").some((s) => s.startsWith("anonymous:fonts"))).toBe(true);
  });

  it("a Catalan quotation with its verb after it names the speaker, with the role after the name", () => {
    expect(speakers("«El xarop caduca abans del que diu l'etiqueta», explica Marta Quesada, farmacèutica de Lleida.", "ca")).toEqual(["Marta Quesada"]);
    expect(speakers("«El xarop caduca abans del que diu l'etiqueta», va dir la doctora Marta Quesada.", "ca")).toEqual(["Marta Quesada"]);
  });
});

describe("Turkish speech frames after a quotation", () => {
  it.each([
    ["Esnaf Birlikleri Konfederasyonu Başkanı Meral Oğuzhan, \"Bu plan kıyı esnafını bitirir\" diye konuştu.", "Meral Oğuzhan"],
    ["Liman İşletmeleri Genel Müdürü Kemal Duru, \"Seferler nisan ayında yeniden başlayacak\" diye açıkladı.", "Kemal Duru"],
  ])("a long title before the name: %s", (text, speaker) => {
    expect(speakers(text, "tr")).toEqual([speaker]);
  });

  it.each([
    "Valilikten ismini vermek istemeyen üst düzey bir yetkili, \"Bütçe artık hiçbir kuruma yetmiyor\" dedi.",
    "Bakanlıktan adının açıklanmasını istemeyen bir yetkili, \"Bütçe artık hiçbir kuruma yetmiyor\" diye söyledi.",
  ])("an unnamed official is the anonymous speaker: %s", (text) => {
    const r = read(text, "tr");
    const speaker = r.sources.find((s) => s.key === r.quotations[0]?.speaker);
    expect(speaker?.type).toBe("anonymous");
  });
});

describe("a quoting frame whose subject is not an outlet names the person quoted", () => {
  it("after a pronoun or 'the profile', the named person with a role speaks the quotation", () => {
    expect(speakers("The profile even quotes the owner of its fishing fleet, Tomas Vell, saying of the harbour master: \"He never listens to anyone on the quay.\"", "en")).toEqual(["Tomas Vell"]);
    expect(speakers("It quotes Jane Roe, an editor at the paper, as saying: \"The harbour will close by winter.\"", "en")).toEqual(["Jane Roe"]);
  });

  it("the person is a named source with the role", () => {
    expect(sources("The report quotes Jane Roe, an editor, as saying that the harbour would close.", "en")).toContain("named:Jane Roe");
  });
});
