// A warning's heading quoted over two sentences ("„Achtung! Schützt eure Kinder!“ steht auf dem Zettel") was
// taken by the quotation reader for a marked phrase (a scare quote), so the stance reader did not see it as someone's
// text: fact-checks that print the heading and call the warning a fake were read as presenting it as true
// (stance.asserted). Quoted words that run over a sentence's end are a passage of someone's text whatever the quotation
// reader calls them (stance.quoted_passage: only mentioned by an article that doubts something). Own invented texts.
import { describe, expect, it } from "vitest";
import { quotesSentences } from "../../src/analyse/stance.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { assertsEdges, frontMatterArticle, makeCase } from "../helpers.ts";

describe("a quoted heading that runs over two sentences", () => {
  it("is someone's text, not a marked phrase", () => {
    expect(quotesSentences("Achtung! Schützt eure Kinder!")).toBe(true);
    expect(quotesSentences("Achtung. Schützt eure Kinder")).toBe(true);
    expect(quotesSentences("Pop Rocks")).toBe(false);
  });

  it("is only mentioned by a fact-check that prints it and doubts the letter", async () => {
    const files = {
      "a.txt": frontMatterArticle("de", "Talheimer Bote", "2023-10-03", "Droge in Bonbontüten?", "Ein per Messenger geteilter Zettel beunruhigt Eltern in Talheim. „Achtung. Schützt eure Kinder“ steht da auf einem Blatt über einem Bild bunter Bonbontüten. Darin soll sich eine neue Droge verbergen. Der Leiter der Suchtberatung, Jonas Merk, hat den Eindruck, dass es sich um einen Fake handelt."),
      "b.txt": frontMatterArticle("de", "Ulmenau Kurier", "2023-10-04", "Warnung vor Drogen in Bonbontüten ist gefälscht", 'Ein Zettel, der an Laternen klebt, sorgt bei Eltern für Sorge. "Achtung! Schützt eure Kinder!" steht darauf in roter Schrift. Darunter sind drei bunte Bonbontüten zu sehen. Die Polizei gibt Entwarnung: "Das ist ein Fake."'),
      "c.txt": frontMatterArticle("de", "Birkenfelder Zeitung", "2023-10-05", "Warnung vor Bonbon-Droge ist eine Fälschung", '"Achtung, schützt eure Kinder!" heißt es auf einem Zettel, der an einer Haltestelle hängt. Demnach soll sich in bunten Bonbontüten eine neue Droge befinden. Doch die Nachricht ist eine Falschmeldung, sagt die Polizei.'),
      "d.txt": frontMatterArticle("de", "Lindauer Tagblatt", "2023-10-06", "Falsche Drogenwarnung beunruhigt Eltern", "Eine Botschaft mit dem Titel „Achtung! Schützt eure Kinder!“ warnt vor Bonbontüten, in denen sich eine neue Droge verberge. Die Polizei spricht von einem Hoax, einer bewussten Falschmeldung."),
    };
    const { graph } = await analyseCaseFolder(await makeCase(files));
    const heading = graph.findNode((_n, a) => a.kind === "claim" && /schützt eure Kinder/i.test(a.text ?? ""));
    expect(heading).toBeDefined();
    // The article that prints the heading over two sentences ("„Achtung. Schützt eure Kinder“") and doubts the letter.
    const sides = assertsEdges(graph, "a", heading!);
    expect(sides.map((a) => [a.stance, a.rule])).toEqual([["mentions", "stance.quoted_passage"]]);
  });
});
