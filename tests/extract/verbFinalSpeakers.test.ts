// Named speakers in verb-final languages, with texts of our own (names invented): Turkish puts the speaker before the
// quotation and the speech verb at the end ("Bakan Ayşe Demir, '…' dedi."; "… diye konuştu"; "açıklamasında … ifade
// etti"); Hindi marks the speaker with ने before "कहा"/"बताया" ("मंत्री राजेश वर्मा ने कहा कि …").
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

function read(body: string, language: string) {
  return readText(body, createOutletRegistry([]), { outlet: "Test Daily", language });
}

const named = (body: string, language: string) => read(body, language).sources.filter((s) => s.type === "named").map((s) => s.name);
const speakerOf = (body: string, language: string) => {
  const r = read(body, language);
  return r.quotations.map((q) => r.sources.find((s) => s.key === q.speaker)?.name);
};

describe("Turkish: the speaker before the quotation, the verb at the end", () => {
  it.each([
    ["Bakan Ayşe Demir, \"Liman haziranda kapanacak\" dedi.", "Ayşe Demir"],
    ["Vali Kemal Yıldırım, \"Köprü onarılacak, kimse endişe etmesin\" diye konuştu.", "Kemal Yıldırım"],
    ["Belediye Başkanı Selin Aksoy, yaptığı açıklamada \"Su kesintisi iki gün sürecek\" ifadelerini kullandı.", "Selin Aksoy"],
    // "Giving place to the words": the formula of a post or a statement, finite or as a converb.
    ["Mimar Dr. Ali Yılmaz, sosyal medya hesabından yaptığı paylaşımda, \"Köprünün rengi yanlış seçildi. Eski fotoğraflara bakın.\" ifadelerine yer vererek duruma tepki gösterdi.", "Ali Yılmaz"],
    ["Belediye Başkanı Selin Aksoy, yaptığı açıklamada \"Su kesintisi iki gün sürecek\" ifadelerine yer verdi.", "Selin Aksoy"],
  ])("%s", (body, name) => {
    expect(speakerOf(body, "tr")).toEqual([name]);
  });

  it("reads 'açıklamasında … ifade etti' without quotation marks as the named speaker's", () => {
    expect(named("Bakan Ayşe Demir, dün yaptığı açıklamasında limanın haziranda kapanacağını ifade etti.", "tr")).toEqual(["Ayşe Demir"]);
  });
});

describe("Hindi: a named person marked with ने before कहा / बताया", () => {
  it.each([
    ["मंत्री राजेश वर्मा ने कहा कि बंदरगाह जून में बंद होगा।", "राजेश वर्मा"],
    ["जिलाधिकारी सुनीता मेहरा ने बताया कि पुल की मरम्मत अगले सप्ताह शुरू होगी।", "सुनीता मेहरा"],
  ])("%s", (body, name) => {
    expect(named(body, "hi")).toEqual([name]);
  });

  it("gives the quotation after 'ने कहा' its named speaker", () => {
    expect(speakerOf("प्रवक्ता अनिल जोशी ने कहा, \"बंदरगाह जून में बंद होगा।\"", "hi")).toEqual(["अनिल जोशी"]);
  });

  it("reads an organisation before ने as no named person", () => {
    expect(named("स्वास्थ्य मंत्रालय ने कहा कि टीके पर्याप्त हैं।", "hi")).toEqual([]);
  });
});
