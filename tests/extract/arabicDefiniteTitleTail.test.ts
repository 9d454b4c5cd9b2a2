// Arabic papers are told apart by a definite word after the title (a paper "X" and another "X the New"): a paper named
// by the title's first word after one named in full is another paper, not a short form of it; a two-word name whose
// second word has no article keeps its short form. Own invented texts and outlets.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string): string[] => readPlain(body, "ar").attributions.map((a) => a.outletName);

describe("ar: the title without its definite tail names another paper", () => {
  it("keeps the shorter title apart from the longer one cited just before", () => {
    expect(cited("وذكرت صحيفة «الفجر الجديد» الصادرة في باريس أن الطريق مغلق. وقالت صحيفة الفجر إن الطريق مغلق.")).toEqual(["الفجر الجديد", "الفجر"]);
  });

  it("still reads a short form that drops a word without the article", () => {
    expect(cited("وذكرت صحيفة «ميناء تلال» أن الطريق مغلق. وقالت صحيفة ميناء إن الطريق مغلق.")).toEqual(["ميناء تلال", "ميناء تلال"]);
  });
});
