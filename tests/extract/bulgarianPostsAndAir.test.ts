// Bulgarian: a person's post ("…", написа в профила си в инстаграм Петрова) and a programme named after "в ефира на"
// (on the air of). Before, "написа" was no speech verb and the place of the post stood between it and the speaker, so
// the quotation had no speaker; and a show's title in marks after "в ефира на" was read as the speaker's second quotation.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

function quotations(body: string) {
  const r = readPlain(body, "bg");
  return r.quotations.map((q) => ({ kind: q.kind, text: q.parts.map((p) => p.text).join(" "), speaker: r.sources.find((s) => s.key === q.speaker)?.name }));
}

describe("Bulgarian posts and broadcasts", () => {
  it.each([
    ['"Жива съм и се чувствам прекрасно", написа в профила си в инстаграм Мира Петрова.', "Мира Петрова"],
    ['"Жива съм и се чувствам прекрасно", написа във Фейсбук Мира Петрова.', "Мира Петрова"],
  ])("%s → the post is %s's", (body, who) => {
    expect(quotations(body).filter((q) => q.kind === "quotation").map((q) => q.speaker)).toEqual([who]);
  });

  it("a title in marks after «в ефира на» is the programme's, not the speaker's words", () => {
    const found = quotations("„Първо ми се обадиха по телефона“, сподели Мира Петрова в ефира на „Добро утро, Марово“.");
    expect(found.filter((q) => q.kind === "quotation")).toEqual([{ kind: "quotation", text: "Първо ми се обадиха по телефона", speaker: "Мира Петрова" }]);
    expect(found.find((q) => q.text === "Добро утро, Марово")?.kind).toBe("title");
  });

  it("the present «пише» still takes an unknown paper only with an outlet noun, never as a person", () => {
    const r = readPlain('"Пристанището е затворено", пише Нова Вест.', "bg");
    expect(r.sources.map((s) => s.name)).toEqual([]);
  });
});
