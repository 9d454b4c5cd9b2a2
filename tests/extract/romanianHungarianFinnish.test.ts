// Romanian, Hungarian and Finnish texts read with their own frames (none existed: they were read with English data and
// cited no one). Hungarian and Finnish write the case ending onto the name ("MTI-nek", "STT:lle", "-lehden mukaan"): the
// ending is no part of the outlet's name. Own invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const base = createOutletRegistry([
  { name: "Agerpres", aliases: [], credits: [], descriptors: [], domains: ["agerpres.ro"], kind: "agency", country: "RO" },
  { name: "MTI", aliases: ["Magyar Távirati Iroda"], credits: [], descriptors: [], domains: ["mti.hu"], kind: "state_media", country: "HU" },
  { name: "Suomen Tietotoimisto", aliases: [], credits: ["STT"], descriptors: [], domains: ["stt.fi"], kind: "agency", country: "FI" },
  { name: "Reuters", aliases: [], credits: [], descriptors: [], domains: ["reuters.com"], kind: "agency", country: "GB" },
]);
const registry = withCaseOutlets(base, [{ name: "Vestea Prutului" }, { name: "Alföldi Hírmondó" }, { name: "Saimaan Sanomat" }]);

function read(body: string, language: string) {
  return readText(body, registry, { outlet: "Kelet Posta", language });
}
const cited = (body: string, language: string): string[] => read(body, language).attributions.map((a) => a.outletName);
const sources = (body: string, language: string): string[] => read(body, language).sources.map((s) => `${s.type}:${s.name}`);

describe("citations in Romanian, Hungarian and Finnish", () => {
  it.each([
    ["Podul peste Prut va fi închis o lună, potrivit Vestea Prutului.", "ro", "Vestea Prutului"],
    ["Conform Vestea Prutului, podul va fi închis o lună.", "ro", "Vestea Prutului"],
    ["Podul va fi închis o lună, a informat Agerpres.", "ro", "Agerpres"],
    ["Primarul, citat de Agerpres, a spus că podul va fi închis.", "ro", "Agerpres"],
    ["„Nu avem alt drum”, a declarat primarul pentru Vestea Prutului.", "ro", "Vestea Prutului"],
    ["A Tisza-hidat egy hónapra lezárják – az Alföldi Hírmondó szerint.", "hu", "Alföldi Hírmondó"],
    ["Tegnap az MTI szerint a hidat egy hónapra lezárják.", "hu", "MTI"],
    ["A polgármester az MTI-nek nyilatkozta, hogy a hidat lezárják.", "hu", "MTI"],
    ["A hidat egy hónapra lezárják – közölte az MTI.", "hu", "MTI"],
    ["Saimaan Sanomat -lehden mukaan silta suljetaan kuukaudeksi.", "fi", "Saimaan Sanomat"],
    ["STT:n mukaan silta suljetaan kuukaudeksi.", "fi", "Suomen Tietotoimisto"],
    ["”Muuta reittiä ei ole”, sanoi kunnanjohtaja STT:lle.", "fi", "Suomen Tietotoimisto"],
    ["Reutersin mukaan silta suljetaan kuukaudeksi.", "fi", "Reuters"],
    // Where the paper is from is no part of its name.
    ["Itäsuomalaisen Saimaan Sanomat -lehden mukaan silta suljetaan.", "fi", "Saimaan Sanomat"],
  ])("%s (%s)", (text, language, outlet) => {
    expect(cited(text, language)).toEqual([outlet]);
  });

  it.each([
    // A person's view, not an outlet's report: the postposition and the genitive take any name.
    ["Szabó Márta szerint a hidat lezárják.", "hu"],
    ["Virtasen mukaan silta suljetaan kuukaudeksi.", "fi"],
    ["Podul va fi închis, potrivit cărora nimeni nu a fost anunțat.", "ro"],
  ])("invents no outlet: %s (%s)", (text, language) => {
    expect(cited(text, language)).toEqual([]);
  });
});

describe("speakers and anonymous sources in Romanian, Hungarian and Finnish", () => {
  it.each([
    ["Podul se închide.\n\nUn angajat al primăriei, care a cerut să nu îi fie publicat numele, a declarat: „Nu știm când se redeschide.”", "ro", "anonymous:"],
    ["Podul se închide.\n\n„Nu știm când se redeschide”, a spus Radu Ionescu-Vlad.", "ro", "named:Radu Ionescu-Vlad"],
    ["A hidat lezárják.\n\n„Nem tudjuk, mikor nyitják meg” – mondta a lapnak egy városházi dolgozó, aki nem kívánta nevét nyilvánosságra hozni.", "hu", "anonymous:"],
    ["Silta suljetaan.\n\n”Emme tiedä, milloin se avataan”, kertoi lehdelle kunnan työntekijä, joka ei halunnut nimeään julkisuuteen.", "fi", "anonymous:"],
    ["Silta suljetaan.\n\n”Emme tiedä, milloin se avataan”, Elina Korhonen sanoi.", "fi", "named:Elina Korhonen"],
  ])("%s (%s)", (text, language, source) => {
    expect(sources(text, language).some((s) => s.startsWith(source))).toBe(true);
  });
});
