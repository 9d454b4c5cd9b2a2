/**
 * Names every article of a case prints are the story's subject: two quotations in two languages that share only those
 * are not thereby one statement translated (invented articles, invented places and people).
 */
import { describe, expect, it } from "vitest";
import { analyseReuse } from "../../src/align/index.ts";
import { FILLER, article, body } from "./fixtures.ts";
import { handReading } from "./readings.ts";

// The mayor's words in English, and in French what the harbour master said of another matter: both name Varga and Quillon.
const EN = "Mayor Ines Varga has never approved a single contract for the Quillon harbour without a tender, and she never will";
const FR = "Le capitaine du port a fermé les quais de Quillon lundi soir après la tempête, sur ordre écrit de la maire Ines Varga";

function relations(thirdNamesTheStory: boolean) {
  const third = thirdNamesTheStory ? "Readers in Quillon asked Mayor Varga about the harbour again on Friday." : "Readers asked about the harbour again on Friday.";
  const articles = [
    article("en", "Valley Post", "2021-03-01", body(FILLER[0]!, `\u201C${EN},\u201D she said in Quillon.`)),
    article("fr", "Gazette du Port", "2021-03-05", body(FILLER[1]!, `\u201C${FR},\u201D a dit le capitaine à Quillon, selon Varga.`)),
    article("de", "Talbote", "2021-03-06", body(FILLER[2]!, third)),
  ];
  const readings = articles.map((a) => ({ ...handReading(a), language: a.meta.id }));
  return analyseReuse(articles, readings)
    .relations.filter((r) => r.rule === "quote.translated")
    .map((r) => `${r.from} -> ${r.to}`);
}

describe("anchors every article of the case prints", () => {
  it("do not make two quotations in two languages one statement", () => {
    expect(relations(true)).toEqual([]);
  });

  it("while the same anchors, where an article of the case does not print them, still do (control)", () => {
    expect(relations(false)).toEqual(["fr -> en"]);
  });
});
