/**
 * Whom a speaker told, written between an inverted speech verb and the speaker: a preposition and an agency or outlet
 * noun in the Romance languages and Greek, a dative phrase in Russian and Ukrainian. It is stepped over, never part of the
 * speaker or their role, and "our publication" is never an outlet whose name the speaker's name would be.
 */
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const registry = createOutletRegistry([]);
const read = (body: string, language: string) => readText(body, registry, { outlet: "Own Paper", language });
const speakerOf = (body: string, language: string) => {
  const reading = read(body, language);
  const q = reading.quotations.find((x) => x.kind === "quotation");
  return reading.sources.find((s) => s.key === q?.speaker);
};

describe("whom the speaker told, before an inverted speaker", () => {
  it.each([
    ["es", "«El puente aguantará», dijo a EFE el portavoz del municipio, Tomás Ibarra.", "Tomás Ibarra", "el portavoz del municipio"],
    ["it", "«Il ponte reggerà», ha detto all'ANSA il portavoce del comune, Marco Salvi.", "Marco Salvi", "il portavoce del comune"],
    ["fr", "« Le pont tiendra », a déclaré à l'AFP le porte-parole de la mairie, Hugo Marchal.", "Hugo Marchal", "le porte-parole de la mairie"],
  ])("%s: the agency told is no part of the speaker's role", (language, body, name, role) => {
    const speaker = speakerOf(body, language);
    expect(speaker?.name).toBe(name);
    expect(speaker?.role).toBe(role);
  });

  it("Greek: 'δήλωσε στο ΑΠΕ-ΜΠΕ ο εκπρόσωπος του Λιμενικού Σώματος <name>' names the spokesman, with the body in his role", () => {
    const speaker = speakerOf("«Η γέφυρα θα αντέξει», όπως δήλωσε στο ΑΠΕ-ΜΠΕ ο εκπρόσωπος του Λιμενικού Σώματος Στέλιος Μαργαρίτης.", "el");
    expect(speaker?.type).toBe("named");
    expect(speaker?.name).toBe("Στέλιος Μαργαρίτης");
    expect(speaker?.role).toBe("ο εκπρόσωπος του Λιμενικού Σώματος");
  });

  it("Greek: a minister's portfolio in the genitive before the name is the role's, not the name's", () => {
    const speaker = speakerOf("«Η γέφυρα θα αντέξει», δήλωσε στην ΕΡΤ ο υπουργός Μεταφορών Άρης Βλάχος.", "el");
    expect(speaker?.name).toBe("Άρης Βλάχος");
  });

  it.each([
    ["ru", "«Мост выдержит», — заявил нашему изданию Пётр Рябов.", "Пётр Рябов"],
    ["ru", "«Мост выдержит», — сказал изданию мэр Пётр Рябов.", "Пётр Рябов"],
    ["uk", "«Міст витримає», — заявив нашому виданню Петро Рябенко.", "Петро Рябенко"],
  ])("%s: %s", (language, body, name) => {
    const reading = read(body, language);
    expect(quotedSpeaker(reading)).toBe(name);
    expect(reading.sources.find((s) => s.name === name)?.role ?? "").not.toMatch(/изданию|виданню/u);
    // "our publication" is the article's own: the name after it is not an outlet told.
    expect(reading.attributions.map((a) => a.outlet)).not.toContain(`outlet:${name.toLowerCase().replace(/\s+/gu, "-")}`);
  });

  it("an outlet named after the dative noun is still the outlet told", () => {
    const reading = read("«Мост выдержит», — заявил агентству Северный Телеграф капитан порта.", "ru");
    expect(reading.attributions.some((a) => a.frame === "told" && /Северный Телеграф/u.test(a.span.text))).toBe(true);
  });
});

describe("a role's body and a name after a comma", () => {
  it("Greek: 'ο εκπρόσωπος του Λιμενικού, <name>' names the person after the comma, never the body", () => {
    const reading = read("«Η γέφυρα θα αντέξει», δήλωσε ο εκπρόσωπος του Λιμενικού, Στέλιος Μαργαρίτης.", "el");
    expect(quotedSpeaker(reading)).toBe("Στέλιος Μαργαρίτης");
    expect(reading.sources.map((s) => s.name)).not.toContain("Λιμενικού");
  });
});

describe("a day after a role", () => {
  it("Greek: 'δήλωσε ο εκπρόσωπος του Λιμενικού τη Δευτέρα' keeps the spokesman unnamed", () => {
    const speaker = speakerOf("«Η γέφυρα θα αντέξει», δήλωσε ο εκπρόσωπος του Λιμενικού τη Δευτέρα.", "el");
    expect(speaker?.type).toBe("anonymous");
  });
});
