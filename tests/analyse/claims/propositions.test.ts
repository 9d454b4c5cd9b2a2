// A debunk prints the story's claim mostly as someone's claim ("The woman who reported that P now admits …", "the rumour
// that P", "denied that P"): the clause P is read apart, with the frame that opens it.
import { describe, expect, it } from "vitest";
import { readPropositions } from "../../../src/analyse/claims/propositions.ts";
import { STANCE_WORDS } from "../../../src/analyse/stance/index.ts";

describe("every proposition cue reads its example", () => {
  const examples = Object.values(STANCE_WORDS).flatMap((w) => (w.proposition ?? []).map((c) => [w.language, c.example] as const));
  it("there are examples in en, fr, de, es, it, pt, nl, af, id, ru, uk, hu, ro, vi, cs, sk, sl, sq, lt, lv, fi, et, is and mk", () => {
    expect(new Set(examples.map(([l]) => l))).toEqual(new Set(["en", "fr", "de", "es", "it", "pt", "nl", "af", "id", "ru", "uk", "hu", "ro", "vi", "cs", "sk", "sl", "sq", "lt", "lv", "fi", "et", "is", "mk"]));
  });
  it.each(examples)("%s: %s", (language, example) => {
    const found = readPropositions(example, language);
    expect(found).toHaveLength(1);
    expect(found[0]?.frame).toBe("claim");
    expect(found[0]?.span.text).toMatch(/(?:Harlow|harlow|Харлоу)/);
  });
});

describe("every admission cue reads its example", () => {
  // In the languages that read propositions; elsewhere (ja) an admission only marks a denial claim (stance.ts isDenialClaim).
  const examples = Object.values(STANCE_WORDS).flatMap((w) => (w.proposition ? (w.admission ?? []) : []).map((c) => [w.language, c.example] as const));
  it.each(examples)("%s: %s", (language, example) => {
    expect(readPropositions(example, language).some((p) => p.retracted)).toBe(true);
  });
});

describe("the clause told as someone's claim", () => {
  it.each([
    ["es", "La mujer que denunció que la policía le había roto el brazo en la plaza de Harlow, Ana Berg, ha admitido que no fue así.", "claim", "la policía le había roto el brazo en la plaza de Harlow"],
    ["en", "The union rejects claims that the Harlow depot will close in May.", "denial", "the Harlow depot will close in May"],
    ["de", "Der Konzern dementierte, dass die Brücke von Harlow eingestürzt sei.", "denial", "die Brücke von Harlow eingestürzt sei"],
    ["fr", "Le club a démenti qu'il avait vendu son stade à un fonds de Harlow.", "denial", "il avait vendu son stade à un fonds de Harlow"],
    ["fr", "Le Courrier a annoncé que le maire de Harlow avait démissionné, selon une source.", "claim", "le maire de Harlow avait démissionné"],
    ["ru", "Слухи о том, что мост в Харлоу рухнул, не подтвердились.", "claim", "мост в Харлоу рухнул"],
    ["uk", "Редакція написала, що міст у Харлоу обвалився, а потім видалила допис.", "claim", "міст у Харлоу обвалився"],
    ["id", "\"Mohon dicek kabarnya ada tiga truk beras plastik di pasar Harlow,\" ujarnya.", "claim", "ada tiga truk beras plastik di pasar Harlow"],
  ])("%s: %s", (language, sentence, frame, clause) => {
    const found = readPropositions(sentence, language);
    expect(found.map((p) => [p.frame, p.span.text])).toEqual([[frame, clause]]);
    const p = found[0]!;
    expect(sentence.slice(p.span.start, p.span.end)).toBe(p.span.text);
  });

  it.each([
    ["en", "The Harlow bridge collapsed on Monday morning."],
    ["en", "The council reported that it was."],
    ["en", "The story that appeared on a Harlow site last week was shared widely."],
    ["fr", "Le maire de Harlow a démissionné mardi soir."],
    ["sv", "Tidningen rapporterade att bron i Harlow hade rasat."],
    ["ru", "Мост в Харлоу рухнул в понедельник утром."],
    ["ru", "Мэр сообщил, чтобы жители Харлоу не выходили из дома."],
  ])("%s: none in %s", (language, sentence) => {
    expect(readPropositions(sentence, language)).toEqual([]);
  });
});
