// The day of a date ("no dia 25 de setembro", "on 25 September", "September 25", "il 25 settembre") names a day, it
// counts nothing: two texts dating one video's posting and a later caption differently are no number drift. A count
// beside a month still counts ("25 mil visualizações em setembro"). Invented texts.
import { describe, expect, it } from "vitest";
import { numberMentions } from "../../src/align/drift.ts";

const figures = (text: string, language: string) => numberMentions(text, { start: 0, end: text.length }, language).map((m) => `${m.value} ${m.noun ?? ""}`.trim());

describe("the day of a date is no figure", () => {
  it.each([
    ["pt", "O vídeo foi publicado no dia 25 de setembro por um usuário e teve 300 compartilhamentos.", ["300 compartilhamentos"]],
    ["es", "El vídeo se publicó el 7 de octubre y tuvo 300 comentarios.", ["300 comentarios"]],
    ["en", "The video was posted on 25 September and drew 300 comments.", ["300 comments"]],
    ["en", "The video was posted on September 25 and drew 300 comments.", ["300 comments"]],
    ["it", "Il video è stato pubblicato il 25 settembre e ha avuto 300 commenti.", ["300 commenti"]],
    ["pt", "O vídeo teve 25 mil visualizações em setembro.", ["25000 visualizações"]],
  ])("(%s) %s", (language, text, expected) => {
    expect(figures(text, language)).toEqual(expected);
  });
});

describe("a date written in figures is no figure", () => {
  it.each([
    ["en", "The gale reaches the islands between the night of 14/11 and the morning of 15/11, with 300 homes at risk.", ["300 homes"]],
    ["fr", "Le bulletin du 14/11/2026 annonce 300 maisons menacées.", ["300 maisons"]],
    // A typo in the month ("14/14") leaves both parts a date's: no figure "14" that drifted from "11".
    ["en", "After the night of 14/14 and the morning of 15/11 the gale turns north.", []],
  ])("(%s) %s", (language, text, expected) => {
    expect(figures(text, language)).toEqual(expected);
  });
});
