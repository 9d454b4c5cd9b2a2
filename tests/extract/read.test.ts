// readArticle on small invented texts: speakers (said X, X said, appositive roles, pronouns, short names), anonymous sources, outlets by frame and descriptor, photo credits, own-outlet interviews, syndication.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import type { Span } from "../../src/core/spans.ts";
import { readArticle } from "../../src/extract/read.ts";

const registry = createOutletRegistry([
  { name: "Harbour Courier", aliases: [], descriptors: ["Velmar-based newspaper"], domains: [], kind: "newspaper" },
  { name: "AFP", aliases: [], descriptors: [], domains: [], kind: "agency" },
  { name: "Reuters", aliases: [], descriptors: [], domains: [], kind: "agency" },
]);

function article(body: string, outlet = "Test Daily", creditLines: string[] = [], language = "en"): CleanArticle {
  const paragraphs: Span[] = [];
  let start = 0;
  for (const p of body.split("\n\n")) {
    paragraphs.push({ start, end: start + p.length });
    start += p.length + 2;
  }
  return { meta: { id: "t", file: "t.md", format: "markdown", outlet, language }, text: body, body, paragraphs, kept: [], removed: [], creditLines };
}

describe("speakers", () => {
  it("names the speaker after the quote, with the appositive role, and resolves a pronoun and a short name to that person", () => {
    const r = readArticle(article("“The quay is gone,” said Marta Keller, a harbour master at the port.\n\n“Nobody was hurt,” she told AFP.\n\n“We will rebuild,” Keller added."), registry);
    const keller = r.sources.find((s) => s.name === "Marta Keller");
    expect(keller?.role).toBe("harbour master at the port");
    expect(r.quotations.map((q) => q.speaker)).toEqual([keller?.key, keller?.key, keller?.key]);
  });

  it("carries the speaker through a multi-paragraph quotation and a quote broken by its attribution", () => {
    const r = readArticle(article("“First,” said Ines Varga, a spokeswoman for the line. “Second.”\n\n“Third paragraph goes on.\n\n“And ends here.”"), registry);
    const quotations = r.quotations.filter((q) => q.kind === "quotation");
    expect(quotations).toHaveLength(2);
    expect(quotations[0]!.parts).toHaveLength(2);
    expect(quotations[1]!.parts).toHaveLength(2);
    expect(new Set(quotations.map((q) => q.speaker))).toEqual(new Set(["source:ines-varga"]));
  });

  it.each([
    ["a Syrian source with a network of informants tells the paper that he is alive.", "a Syrian source with a network of informants"],
    ["Several local, regional and Western officials confirmed the report.", "Several local, regional and Western officials"],
    ["“It is over,” said a source in the militia, which fights nearby.", "a source in the militia"],
  ])("keeps the anonymous source as written: %s", (body, name) => {
    const r = readArticle(article(body), registry);
    expect(r.sources.filter((s) => s.type === "anonymous").map((s) => s.name)).toEqual([name]);
  });

  it("tells a title and a scare quote from a quotation", () => {
    const r = readArticle(article("Her book, “Cranes and Quays”, came out in May. Rebels called it a “heavy burden” on them."), registry);
    expect(r.quotations.map((q) => q.kind)).toEqual(["title", "scare"]);
  });
});

describe("attributions", () => {
  it("finds an outlet no registry lists from the frame, and a descriptive reference through the registry only to an outlet the article names", () => {
    const r = readArticle(article("Rates rose, Nordlys Radio reported on Monday.\n\n“We wait,” Ines Varga told the Velmar-based newspaper."), registry);
    expect(r.attributions.map((a) => [a.frame, a.outlet])).toEqual([["reported", "outlet:nordlys-radio"]]);
    const named = readArticle(article("Rates rose, the Harbour Courier wrote in its weekend edition.\n\nNordlys Radio reported on Monday that ships waited.\n\n“We wait,” Ines Varga told the Velmar-based newspaper."), registry);
    expect(named.attributions.map((a) => [a.frame, a.outlet]).at(-1)).toEqual(["told", "outlet:harbour-courier"]);
  });

  it("resolves 'the outlet' to the outlet most recently cited", () => {
    const r = readArticle(article("The ferry sank, the Aegean Herald reported, citing a coast guard officer.\n\n“It was fast,” the outlet quoted the officer as saying."), registry);
    expect(r.attributions.map((a) => a.outlet)).toEqual(["outlet:aegean-herald", "outlet:aegean-herald"]);
    expect(r.quotations[0]?.speaker).toBe(r.attributions[0]?.citingSource);
  });

  it.each([
    ["a photo credit", "Rebels left the town.\n\nPhoto: AFP / Jan Novak\n\nPicture: Reuters"],
    ["the article's own outlet", "“We stay,” one resident told AFP."],
  ])("does not cite from %s", (_what, body) => {
    const outlet = body.includes("told AFP") ? "AFP" : "Test Daily";
    expect(readArticle(article(body, outlet), registry).attributions).toEqual([]);
  });

  it("reads syndication from a credit line and from 'first appeared in'", () => {
    const r = readArticle(article("Rates rose.\n\nThis article first appeared in The Daily Ledger.", "Velmar Post", ["— Reuters"]), registry);
    expect(r.syndication.map((s) => s.outlet).sort()).toEqual(["outlet:daily-ledger", "outlet:reuters"]);
  });
});

describe("other languages", () => {
  it("reads an outlet noun as the interviewer before an inverted speaker with a rank (« a déclaré au journal le colonel … »)", () => {
    const r = readArticle(article("« Le feu est éteint », a déclaré au journal le colonel Marc Vidal, chef des pompiers.", "Test Daily", [], "fr"), registry);
    expect(r.sources.map((s) => s.name)).toEqual(["Marc Vidal"]);
    expect(r.quotations[0]?.speaker).toBe("source:marc-vidal");
  });

  it("reads French guillemets, « selon » and « a déclaré à l'AFP » with an inverted speaker", () => {
    const r = readArticle(article("Le port est fermé, selon Le Courrier du Lac.\n\n« Il faut attendre », a déclaré à l'AFP Claire Dubois, ingénieure du port.", "Test Daily", [], "fr"), registry);
    expect(r.attributions.map((a) => a.outlet)).toEqual(["outlet:le-courrier-du-lac", "outlet:afp"]);
    expect(r.quotations[0]?.speaker).toBe("source:claire-dubois");
  });

  it("keeps an outlet noun that is part of a registered name, and an article the registry writes with the name", () => {
    const reg = createOutletRegistry([
      { name: "The Quillon Journal", aliases: ["Quillon Journal"], descriptors: [], domains: [], kind: "newspaper" },
      { name: "la Gazzetta del Lago", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
      { name: "le Courrier du Lac", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
    ]);
    expect(readArticle(article("Tolls will rise in June, according to the Quillon Journal."), reg).attributions.map((a) => a.outlet)).toEqual(["outlet:quillon-journal"]);
    expect(readArticle(article("The Quillon Journal, citing a draft of the plan, said tolls would rise."), reg).attributions.map((a) => a.outlet)).toEqual(["outlet:quillon-journal"]);
    const short = createOutletRegistry([{ name: "Quillon Press", aliases: ["QP"], descriptors: [], domains: [], kind: "agency" }]);
    expect(readArticle(article("Records were altered. A QP investigation found that the files were changed."), short).attributions.map((a) => a.outlet)).toEqual(["outlet:quillon-press"]);
    // The article fused with a preposition, or left out, where the registry knows the name with it.
    expect(readArticle(article("Il porto è chiuso, si legge su Gazzetta del Lago.", "Test Daily", [], "it"), reg).attributions.map((a) => a.outlet)).toEqual(["outlet:la-gazzetta-del-lago"]);
    expect(readArticle(article("Le port ferme, a-t-il déclaré au Courrier du Lac.", "Test Daily", [], "fr"), reg).attributions.map((a) => a.outlet)).toEqual(["outlet:le-courrier-du-lac"]);
    expect(readArticle(article("Le port ferme, écrit Jean Dupont dans sa chronique.", "Test Daily", [], "fr"), reg).attributions).toEqual([]);
    expect(readArticle(article("Come riporta la Gazzetta del Lago, il porto è chiuso.", "Test Daily", [], "it"), reg).attributions.map((a) => a.outlet)).toEqual(["outlet:la-gazzetta-del-lago"]);
  });

  it("reads no person into Arabic or Persian words next to a speech verb, and no outlet into 'the news'", () => {
    const ar = "وقالت قائدة الميناء لوكالة رويترز: \"لن نستسلم أبدا\".\n\nوبحسب وكالة الأنباء، فإن التسوية محتملة.";
    const r = readArticle(article(ar, "Test Daily", [], "ar"), registry);
    expect(r.attributions.map((a) => a.outlet)).toEqual(["outlet:رويترز"]);
    expect(r.sources.filter((s) => s.type === "named")).toEqual([]);
    const spokesman = readArticle(article('وقال المتحدث باسم الوزارة: "لن نغلق الميناء".', "Test Daily", [], "ar"), registry);
    expect(spokesman.sources.map((s) => [s.type, s.name])).toEqual([["anonymous", "المتحدث"]]);
    const fa = "سازمان بنادر روز دوشنبه اعلام کرد که عوارض سه برابر می شود.";
    expect(readArticle(article(fa, "Test Daily", [], "fa"), registry).sources.filter((s) => s.type === "named")).toEqual([]);
  });

  it("finds a registered Persian spelling written with the Arabic yeh", () => {
    const reg = createOutletRegistry([{ name: "Quillon Times", aliases: ["کیلون تایمز"], descriptors: [], domains: [], kind: "newspaper" }]);
    const r = readArticle(article("وذكرت صحيفة كيلون تايمز أن الخطة متقدمة.", "Test Daily", [], "ar"), reg);
    expect(r.attributions.map((a) => a.outlet)).toEqual(["outlet:quillon-times"]);
  });

  it.each([
    ["it", "«È inevitabile», ha detto la capitana del porto Ilse Brandt.", "Ilse Brandt"],
    ["es", "«Es inevitable», dijo la capitana del puerto, Ilse Brandt.", "Ilse Brandt"],
    ["ru", "«Это неизбежно», — заявила капитан порта Ильзе Брандт.", "Ильзе Брандт"],
    ["de", "Bürgermeister Hans Müller erklärte: „Der Plan wird geändert.“", "Hans Müller"],
    ["de", "„Das ist unvermeidlich“, sagte Hafenmeisterin Ilse Brandt.", "Ilse Brandt"],
    ["en", "\"It is fine,\" President Anna Berg said.", "Anna Berg"],
  ])("gives a %s quotation its speaker after a description or a role: %s", (language, body, name) => {
    const r = readArticle(article(body, "Test Daily", [], language), registry);
    const speaker = r.sources.find((s) => s.key === r.quotations[0]?.speaker);
    expect(speaker?.name).toBe(name);
  });

  it.each([
    ["es", "El puerto cerrará, según fuentes del ministerio.", "fuentes"],
    ["it", "Il porto chiuderà, secondo fonti vicine al dossier.", "fonti"],
    ["pt", "O porto vai fechar, segundo fontes do ministério.", "fontes"],
    ["de", "Der Hafen schließt, hieß es aus Regierungskreisen.", "Regierungskreisen"],
    ["ru", "Порт закроется, по словам источника в министерстве.", "источника"],
    ["ru", "«Порт закроется», — сообщил источник в министерстве.", "источник"],
    ["es", "Una fuente del ministerio dijo que el puerto cerraría.", "fuente del ministerio"],
    ["it", "Una fonte vicina al dossier ha detto che il porto chiuderà.", "fonte vicina al dossier"],
    ["pt", "Uma fonte do governo disse que o porto vai fechar.", "fonte do governo"],
    ["es", "Una fuente oficial dijo que el puerto cerrará.", "fuente oficial"],
    ["fa", "یک مقام آگاه گفت: «طرح نهایی است».", "مقام آگاه"],
    ["fa", "به گفته یک منبع آگاه، طرح نهایی است.", "منبع"],
    ["ar", "وبحسب مصدر في الوزارة، فإن الخطة نهائية.", "مصدر"],
    ["ru", "Источник в министерстве сообщил, что порт закроется.", "Источник в министерстве"],
  ])("reads the anonymous source after 'according to', or with its tail before a speech verb, in %s: %s", (language, body, head) => {
    const r = readArticle(article(body, "Test Daily", [], language), registry);
    expect(r.sources.filter((s) => s.type === "anonymous").map((s) => s.name)).toEqual([expect.stringContaining(head)]);
  });

  it("never reads a quoted study title or a plural noun as who published or said something", () => {
    const body = "Es war das Institut, das die Studie „Chocolate Spring“ veröffentlichte.\n\nWie der „Elbkurier“ unter Berufung auf zwei mit den Gesprächen vertraute Personen berichtete, ist der Plan weit.";
    const r = readArticle(article(body, "Test Daily", [], "de"), registry);
    expect(r.attributions.map((a) => a.outlet)).toEqual(["outlet:elbkurier"]);
    expect(r.sources.map((s) => s.name)).not.toContain("Chocolate Spring");
    expect(r.sources.map((s) => s.name)).not.toContain("Personen");
  });

  it("keeps Arabic text intact and finds outlets only behind a cue word, never as garbage sources", () => {
    const body = "حذرت مهندسة من خطر انهيار السد، بحسب صحيفة الغازيت.\n\nوأضافت أن السلطات تدرس تفريغ الخزان.\n\nصورة: رويترز";
    const r = readArticle(article(body, "Test Daily", [], "ar"), registry);
    expect(r.language).toBe("ar");
    expect(r.attributions.map((a) => a.outlet)).toEqual(["outlet:الغازيت"]);
    expect(r.sources).toEqual([]);
    for (const s of r.sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("fact-check wording", () => {
  it.each([
    ["The original article was published on May 1 by the Harbour Courier, a satire site.", "outlet:harbour-courier"],
    ["Reuters also rated the claim false on May 4.", "outlet:reuters"],
  ])("%j cites the outlet", (body, outlet) => {
    expect(readArticle(article(body), registry).attributions.map((a) => a.outlet)).toEqual([outlet]);
  });
});

describe("an outlet described as the one that first reported", () => {
  it.each([
    ["The Reuters news agency, which first reported the plan on Tuesday, issued a correction.", "outlet:reuters"],
    ["The Harbour Courier, which first reported the figures, stood by its story.", "outlet:harbour-courier"],
  ])("%j cites it", (body, outlet) => {
    expect(readArticle(article(body), registry).attributions.map((a) => a.outlet)).toEqual([outlet]);
  });
});
