// A claim's label in Chinese or Japanese is what was said, not whose account it is: «据X报道，…» and «Xによると、…» close
// the opening with their own comma and no space. Own invented copy, two outlets printing one sentence.
import { describe, expect, it } from "vitest";
import { withoutAttributionOpening } from "../../src/analyse/claims/label.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, date: string, language: string, body: string) => `---\noutlet: ${outlet}\npublished: ${date}\nlanguage: ${language}\n---\n${body}\n`;

describe("a CJK claim's label", () => {
  it.each([
    ["zh", "据海港日报报道，青湾港的三艘拖船昨晚将货轮拖回了二号码头。", "青湾港的三艘拖船"],
    ["ja", "地元紙の港湾日報によると、青湾港のタグボート三隻が昨夜、貨物船を二号埠頭に戻した。", "青湾港のタグボート三隻"],
  ])("in %s starts with what was said", async (language, sentence, start) => {
    const root = await makeCase({
      "a.txt": article("Harbour Post", "2026-08-01", language, sentence),
      "b.txt": article("Coast Daily", "2026-08-02", language, sentence),
    });
    const { claims } = await analyseCaseFolder(root);
    expect(claims.map((c) => c.label)).toContainEqual(expect.stringMatching(new RegExp(`^${start}`, "u")));
  });

  it.each([
    ["zh", "据介绍，一切正常。"],
    ["ja", "関係者によると、問題ない。"],
  ])("in %s keeps a sentence whose opening leaves too little after it", (language, sentence) => {
    expect(withoutAttributionOpening(sentence, language)).toBe(sentence);
  });
});
