// Speech verbs in every person a report uses: plural subjects, the imperfect, compound and inverted pasts; and two people
// named as one subject are two sources.
import { describe, expect, it } from "vitest";
import { phraseAlternation } from "../../src/core/text.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { speechVerbForms } from "../../src/extract/frames/verbForms.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Harbour Courier", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);

function sources(body: string, language: string): { name: string; role?: string }[] {
  return readText(body, registry, { outlet: "Test Daily", language }).sources.map((s) => ({ name: s.name, ...(s.role ? { role: s.role } : {}) }));
}

describe("speech verb forms", () => {
  it("conjugates a regular verb through its language's paradigm", () => {
    expect(speechVerbForms("fr", ["déclarer"])).toEqual(expect.arrayContaining(["déclare", "déclarent", "déclarait", "déclaraient", "a déclaré", "ont déclaré", "déclare-t-il", "a-t-elle déclaré", "déclaraient-ils"]));
    expect(speechVerbForms("es", ["explicar"])).toEqual(expect.arrayContaining(["explicó", "explicaron", "explicaba", "han explicado"]));
    expect(speechVerbForms("it", ["spiegare"])).toEqual(expect.arrayContaining(["spiega", "spiegano", "spiegava", "hanno spiegato"]));
    expect(speechVerbForms("pt", ["afirmar", "admitir"])).toEqual(expect.arrayContaining(["afirmou", "afirmaram", "afirmava", "admitiu", "admitiram"]));
    expect(speechVerbForms("de", ["berichten"])).toEqual(expect.arrayContaining(["berichtet", "berichtete", "berichteten"]));
  });

  it("gives Slovak's past in its three genders and plural, an irregular masculine's feminine from its plural", () => {
    expect(speechVerbForms("sk", ["povedať"])).toEqual(expect.arrayContaining(["povedal", "povedala", "povedalo", "povedali"]));
    const forms = speechVerbForms("sk", [["uviesť", { past: "uviedol", pastPlural: "uviedli" }]]);
    expect(forms).toEqual(expect.arrayContaining(["uviedol", "uviedla", "uviedlo", "uviedli"]));
    expect(forms).not.toContain("uviedola");
  });

  it("keeps French spelling before a and o", () => {
    expect(speechVerbForms("fr", ["annoncer"])).toEqual(expect.arrayContaining(["annonçait", "annonça", "annoncent"]));
  });

  it("takes an irregular verb's own forms over its class's", () => {
    const forms = speechVerbForms("es", [["decir", { present: "dice", presentPlural: "dicen", imperfect: "decía", imperfectPlural: "decían", past: "dijo", pastPlural: "dijeron", participle: "dicho" }]]);
    expect(forms).toEqual(expect.arrayContaining(["dijeron", "han dicho"]));
    expect(forms).not.toContain("decirió");
  });

  it("refuses a verb that fits no class and lists no forms", () => {
    expect(() => speechVerbForms("fr", ["dire"])).toThrow(/dire/);
  });
});

describe("phrase alternation", () => {
  it("matches exactly the phrases, the longest where one is a prefix of another", () => {
    const re = new RegExp(`^(?:${phraseAlternation(["a dit", "a dit à", "ajoute", "ajoutent", "a-t-il dit"])})`, "u");
    expect(re.exec("a dit à Paul")?.[0]).toBe("a dit à");
    expect(re.exec("a  dit")?.[0]).toBe("a  dit");
    expect(re.exec("ajoutent-ils")?.[0]).toBe("ajoutent");
    expect(re.exec("a-t-il dit")?.[0]).toBe("a-t-il dit");
    expect(re.test("ajout")).toBe(false);
  });

  it("escapes what an expression would read as syntax", () => {
    const re = new RegExp(`^(?:${phraseAlternation(["so.", "(so)"])})$`, "u");
    expect(re.test("so.")).toBe(true);
    expect(re.test("sox")).toBe(false);
    expect(re.test("(so)")).toBe(true);
  });
});

describe("speakers of every verb form", () => {
  it.each([
    ["fr", "an imperfect after an appositive", "Son directeur, Paul Aubry, expliquait alors que les tarifs allaient monter.", "Paul Aubry"],
    ["fr", "a plural compound past", "Les dockers Rémi Caron et Yves Lenoir ont affirmé que les quais étaient vides.", "Rémi Caron"],
    ["es", "a plural past", "Los economistas Nuria Vidal y Tomás Ferrer advirtieron que la tasa subiría.", "Nuria Vidal"],
    ["es", "an imperfect", "La portavoz del puerto, Inés Marín, aseguraba que nada había cambiado.", "Inés Marín"],
    ["it", "an imperfect", "Il direttore del porto, Dario Fonti, spiegava che le tariffe sarebbero salite.", "Dario Fonti"],
    ["pt", "a plural past", "Os economistas Rita Nunes e Caio Prado alertaram que a taxa ia subir.", "Rita Nunes"],
    ["de", "a plural past", "Die Ökonomen Jonas Kehl und Lea Brandl warnten, die Gebühr treffe kleine Reedereien.", "Jonas Kehl"],
  ])("%s: %s", (language, _what, body, name) => {
    expect(sources(body, language).map((s) => s.name)).toContain(name);
  });
});

describe("two people as one subject", () => {
  it.each([
    ["en", "Mara Lind and Tomas Berg said the fees would rise.", ["Mara Lind", "Tomas Berg"]],
    ["en", "“We were never told,” said Ivo Sand and Ada Holm, two dock workers.", ["Ivo Sand", "Ada Holm"]],
    ["de", "Jonas Kehl und Lea Brandl warnten, die Gebühr treffe kleine Reedereien.", ["Jonas Kehl", "Lea Brandl"]],
    ["es", "Nuria Vidal y Tomás Ferrer, economistas de la universidad, advirtieron que la tasa subiría.", ["Nuria Vidal", "Tomás Ferrer"]],
  ])("%s: %s", (language, body, names) => {
    expect(sources(body, language).map((s) => s.name)).toEqual(names);
  });

  it("keeps a role written before both names as the role, not a name", () => {
    expect(sources("Economists Carla Diaz and Omar Haddad warned that the rise would hit small shippers.", "en")[0]).toEqual({ name: "Carla Diaz", role: "Economists" });
  });

  it("never splits a company or an outlet named with 'and'", () => {
    expect(sources("Procter and Gamble said the fees would rise.", "en").map((s) => s.name)).not.toContain("Gamble");
    expect(sources("Dow Jones and Company said the fees would rise.", "en").map((s) => s.name)).not.toContain("Company");
  });
});

describe("a publication noun before a name", () => {
  it("makes the name no person, whatever it looks like", () => {
    expect(sources("Le quotidien régional Jean Lac affirme que les tarifs tripleront.", "fr")).toEqual([]);
    expect(sources("The newspaper Mara Lind said the port would close.", "en")).toEqual([]);
  });
});

describe("an elided preposition before an outlet", () => {
  it("opens no person's name", () => {
    expect(sources("Fonti del ministero citate dall'Adnkronos hanno confermato la vendita.", "it").map((s) => s.name)).not.toContain("dall'Adnkronos");
  });
});

describe("unnamed collective sources", () => {
  it.each([
    ["The port will triple its fees next year, reports say.", "reports"],
    ["According to media reports, the port will triple its fees.", "media reports"],
    ["Local media reported that the port would close.", "Local media"],
    ["News outlets around the world are reporting that the mayor resigned.", "News outlets around the world"],
    // The auxiliary and the adverbs before the verb are no part of the source.
    ["Officials in the province have recently reported that the bridge was shut.", "Officials in the province"],
    ["Residents across the valley widely reported that the ferry had stopped.", "Residents across the valley"],
  ])("%s", (body, name) => {
    expect(sources(body, "en").map((s) => s.name)).toEqual([name]);
  });

  it("takes no words across a comma into the source", () => {
    expect(sources("The ministry will scrap the rural bus subsidy next year, sources close to the ministry said.", "en").map((s) => s.name)).toEqual(["sources close to the ministry"]);
  });
});
