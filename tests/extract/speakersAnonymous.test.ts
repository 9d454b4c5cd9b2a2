// Hungarian speakers written name, role, then "azt mondta"; Polish "jeden z pracowników" and Indonesian "seorang
// pekerja" as anonymous sources; a Portuguese anonymous head opening the sentence without an article. Own invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const base = createOutletRegistry([
  { name: "MTI", aliases: ["Magyar Távirati Iroda"], credits: [], descriptors: [], domains: ["mti.hu"], kind: "state_media", country: "HU" },
]);
const registry = withCaseOutlets(base, [{ name: "Gazeta Nadmorska" }, { name: "Harian Pelita Timur" }, { name: "Jornal do Minho" }]);

function read(body: string, language: string) {
  return readText(body, registry, { outlet: "Kelet Posta", language });
}
const sources = (body: string, language: string): string[] => read(body, language).sources.map((s) => `${s.type}:${s.name}`);
const speakers = (body: string, language: string): string[] => read(body, language).sources.map((s) => `${s.type}:${s.name}:${s.role ?? ""}`);

describe("Hungarian speaker before 'azt mondta' / 'közölte'", () => {
  it.each([
    ["A hidat lezárják.\n\nSzabó Gergely háziorvos azt mondta: „Nem tudjuk, mikor nyitják meg.”", "Szabó Gergely:háziorvos"],
    ["A hidat lezárják.\n\nTóth Réka minisztériumi szóvivő az MTI szerint azt mondta: a hidat jövő héten megnyitják.", "Tóth Réka:minisztériumi szóvivő"],
    ["A hidat lezárják.\n\nBalogh Ákos polgármester azt nyilatkozta, hogy a hidat jövő héten megnyitják.", "Balogh Ákos:polgármester"],
    ["A hidat lezárják.\n\nVarga Judit főorvos közölte: „A betegeket átvisszük.”", "Varga Judit:főorvos"],
  ])("%s", (text, speaker) => {
    expect(speakers(text, "hu")).toContain(`named:${speaker}`);
  });
});

describe("anonymous sources: Polish 'jeden z pracowników', Indonesian 'seorang pekerja'", () => {
  it.each([
    ["Port stoi.\n\n„Nikt nam nie płaci” – powiedział nam jeden z pracowników, który poprosił o zachowanie anonimowości.", "pl"],
    ["Port stoi.\n\n„Nikt nam nie płaci” – powiedziała jedna z pielęgniarek.", "pl"],
    ["Pelabuhan berhenti.\n\n\"Kami tidak dibayar,\" kata seorang pekerja kepada harian tersebut.", "id"],
    ["Pelabuhan berhenti.\n\n\"Kami tidak dibayar,\" ujar seorang buruh pelabuhan.", "id"],
  ])("%s (%s)", (text, language) => {
    expect(sources(text, language).some((s) => s.startsWith("anonymous:"))).toBe(true);
  });
});

describe("Portuguese anonymous head opening the sentence without an article", () => {
  it("'Fonte próxima do Governo, que pediu anonimato, disse …' is an anonymous source", () => {
    const s = sources("A ponte vai fechar.\n\nFonte próxima do Governo, que pediu anonimato, disse ao Jornal do Minho que a obra atrasou.", "pt");
    expect(s.some((x) => x.startsWith("anonymous:") && /fonte/i.test(x))).toBe(true);
  });
  it("a capitalised word that is no anonymous head opening the sentence stays no source", () => {
    expect(sources("A ponte vai fechar.\n\nObra próxima do rio, que durou anos, custou milhões, disse o autarca.", "pt").some((x) => x.startsWith("anonymous:Obra"))).toBe(false);
  });
});

describe("'and others' closing the words before a speech verb", () => {
  it("is a subject of its own: the phrase before it, whose tail it ends, is no unnamed source", () => {
    const text = "Her origins are debated. Some say that she is the daughter of Brannoc, a member of the Varric dynasty and others say she married into his family.";
    expect(sources(text, "en").filter((s) => s.startsWith("anonymous:"))).toEqual([]);
  });
  it("leaves an unnamed member whose tail ends on a noun", () => {
    expect(sources("The quay will reopen. A member of the harbour board said the repairs were done.", "en")).toContain("anonymous:A member of the harbour board");
  });
});
