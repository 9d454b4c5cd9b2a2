// Italian credits an outlet for pointing something out ("come ha fatto notare il sito X", "come sottolinea X"), and any
// language may credit a passage's source in brackets with the label written small and without a colon ("(fonte X)",
// "(fonte: X)", "(fuente: X)"). A bracketed source is an outlet only where the name looks like one (an outlet word, a
// domain, the registry); a person, a place or an unknown word there is nobody's outlet. A person who "ha fatto notare"
// is a source. Inside a sentence the bracket credits the passage it closes, a citation; only on a line of its own does it
// say whose text the article is.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const cited = (body: string, language: string) => readPlain(body, language).attributions.map((a) => a.outletName);

describe("it: 'come ha fatto notare X' and a bracketed source written small", () => {
  it.each([
    ["it", "Nessuna delibera è mai stata votata, come ha fatto notare il sito Lente Civica.", "Lente Civica"],
    ["it", "Nessuna delibera è mai stata votata, come sottolinea la Gazzetta di Valdora.", "Gazzetta di Valdora"],
    ["it", "La giunta ne aveva promessi trecento (fonte Gazzetta di Valdora).", "Gazzetta di Valdora"],
    ["it", "La giunta ne aveva promessi trecento (fonte: cronachedelborgo.it).", "cronachedelborgo.it"],
    ["es", "El ayuntamiento prometió trescientos (fuente: Diario de Valdora).", "Diario de Valdora"],
  ])("%s: %s", (language, text, name) => {
    expect(cited(text, language)).toEqual([name]);
  });

  it("a bracketed source inside a sentence cites the passage; on a line of its own it credits the text", () => {
    const inside = readPlain("La giunta ne aveva promessi trecento (fonte Gazzetta di Valdora) e poi nessuno.", "it").attributions;
    expect(inside.map((a) => a.frame)).toEqual(["according_to"]);
    const alone = readPlain("La giunta ne aveva promessi trecento.\n\n(Fonte: Gazzetta di Valdora)", "it").attributions;
    expect(alone.map((a) => a.frame)).toEqual(["source_line"]);
  });

  it("a person who pointed it out is a source, no outlet", () => {
    const r = readPlain("Nessuna delibera è mai stata votata, come ha fatto notare Carla Benedetti.", "it");
    expect(r.attributions).toEqual([]);
    expect(sourceLabels(r)).toContain("named:Carla Benedetti");
  });
});

describe("control: a bracketed source that is no outlet", () => {
  it.each([
    ["it", "La giunta ne aveva promessi trecento (fonte: Carla Benedetti)."],
    ["it", "La giunta ne aveva promessi trecento (fonte Valdora)."],
    ["it", "La giunta ne aveva promessi trecento (fonte vicina al sindaco)."],
    ["en", "The council had promised three hundred (sources close to the mayor)."],
  ])("%s: %s", (language, text) => {
    expect(cited(text, language)).toEqual([]);
  });
});
