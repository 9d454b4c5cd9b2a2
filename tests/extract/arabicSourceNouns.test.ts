// Arabic writes the article and the letters of "and", "to", "by" onto the noun ("المصادر", the sources; "لمصادر", to
// sources; "والمسؤولين"), and its list of source nouns held a few singular and plural forms only: "the sources said",
// "according to the sources", "diplomats said" gave no unnamed source. Each noun is now listed once, in the forms the
// other languages list (source, official, expert, witness, diplomat, analyst, employee …), and read with what is written
// onto it. Own invented sentences.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const LEAD = "أغلق السد يوم الاثنين.\n\n";

function anonymous(sentence: string): string[] {
  return sourceLabels(readPlain(LEAD + sentence, "ar")).filter((l) => l.startsWith("anonymous:"));
}

describe("Arabic source nouns with what is written onto them", () => {
  it.each([
    ["the sources said", "وقالت المصادر إن السد آمن.", "anonymous:المصادر"],
    ["according to the sources", "وبحسب المصادر، فإن السد آمن.", "anonymous:المصادر"],
    ["according to sources in the ministry (لـ joined)", "ووفقاً لمصادر في الوزارة، فإن السد آمن.", "anonymous:مصادر في الوزارة"],
    ["the officials said", "وقال المسؤولون إن السد آمن.", "anonymous:المسؤولون"],
    ["diplomats said", "وقال دبلوماسيون إن السد آمن.", "anonymous:دبلوماسيون"],
    ["sources reported (the verb with و)", "وذكرت مصادر أن السد آمن.", "anonymous:مصادر"],
  ])("%s", (_what, sentence, label) => {
    expect(anonymous(sentence)).toEqual([label]);
  });

  it("ends a source's tail where the reported clause opens", () => {
    expect(anonymous("وقال مصدر مقرب من الوزير إن السد آمن.")).toEqual(["anonymous:مصدر مقرب من الوزير"]);
  });

  it("takes 'the source' after 'a source' for the same source", () => {
    const reading = readPlain(`${LEAD}وقال مصدر مطلع إن السد آمن.\n\nوأضاف المصدر أن السد سيفتح غدا.`, "ar");
    expect(reading.sources.filter((s) => s.type === "anonymous")).toHaveLength(1);
  });
});

describe("Arabic 'the same source' points back", () => {
  it.each([
    ["'same' after the noun", "وبحسب المصدر ذاته، فإن السد آمن."],
    ["'same' before the noun", "وبحسب نفس المصدر، فإن السد آمن."],
  ])("%s names no new unnamed source", (_what, sentence) => {
    expect(anonymous(`ذكرت صحيفة "الرصيف" أن السد مغلق. ${sentence}`)).toEqual([]);
  });
  it("leaves an informed source one", () => {
    expect(anonymous("وبحسب مصدر مطلع، فإن السد آمن.")).toEqual(["anonymous:مصدر"]);
  });
});
