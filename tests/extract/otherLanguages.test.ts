// Citation forms real texts in other languages wrote that the reading missed (session 30), pinned with texts of our own:
// Polish an agency's dispatch or account ("w depeszy X", "na koncie X"), its verb after or before it ("X podała",
// "wyjaśniała X") and a sentence's opening adverb before it; Turkish the outlet noun in the ablative before a
// journalist ("X gazetesinden Ayşe Kara’nın haberine göre"); Italian a broadcaster's programme or air ("durante il
// programma di X", "su Radio X"), "il sito di debunking X", a date before "su X"; Arabic a title in guillemets after
// "according to" ("بحسب «X»"); Dutch an outlet's staff ("Journalisten van X"); English a registry name with the country
// the registry places it in ("the X of Singapore"). Each has a control where a person, a place or a body stands there.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, type OutletEntry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const outlet = (name: string, aliases: string[], kind: OutletEntry["kind"]): OutletEntry => ({ name, aliases, descriptors: [], domains: [], kind });
const REGISTRY = createOutletRegistry([outlet("Lipowa Press Agency", ["Lipowska Agencja Prasowa", "LAP"], "agency"), { ...outlet("The Harbour Courier", ["Harbour Courier"], "newspaper"), country: "SG" }]);

const reading = (body: string, language: string) => readText(body, REGISTRY, { outlet: "Test Daily", language });
/** The outlets an article of one body cites, by name as decided. */
const cited = (body: string, language: string) => reading(body, language).attributions.map((a) => a.outletName);

describe("Polish: an agency's dispatch, account and verbs", () => {
  it.each([
    "W depeszy LAP relacjonującej wywiad burmistrza pojawiły się słowa, których nie wypowiedział.",
    "Początkowo w depeszy Lipowskiej Agencji Prasowej znalazła się inna wersja tej wypowiedzi.",
    "Taki wpis pojawił się na koncie LAP na platformie X w piątek.",
    "Inna wersja wypowiedzi była błędem, co wyjaśniała LAP w piątek.",
    "Lipowska Agencja Prasowa relacjonując wywiad burmistrza dla radia podała pilną wiadomość.",
    "Początkowo Lipowska Agencja Prasowa podała, że burmistrz odniósł się wprost do portu.",
  ])("cites the registered agency: %s", (text) => {
    expect(cited(text, "pl")).toEqual(["Lipowa Press Agency"]);
  });

  it.each([
    "Taki wpis pojawił się na koncie Jana Nowaka w piątek.",
    "Inna wersja była błędem, co wyjaśniała Anna Lis w piątek.",
    "Początkowo Anna Lis podała, że burmistrz odniósł się wprost do portu.",
  ])("control: a person's account or words cite nothing: %s", (text) => {
    expect(cited(text, "pl")).toEqual([]);
  });
});

describe("Turkish: the outlet noun in the ablative before a journalist", () => {
  it("cites the paper a journalist's report is from", () => {
    expect(cited("Yeni Ufuk gazetesinden Deniz Aral’ın haberine göre, belediye parktaki ağaçlar için talimat verdi.", "tr")).toEqual(["Yeni Ufuk"]);
  });

  it("a paper whose name is a role noun, beside the outlet noun, is that paper", () => {
    expect(cited("Muhabir gazetesinden Deniz Aral’ın haberine göre, belediye parktaki ağaçlar için talimat verdi.", "tr")).toEqual(["Muhabir"]);
  });

  it("control: where someone is from cites nothing", () => {
    expect(cited("Belediyeden Deniz Aral’ın açıklamasına göre, belediye parktaki ağaçlar için talimat verdi.", "tr")).toEqual([]);
  });
});

describe("Italian: a broadcaster's programme and air, a checker's site, a date before where it was published", () => {
  it.each([
    ["La storia, raccontata da Lia Sera durante il programma di Radio Valdessa ‘Il Sasso’, è diventata virale.", "Radio Valdessa"],
    ["La notizia è emersa nel corso di una nota trasmissione di Radio Valdessa.", "Radio Valdessa"],
    ["A raccontarla è Lia Sera durante la puntata del programma Il Sasso, su Radio Valdessa.", "Radio Valdessa"],
    ["La bufala era già circolata nel 2015, come rivela il sito di debunking Verivero, e poi è tornata.", "Verivero"],
    ["Ci segnalano una notizia pubblicata l’11 dicembre 2017 su verivero.it, che è falsa.", "verivero.it"],
  ])("cites: %s", (text, name) => {
    expect(cited(text, "it")).toEqual([name]);
  });

  it.each([
    "La storia è stata raccontata durante il programma di Maria Bianchi ieri sera.",
    "Il ministro è andato a Roma. Poi ha parlato su Facebook.",
  ])("control: a host's programme, a place or a platform cites nothing: %s", (text) => {
    expect(cited(text, "it")).toEqual([]);
  });
});

describe("Arabic: a title in guillemets after according to", () => {
  it("cites the quoted name at the frame's own confidence", () => {
    const r = reading("وبلغت قيمة المهر مليون دينار، وهي القيمة الأعلى بحسب «الوادي».", "ar");
    expect(r.attributions.map((a) => [a.outletName, a.confidence])).toEqual([["الوادي", 0.5]]);
  });

  it.each(["وبلغت قيمة المهر مليون دينار بحسب «الوزارة».", "وبلغت قيمة المهر مليون دينار بحسب الوادي."])("control: a body in marks, or a bare word, cites nothing: %s", (text) => {
    expect(cited(text, "ar")).toEqual([]);
  });
});

describe("Dutch: an outlet's journalists", () => {
  it.each([
    ["Journalisten van nieuwsdijk.nl achterhaalden dat dit onzin is.", "nieuwsdijk.nl"],
    ["Journalisten van de krant Havenkoerier achterhaalden dat dit onzin is.", "Havenkoerier"],
  ])("cites: %s", (text, name) => {
    expect(cited(text, "nl")).toEqual([name]);
  });

  it("control: a person's journalists are neither an outlet nor a source", () => {
    const r = reading("Journalisten van Jan de Vries achterhaalden dat.", "nl");
    expect(r.attributions).toEqual([]);
    expect(r.sources).toEqual([]);
  });
});

describe("a registry name and its own country after \"of\"", () => {
  it("is the registry's outlet", () => {
    expect(cited("The minister was arrested, according to the Harbour Courier of Singapore.", "en")).toEqual(["The Harbour Courier"]);
  });

  it("control: another country leaves the name whole", () => {
    expect(cited("The minister was arrested, according to the Harbour Courier of Malaysia.", "en")).toEqual(["Harbour Courier of Malaysia"]);
  });
});
