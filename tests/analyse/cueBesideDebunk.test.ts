/**
 * Stance: a headline or lead cue that judges another story of the article (a debunked post) does not report false a fact
 * the article tells on its own word further on; read alone that fact is only mentioned, and the cue's verdict is kept for
 * the case (invented texts).
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";
import { readingAt, stanceAt } from "./stanceHelpers.ts";

const cases: [string, string, string[]][] = [
  [
    "en",
    "Student charged over fake wolf sighting post",
    [
      "Police in Harwick charged a 17-year-old student on Friday for posting a fake photo of a wolf in the town park.",
      "The town museum reopened its east wing in May.",
      "Harwick has about 12,000 inhabitants.",
      "The park keepers answered more than 60 phone calls that evening.",
    ],
  ],
  [
    "de",
    "Falschmeldung über Wolf: Schüler angezeigt",
    [
      "Die Polizei in Harwick hat einen Schüler angezeigt, der ein gefälschtes Foto eines Wolfs im Stadtpark verbreitet hatte.",
      "Das Museum der Stadt öffnete im Mai wieder.",
      "Harwick hat rund 12.000 Einwohner.",
      "Die Parkwächter nahmen an jenem Abend mehr als 60 Anrufe entgegen.",
    ],
  ],
  [
    "sv",
    "Elev åtalas för falsk bild på varg",
    [
      "Polisen i Harvik har åtalat en elev som spred en falsk bild på en varg i stadsparken.",
      "Stadens museum öppnade igen i maj.",
      "Harvik har omkring 12 000 invånare.",
      "Parkvakterna tog emot mer än 60 samtal den kvällen.",
    ],
  ],
];

describe("a headline or lead cue about another story does not reach a fact told further on", () => {
  it.each(cases)("%s: the fact is only mentioned, and the cue's verdict is kept for the case", (language, title, sentences) => {
    const reading = readingAt(language, sentences, 3, title);
    expect([reading.stance, reading.rule, reading.unscoped?.stance]).toEqual(["mentions", "stance.beside_debunk", "false"]);
    // Without the headline, the lead's cue alone is about the post too.
    expect(readingAt(language, sentences, 3).stance).toBe("mentions");
  });
  it.each(cases)("%s: the story the lead tells stays false, and the fact is true where nothing is debunked", (language, title, sentences) => {
    expect(stanceAt(language, sentences, 0, title)).toBe("false");
    expect(stanceAt(language, sentences.slice(1), 2)).toBe("true");
  });
  it("a statement of what someone said is the content the cue may judge", () => {
    const [, title, sentences] = cases[0] as [string, string, string[]];
    expect(stanceAt("en", [...sentences.slice(0, 3), "A keeper said a wolf had been seen near the pond."], 3, title)).toBe("false");
  });
});

describe("in a case, such a cue reaches the claim where another article calls it false", () => {
  const story = (outlet: string, date: string, body: string) => `---\noutlet: ${outlet}\npublished: ${date}\n---\n${body}\n`;
  const wolf = "A grey wolf was seen walking through the rose garden of the municipal park late on Sunday evening.";
  const source = story("Harwick Voice", "2026-04-06", `${wolf}\n\nSeveral families left the park early.`);
  const check = story(
    "Valley Check",
    "2026-04-07",
    "Police in Harwick say a post shared on Sunday by a student was a hoax.\n\nThe museum reopened its east wing in May. The town has about 12,000 inhabitants.\n\n" + `${wolf}\n\nThe tram company added two evening services.`,
  );
  const stancesOf = async (files: Record<string, string>) => {
    const { graph } = await analyseCaseFolder(await makeCase(files));
    return Object.fromEntries(
      graph.filterEdges((_e, a) => a.kind === "asserts" && graph.target(_e).includes("wolf")).map((e) => {
        const attrs = graph.getEdgeAttributes(e);
        return [graph.source(e), attrs.kind === "asserts" ? attrs.stance : undefined];
      }),
    );
  };
  it("alone, the check's lead cue does not report the sighting false", async () => {
    expect(await stancesOf({ "a.txt": source, "b.txt": check })).toEqual({ a: "true", b: "mentions" });
  });
  it("where another check calls the sighting false beside it, the cue is about it too", async () => {
    const denial = story("Lake Post", "2026-04-08", `${wolf} That is false, the park keepers say.\n\nThe park reopened on Monday.`);
    expect(await stancesOf({ "a.txt": source, "b.txt": check, "c.txt": denial })).toEqual({ a: "true", b: "false", c: "false" });
  });
});
