/**
 * A statement an article relays as what goes around or what others claim is passed on, not vouched for; a verdict
 * anywhere after it in the article reports it false (invented texts).
 */
import { describe, expect, it } from "vitest";
import { readStance, type StanceClaim } from "../../src/analyse/stance.ts";
import { patternFor, STANCE_WORDS } from "../../src/analyse/stance/index.ts";
import { sentenceSpans } from "./stanceArticle.ts";

/** An article of consecutive sentences, and the stance it takes on a claim its sentence `at` states. */
function read(language: string, sentences: string[], at: number, wording: string) {
  const spans = sentenceSpans(sentences);
  const claim: StanceClaim = { debunk: false, negated: false, wording, statements: [spans[at] as never] };
  return readStance({ language, sentences: spans }, claim);
}

describe("a relayed statement with a verdict further on", () => {
  it.each([
    [
      "it",
      ["Da qualche giorno un messaggio sta facendo il giro delle chat di quartiere.", "Il comune di Valpiana chiuderà tutte le scuole elementari a partire da marzo.", "Inoltratelo a tutti.", "Il sindaco di Valpiana ha spiegato che nessuna scuola chiuderà.", "Si tratta di una bufala."],
      1,
    ],
    [
      "en",
      ["THE CLAIM", "Several posts have claimed that the town of Elmbridge will close all its primary schools in March.", "WHAT WE FOUND", "The town council said no school will close.", "This claim is false."],
      1,
    ],
    [
      "de",
      ["Im Netz kursiert seit Tagen eine Nachricht.", "Die Stadt Ulmenau schließt ab März alle Grundschulen.", "Bitte teilen.", "Die Stadtverwaltung erklärte, keine Schule werde geschlossen.", "Die Nachricht ist frei erfunden."],
      1,
    ],
    [
      "vi",
      ["Từ sáng thứ Hai, nhiều tài khoản Facebook lan truyền thông tin cảng Sóng Đỏ sẽ đóng cửa vĩnh viễn.", "Nhiều người dân lo lắng.", "Sáng hôm sau, hàng trăm người kéo đến cảng.", "Ban quản lý cảng khẳng định đây là thông tin sai sự thật."],
      0,
    ],
    ["zh", ["网传长平市所有小学三月起停课。", "不少家长感到担心。", "有家长到学校询问。", "长平市教育局表示，这是谣言。"], 0],
    ["ja", ["SNS上で、緑川市の小学校が三月からすべて休校になるという投稿が拡散されている。", "保護者の間で不安が広がった。", "学校には問い合わせが相次いだ。", "市の教育委員会はデマだと説明した。"], 0],
    ["ko", ["온라인에서 청림시 초등학교가 3월부터 모두 휴교한다는 글이 퍼지고 있다.", "학부모들이 걱정하고 있다.", "학교에는 문의 전화가 이어졌다.", "청림시 교육청은 이 글이 가짜라고 밝혔다."], 0],
    [
      "hi",
      ["व्हाट्सएप पर यह संदेश वायरल हो रहा है कि रामपुर का नया पुल टूट गया है।", "कई लोग डर गए।", "सुबह पुल पर भीड़ जमा हो गई।", "नगर निगम ने इस खबर को गलत बताया।"],
      0,
    ],
  ])("%s: reports it false", (language, sentences, at) => {
    expect(read(language, sentences, at, sentences[at] as string)).toMatchObject({ stance: "false", rule: "stance.relayed_debunked" });
  });
});

describe("a relayed statement answered by its negation further on", () => {
  it.each([
    ["en", ["A message is going around the school chats this week.", "The town of Elmbridge will close all its primary schools in March.", "Parents shared it widely.", "The council said Elmbridge will not close any of its primary schools."], 1],
    ["it", ["Da qualche giorno un messaggio sta facendo il giro delle chat di quartiere.", "Il comune di Valpiana chiuderà tutte le scuole elementari a partire da marzo.", "Inoltratelo a tutti.", "Il sindaco ha spiegato che il comune di Valpiana non chiuderà le scuole elementari."], 1],
  ] as const)("%s: reports it false", (language, sentences, at) => {
    expect(read(language, [...sentences], at, sentences[at] as string)).toMatchObject({ stance: "false", rule: "stance.relayed_debunked" });
  });

  it("a later negation about something else leaves it only mentioned", () => {
    const sentences = ["A message is going around the school chats this week.", "The town of Elmbridge will close all its primary schools in March.", "Parents shared it widely.", "The council has not answered our questions yet."];
    expect(read("en", sentences, 1, sentences[1] as string)).toMatchObject({ stance: "mentions", rule: "stance.relayed" });
  });
});

describe("a statement told as news that went round the press", () => {
  // "The news that P has hit the headlines": the article tells that P was reported, not P; its later negation answers it.
  it.each([
    ["The news that Norland is privatising all its rural post offices has recently hit the headlines abroad.", "The postal board said Norland is not privatising its rural post offices."],
    ["Reports about Norland privatising all its rural post offices have been spreading around the world this week.", "The postal board said Norland is not privatising its rural post offices."],
  ])("reports it false: %s", (first, second) => {
    expect(read("en", [first, second], 0, first)).toMatchObject({ stance: "false", rule: "stance.relayed_debunked" });
  });

  it("is answered by a negation that speaks of the relayed clause, not of the relay's words", () => {
    // The claim's wording is the clause (claims/storyClause.ts); the answer shares its words, not "news", "headlines".
    const sentences = ["The news that Norland is privatising its rural post offices has recently hit the headlines world-wide.", "Rural post offices are not privatised, but their opening hours shrink from April, the postal board said on Monday."];
    const spans = sentenceSpans(sentences);
    const claim: StanceClaim = { debunk: false, negated: false, wording: "Norland is privatising its rural post offices", statements: [spans[0] as never] };
    expect(readStance({ language: "en", sentences: spans }, claim)).toMatchObject({ stance: "false", rule: "stance.relayed_debunked" });
  });

  it("an event that hit the headlines is no relayed story", () => {
    const sentences = ["The ferry fire in Norland hit the headlines abroad.", "Nobody was hurt, the harbour office said."];
    expect(read("en", sentences, 0, sentences[0] as string).rule).not.toMatch(/relayed/u);
  });
});

describe("a relayed statement with no verdict", () => {
  it("is only mentioned", () => {
    const sentences = ["A message is going around the school chats this week.", "The town of Elmbridge will close all its primary schools in March.", "The council has not answered our questions yet."];
    expect(read("en", sentences, 1, sentences[1] as string)).toMatchObject({ stance: "mentions", rule: "stance.relayed" });
  });

  it("a statement the article tells on its own word, with no relay words, is still presented as true", () => {
    const sentences = ["The town of Elmbridge will close all its primary schools in March.", "The council voted for it on Monday.", "Parents were told by letter."];
    expect(read("en", sentences, 0, sentences[0] as string).stance).toBe("true");
  });
});

describe("every relay cue catches its own example", () => {
  const cases = Object.values(STANCE_WORDS).flatMap((w) => (w.circulation ?? []).map((c) => [w.language, c.example] as const));
  it.each(cases)("%s: %s", (language, example) => {
    const words = STANCE_WORDS[language]!;
    expect(new RegExp(patternFor(words, "circulation").source, "iu").test(example)).toBe(true);
  });
});
