/** Stance cues scoped to the story they tell (probe 19 item 5), on invented texts. */
import { describe, expect, it } from "vitest";
import { readStance, STANCE_WORDS } from "../../src/analyse/stance.ts";
import { sentenceSpans } from "./stanceArticle.ts";

/** An article of consecutive sentences; `source` names a source by the words given, wherever they occur. */
function article(title: string, sentences: string[], source?: string) {
  const spans = sentenceSpans(sentences);
  const mentions = source
    ? spans.flatMap((s) => (s.text.includes(source) ? [{ start: s.start + s.text.indexOf(source), end: s.start + s.text.indexOf(source) + source.length }] : []))
    : [];
  return { language: "en", title, sentences: spans, sources: source ? [{ key: "source:x", mentions }] : [] };
}

function stanceOn(a: ReturnType<typeof article>, k: number) {
  const s = a.sentences[k] as { start: number; end: number; text: string };
  return readStance(a, { debunk: false, negated: false, statements: [s], wording: s.text });
}

describe("a debunk cue about another story in the same article", () => {
  const text = article(
    "Officials say missile hit Orvik grain depot; Lanmark calls it fake",
    [
      "Officials in Tessin said a missile had struck the Orvik grain depot overnight.",
      "Lanmark called the report fake.",
      "Fire chief Hanna Dervel said 45 firefighters were working at the Orvik grain depot.",
    ],
    "Hanna Dervel",
  );

  it("does not report a sourced neutral fact in the lead false", () => {
    expect(stanceOn(text, 2).stance).toBe("true");
  });

  it("still reports the story it looks back at false", () => {
    expect(stanceOn(text, 0).stance).toBe("false");
  });
});

describe("hedged reports (probe 19 item 16)", () => {
  const plainFrom = (language: string, sentences: string[]) => stanceOn({ ...article("", sentences), language }, 0);

  it("only mentions a claim told as reported, not confirmed", () => {
    expect(plainFrom("en", ["Halvik Rail has reportedly ordered 12 new trams from Sandberg.", "The report has not been confirmed."]).stance).toBe("mentions");
    expect(stanceOn({ ...article("", ["La société Halvik Rail aurait commandé 12 tramways à Sandberg.", "L'information n'a pas été confirmée."]), language: "fr" }, 0).stance).toBe("mentions");
  });

  it("still presents the plain telling as true", () => {
    expect(plainFrom("en", ["Halvik Rail has ordered 12 new trams from Sandberg, its chief executive said."]).stance).toBe("true");
    expect(stanceOn({ ...article("", ["La société Halvik Rail a commandé 12 tramways à Sandberg, a indiqué son directeur."]), language: "fr" }, 0).stance).toBe("true");
    expect(stanceOn({ ...article("", ["Le maire a déclaré qu'il aurait préféré un autre tracé pour le tramway."]), language: "fr" }, 0).stance).toBe("true");
  });
});

describe("hedged reports in Spanish, Italian, Portuguese and German", () => {
  const told = (language: string, sentences: string[]) => stanceOn({ ...article("", sentences), language }, 0).stance;
  it.each([
    ["es", "La empresa Halvik habría comprado doce tranvías a Sandberg.", "La empresa Halvik compró doce tranvías a Sandberg, dijo su director."],
    ["it", "La società Halvik avrebbe comprato dodici tram da Sandberg.", "La società Halvik ha comprato dodici tram da Sandberg, ha detto il direttore."],
    ["pt", "A empresa Halvik teria comprado doze bondes à Sandberg.", "A empresa Halvik comprou doze bondes à Sandberg, disse o diretor."],
    ["de", "Die Firma Halvik hat angeblich zwölf Straßenbahnen bei Sandberg bestellt.", "Die Firma Halvik hat zwölf Straßenbahnen bei Sandberg bestellt, sagte ihr Chef."],
  ])("%s: a hedged telling only mentions the claim, a plain one presents it as true", (language, hedged, plain) => {
    expect(told(language, [hedged])).toBe("mentions");
    expect(told(language, [plain])).toBe("true");
  });

  it("leave the conditional of reported speech alone ('dijo que habría preferido')", () => {
    expect(told("es", ["El alcalde dijo que habría preferido otro trazado para el tranvía."])).toBe("true");
  });
});

describe("every hedge cue", () => {
  const cues = Object.values(STANCE_WORDS).flatMap((w) => (w.hedge ?? []).map((c) => [w.language, c.cue, c.example] as const));
  it.each(cues)("%s hedge /%s/ leaves only a mention: %s", (language, _cue, example) => {
    const first = example.split(/(?<=\.)\s+/u);
    expect(stanceOn({ ...article("", first), language }, 0).stance).toBe("mentions");
  });
});

describe("Arabic negation particles (probe 19 item 2)", () => {
  it("are whole words, not letters inside a name: 'لن' in 'النورس' negates nothing", () => {
    const sentence = "شركة طيران النورس تلغي صفقة طائرات جديدة.";
    const s = { start: 0, end: sentence.length, text: sentence };
    expect(readStance({ language: "ar", sentences: [s] }, { debunk: false, negated: false, statements: [s], wording: "طيران النورس تلغي صفقة طائرات" }).stance).toBe("true");
  });

  it("still negate as words, with a conjunction joined to them", () => {
    const sentence = "ولم تلغ شركة طيران النورس صفقة الطائرات.";
    const s = { start: 0, end: sentence.length, text: sentence };
    expect(readStance({ language: "ar", sentences: [s] }, { debunk: false, negated: false, statements: [s], wording: "طيران النورس تلغي صفقة طائرات" }).stance).toBe("false");
  });
});
