// Speakers in Russian, Ukrainian, Turkish, Arabic and Greek that the reading missed or misnamed (probe 19). Texts of our
// own, names invented.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";
import { readText } from "./helpers.ts";

const read = (body: string, language: string) => readText(body, createOutletRegistry([]), { outlet: "Test Daily", language });
const named = (body: string, language: string): string[] => read(body, language).sources.filter((s) => s.type === "named").map((s) => s.name);

describe("Russian and Ukrainian: a role, the body it heads in the genitive, then the person", () => {
  it.each([
    ["Мост закрыт на ремонт, сообщил мэр Озёрного района Пётр Самойлов.", "ru", "Пётр Самойлов"],
    ["Директор областного департамента ЖКХ Ирина Лаптева сообщила, что трубы заменят.", "ru", "Ирина Лаптева"],
    ["«Трубы заменят», — сказав речник Управління Остап Гнатюк.", "uk", "Остап Гнатюк"],
    ["Мост закрыт, сообщил губернатор Фёдор Ильич Громов.", "ru", "Фёдор Ильич Громов"],
  ])("%s", (body, language, name) => {
    expect(named(body, language)).toEqual([name]);
  });
});

describe("Russian: imperfective past speech verbs", () => {
  it.each([
    ["«Мост выдержит», — заявлял мэр Пётр Самойлов весной.", "Пётр Самойлов"],
    ["«Мост выдержит», — говорила Ирина Лаптева.", "Ирина Лаптева"],
  ])("%s", (body, name) => {
    expect(named(body, "ru")).toEqual([name]);
  });
});

describe("Russian: the person an outlet cited, after «со ссылкой на»", () => {
  it("reads the person, in the genitive, as the cited outlet's source", () => {
    const reading = read("Мост закроют на ремонт, сообщает «Озёрный вестник» со ссылкой на мэра Озёрного района Григория Самойлова.", "ru");
    expect(reading.sources.filter((s) => s.type === "named").map((s) => [s.name, s.role])).toEqual([["Григория Самойлова", "мэра Озёрного района"]]);
  });

  it("charges the cited report with nothing for whom it relied on", async () => {
    const root = await makeCase({
      "a1.txt": "---\nid: a1\noutlet: Озёрный вестник\npublished: 2026-03-02\nlanguage: ru\n---\nМост через реку Сорожу закроют на ремонт в апреле, сообщил мэр Озёрного района Григорий Самойлов.\n",
      "a2.txt": "---\nid: a2\noutlet: Речные новости\npublished: 2026-03-03\nlanguage: ru\n---\nМост через реку Сорожу закроют на ремонт в апреле, сообщает «Озёрный вестник» со ссылкой на мэра Озёрного района Григория Самойлова.\n",
    });
    const { graph } = await analyseCaseFolder(root);
    expect(graph.getAttribute("findings").filter((f) => f.type === "unsupported_attribution")).toEqual([]);
    expect(graph.filterEdges((_e, a, s) => a.kind === "quotes" && s === "a2").map((e) => graph.target(e))).toEqual(graph.filterEdges((_e, a, s) => a.kind === "quotes" && s === "a1").map((e) => graph.target(e)));
  });
});

describe("Turkish: a description, the name, a comma, the quotation and the verb", () => {
  const speakerOf = (body: string) => {
    const r = read(body, "tr");
    return r.quotations.map((q) => r.sources.find((s) => s.key === q.speaker)?.name);
  };
  it("reads the person after a role in small letters", () => {
    expect(speakerOf("Feribotun kaptanı Hakan Ersoy, \"Rüzgar çok sertti, limana dönmek zorunda kaldık\" dedi.")).toEqual(["Hakan Ersoy"]);
  });
  it("gives a quotation with no subject before its verb the speaker just named", () => {
    expect(speakerOf("Liman muhtarı Hakan Ersoy, seferlerin durduğunu anlattı.\n\n\"Rüzgar çok sertti, limana dönmek zorunda kaldık\" dedi.")).toEqual(["Hakan Ersoy"]);
  });
});

describe("Greek: sources of a ministry, a spokesman named after his body", () => {
  it("reads 'Πηγές του υπουργείου X' as unnamed sources of the ministry, no person X", () => {
    const r = read("Το λιμάνι θα κλείσει.\n\nΠηγές του υπουργείου Μεταφορών ανέφεραν ότι η γέφυρα είναι ασφαλής.", "el");
    expect(r.sources.map((s) => [s.type, s.name])).toEqual([["anonymous", "Πηγές του υπουργείου Μεταφορών"]]);
  });
  it("reads the name after 'ο εκπρόσωπος του X,' as the spokesman", () => {
    const r = read("Το λιμάνι θα κλείσει.\n\n«Η γέφυρα είναι ασφαλής», δήλωσε ο εκπρόσωπος του Δήμου, Στέλιος Μαυρίδης.", "el");
    expect(r.quotations.map((q) => r.sources.find((s) => s.key === q.speaker)?.name)).toEqual(["Στέλιος Μαυρίδης"]);
  });
});

describe("Arabic: a person named beside a role, or by a name joined with بن", () => {
  const speakerOf = (body: string) => {
    const r = read(body, "ar");
    return r.quotations.map((q) => [r.sources.find((s) => s.key === q.speaker)?.type, r.sources.find((s) => s.key === q.speaker)?.name]);
  };
  it.each([
    ["وقال المتحدث باسم البلدية سامي بن عمر لصحيفة الفجر: \"الجسر آمن تماما\".", "سامي بن عمر"],
    ["قال سامي بن عمر، المتحدث باسم البلدية: \"الجسر آمن تماما\".", "سامي بن عمر"],
    ["وقال سامي بن عمر لصحيفة الفجر: \"الجسر آمن تماما\".", "سامي بن عمر"],
    ["وقال المتحدث باسم البلدية سامي الراشد لصحيفة الفجر: \"الجسر آمن تماما\".", "سامي الراشد"],
  ])("%s", (body, name) => {
    expect(speakerOf(body)).toEqual([["named", name]]);
  });
  it("keeps an unnamed spokesman anonymous", () => {
    expect(speakerOf("وقال المتحدث باسم البلدية لصحيفة الفجر: \"الجسر آمن تماما\".").map((x) => x[0])).toEqual(["anonymous"]);
  });
});
