// Bulgarian "в ефира на X" (on the air of X): the speaker spoke on X's broadcast, which the article cites as it cites
// whom a speaker told ("каза пред X"). A show's title there is no broadcaster: without an outlet's evidence, nothing.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const WORDS = "„Първо ми се обадиха по телефона и ме питаха дали съм жива“";

function reading(body: string) {
  const r = readPlain(body, "bg");
  return { cited: r.attributions.map((a) => a.outletName), speaker: r.sources.find((s) => s.key === r.quotations.find((q) => q.kind === "quotation")?.speaker)?.name };
}

describe("Bulgarian «в ефира на» (on the air of)", () => {
  it("cites the broadcaster named with an outlet word, and the speaker stays the speaker", () => {
    expect(reading(`${WORDS}, каза Мира Петрова в ефира на Нова Телевизия.`)).toEqual({ cited: ["Нова Телевизия"], speaker: "Мира Петрова" });
    expect(reading(`${WORDS}, каза Мира Петрова в сутрешния ефир на телевизия Марово.`)).toEqual({ cited: ["Марово"], speaker: "Мира Петрова" });
  });

  it("cites nothing where a show's title stands there, tied to no outlet", () => {
    expect(reading(`${WORDS}, сподели Мира Петрова в ефира на „Добро утро, Марово“.`)).toEqual({ cited: [], speaker: "Мира Петрова" });
  });
});
