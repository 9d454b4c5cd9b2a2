// Sources are who the article presents as giving information (session 28): whom a speaker addressed is no source, nor is
// the person a reported claim is about; a family name with a title is that person, never an unnamed official. Invented
// texts, people and places.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const sources = (text: string, language: string): string[] => sourceLabels(readPlain(text, language));

describe("whom a speaker addressed is not the source", () => {
  it.each([
    // Persian: "the minister, addressing the deputies of parliament, said"; "he, addressing the UN expert, said".
    ["fa", "مهران تابان، وزیر نیرو، خطاب به نمایندگان مجلس گفت: «سد تکمیل می‌شود.»", "نمایندگان"],
    ["fa", "او خطاب به کارشناس سازمان ملل گفت: «سد تکمیل می‌شود.»", "کارشناس"],
    // Arabic: "the minister said, addressing the German ambassador".
    ["ar", "قال الوزير مخاطبا السفير الألماني: \"السد سيكتمل في الربيع\".", "مخاطبا"],
    // French: the pronoun in "a-t-il dit" is the speaker; whom it was said to follows.
    ["fr", "« Le barrage sera fini au printemps », a-t-il dit à Karl Brenner.", "Brenner"],
    ["fr", "« Le barrage sera fini au printemps », a-t-elle déclaré au journaliste Karl Brenner.", "Brenner"],
  ])("%s: %s", (language, text, addressee) => {
    expect(sources(text, language).filter((s) => s.includes(addressee))).toEqual([]);
  });

  it("the speaker before the addressee still speaks", () => {
    expect(sources("قال المتحدث باسم الشركة كريم بن سليمان مخاطبا الصحفيين إن السد سيكتمل.", "ar")).toEqual(["named:كريم بن سليمان"]);
    expect(sources("« Le barrage sera fini au printemps », a déclaré la maire Lena Ostrova à Karl Brenner.", "fr")).toEqual(["named:Lena Ostrova"]);
  });
});

describe("the person a reported claim is about is not its source", () => {
  it.each([
    "Viral posts claimed Darius Volkov bought two yachts with aid money.",
    "Some accounts claimed Mayor Darius Volkov had bought two yachts.",
  ])("%s", (text) => {
    expect(sources(text, "en").filter((s) => s.includes("Volkov"))).toEqual([]);
  });

  it.each([
    ["Viral posts claimed Darius Volkov bought two yachts with aid money.", "anonymous:Viral posts"],
    ["Social media users claimed that Darius Volkov bought two yachts.", "anonymous:Social media users"],
  ])("the posts or users that claim it are its unnamed source: %s", (text, label) => {
    expect(sources(text, "en")).toEqual([label]);
  });

  it("an inverted speaker followed by a time or an appositive still speaks", () => {
    expect(sources("\"The dam is safe,\" said Anna Berg on Tuesday.", "en")).toEqual(["named:Anna Berg"]);
    expect(sources("\"The dam is safe,\" said Anna Berg, the mayor.", "en")).toEqual(["named:Anna Berg"]);
  });
});

describe("a family name with a title is that person, not an unnamed source", () => {
  it.each([
    ["ja", "金委員長は「核は放棄しない」と述べた。", "named:金委員長"],
    ["ko", "박 위원장은 \"핵을 포기하지 않겠다\"고 말했다.", "named:박 위원장"],
    ["zh", "習主席表示：「不會放棄。」", "named:習主席"],
  ])("%s: %s", (language, text, label) => {
    expect(sources(text, language)).toEqual([label]);
  });

  it.each([
    // A prefix of the office ("vice-") names nobody; source nouns stay unnamed sources.
    ["ja", "副委員長は「核は放棄しない」と述べた。", "anonymous:委員長"],
    ["ja", "政府関係者は「核は放棄しない」と述べた。", "anonymous:関係者"],
    ["ko", "정부 소식통은 \"핵을 포기하지 않겠다\"고 말했다.", "anonymous:소식통"],
    ["zh", "消息人士表示，不会放弃。", "anonymous:消息人士"],
  ])("%s: %s", (language, text, label) => {
    expect(sources(text, language)).toEqual([label]);
  });
});

describe("a speech participle's speaker opens the sentence", () => {
  it("is the person of the main clause", () => {
    expect(sources("Bishop Anselm Dale has urged parishioners to vote, saying it \"is a form of charity.\"", "en")).toEqual(["named:Anselm Dale"]);
  });

  it("is nobody where the sentence opens on no person", () => {
    expect(sources("Residents left the town, saying the dam was unsafe.", "en")).toEqual([]);
  });
});

describe("who shared the information is its source", () => {
  it.each([
    ["en", "The journalist Karl Brenner shared the information on his account."],
    ["fr", "Le journaliste Karl Brenner a partagé l'information sur son compte."],
  ])("%s: %s", (language, text) => {
    expect(sources(text, language)).toEqual(["named:Karl Brenner"]);
  });
});
