// A claim's label is what was said, not who said it: an opening that only says whose account follows ("… açıklamaya
// göre,", "Όπως δήλωσε …,", "По словам …,"; in Chinese and Japanese closed by their own comma with no space, «据X报道，…»,
// «Xによると、…») and a closing credit clause ("…, regional official X said on Sunday") stay out of it. Own invented copy,
// two outlets printing one sentence.
import { describe, expect, it } from "vitest";
import { withoutAttributionOpening } from "../../src/analyse/claims/label.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, date: string, language: string, body: string) => `---\noutlet: ${outlet}\npublished: ${date}\nlanguage: ${language}\n---\n${body}\n`;

describe("a claim's label", () => {
  it.each([
    ["tr", "Liman Başkanlığından yapılan açıklamaya göre, Dalyan limanına üç römorkör gönderildi ve gemi rıhtıma çekildi.", "Dalyan limanına üç römorkör gönderildi"],
    ["el", "Όπως δήλωσε στην εφημερίδα ο λιμενάρχης Σπύρος Καλλέργης, το φορτηγό πλοίο ρυμουλκήθηκε στο λιμάνι της Ερμιόνης χθες το βράδυ.", "Το φορτηγό πλοίο ρυμουλκήθηκε στο λιμάνι της Ερμιόνης"],
    ["ru", "По словам начальника порта Ильи Громова, три буксира отвели сухогруз к причалу в Верхнеозёрске вечером в пятницу.", "Три буксира отвели сухогруз к причалу в Верхнеозёрске"],
    ["en", "More than 40 divers were searching the harbour at Lindvik for the missing ferry, coastguard spokeswoman Elin Moss said on Sunday.", "More than 40 divers were searching the harbour at Lindvik"],
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
    ["ru", "По словам губернатора, всё спокойно."],
    ["zh", "据介绍，一切正常。"],
    ["ja", "関係者によると、問題ない。"],
  ])("in %s keeps a sentence whose opening leaves too little after it", (language, sentence) => {
    expect(withoutAttributionOpening(sentence, language)).toBe(sentence);
  });
});
