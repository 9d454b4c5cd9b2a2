// Words an article prints without quotation marks as its report of what someone said (German Konjunktiv I "sei" for
// "ist", "said that …", ", so X") are told in the reporter's grammar: not a quotation altered. Words changed without
// marks and without any such frame still are. Invented stories, outlets and people.
import { describe, expect, it } from "vitest";
import { inReportedSpeech } from "../../src/extract/reportedSpeech.ts";
import { textSpan } from "../../src/core/spans.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function alteredQuotes(language: string, quoting: string, reporting: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "a.txt": frontMatterArticle(language, "Talbote Nord", "2021-03-04", "Meldung", quoting),
      "b.txt": frontMatterArticle(language, "Kreisanzeiger West", "2021-03-05", "Meldung", reporting),
    }),
  );
  return graph.getAttribute("findings").filter((f) => f.type === "altered_quote").map((f) => f.explanation);
}

const DE_QUOTED =
  'Der Fährbetrieb in Kellbach ruht seit Montag wegen Hochwassers.\n\n"Die Fähre am Ostufer bleibt daher bis Freitag geschlossen, weil der Anleger unter Wasser steht: Die Gemeinde will keine Gefahr eingehen", so Hafenmeisterin Elin Varga.';

const EN_QUOTED =
  'The council closed the old ferry landing on Monday after a false alarm spread online.\n\n"The landing on the east bank is safe for walkers and the ferry will run again from Friday morning," said harbour master Elin Varga.';

describe("reported speech without marks is no altered quotation", () => {
  it("German Konjunktiv I after a speech verb in the sentence before (de)", async () => {
    const reporting =
      "Der Fährbetrieb in Kellbach ruht seit Montag wegen Hochwassers.\n\nDie Gemeinde wolle keine Gefahr eingehen, sagte Hafenmeisterin Elin Varga. Die Fähre am Ostufer bleibe bis Freitag geschlossen, weil der Anleger unter Wasser stehe.";
    expect(await alteredQuotes("de", DE_QUOTED, reporting)).toEqual([]);
  });

  it("the same words changed in the writer's own indicative sentence still alter it (de, control)", async () => {
    const reporting = "Der Fährbetrieb in Kellbach ruht seit Montag wegen Hochwassers.\n\nDie Fähre am Ostufer bleibt bis Freitag geschlossen, weil der Anleger unter Wasser steht.";
    expect(await alteredQuotes("de", DE_QUOTED, reporting)).toHaveLength(1);
  });

  it("a clause after 'said that' (en)", async () => {
    const reporting = "The council closed the old ferry landing on Monday after a false alarm spread online.\n\nHarbour master Elin Varga said that the landing on the east bank was safe for walkers and the ferry will run again from Friday.";
    expect(await alteredQuotes("en", EN_QUOTED, reporting)).toEqual([]);
  });

  it("a clause opened by 'précise que' with other words of it before the changed words (fr)", async () => {
    const quoting =
      "Le port de Vaudrel reste fermé depuis lundi.\n\nLa mairie précise toutefois que l'élue reste « informée de tout ce qui touche à la vie du quartier des docks ».";
    const reporting =
      "Le port de Vaudrel reste fermé depuis lundi.\n\nLa mairie précise que l'élue, rentrée d'un congrès à Vienne, se repose chez elle, mais reste informée de tout ce qui touche à la vie du port des docks.";
    expect(await alteredQuotes("fr", quoting, reporting)).toEqual([]);
  });

  it("the same words changed in the writer's own sentence still alter it (en, control)", async () => {
    const reporting = "The council closed the old ferry landing on Monday after a false alarm spread online.\n\nThe landing on the east bank was safe for walkers and the ferry will run again from Friday.";
    expect(await alteredQuotes("en", EN_QUOTED, reporting)).toHaveLength(1);
  });
});

describe("inReportedSpeech", () => {
  const read = (body: string, words: string, quoted: string[], language: string) => {
    const start = body.indexOf(words);
    const sentences = body.split(/(?<=[.!?])\s+/u).map((s) => textSpan(body, body.indexOf(s), body.indexOf(s) + s.length));
    return inReportedSpeech(body, sentences, { start, end: start + words.length }, new Set(quoted), language);
  };
  it.each([
    ["de", "Der Hafen sei wieder offen, sagte Anna Roth.", "Der Hafen sei wieder offen", ["der", "hafen", "ist", "wieder", "offen"], true],
    ["de", "Der Hafen ist wieder offen, so Anna Roth.", "Der Hafen ist wieder offen", ["der", "hafen", "ist", "wieder", "offen"], true],
    ["de", "Der Hafen ist wieder offen und die Fähre fährt.", "Der Hafen ist wieder offen", ["der", "hafen", "ist", "wieder", "offen"], false],
    // "habe" is the quotation's own word ("ich habe"): no sign of a report.
    ["de", "Ich habe den Hafen wieder geöffnet.", "Ich habe den Hafen wieder geöffnet", ["ich", "habe", "den", "hafen", "wieder", "geoffnet"], false],
    ["fr", "Le maire a déclaré que le port était de nouveau ouvert.", "le port était de nouveau ouvert", ["le", "port", "est", "de", "nouveau", "ouvert"], true],
    ["es", "El puerto ya estaba abierto, dijo la alcaldesa.", "El puerto ya estaba abierto", ["el", "puerto", "ya", "esta", "abierto"], true],
    ["en", "The port was open again, the mayor of Kellbach said.", "The port was open again", ["the", "port", "is", "open", "again"], true],
    ["en", "The port was open again by noon.", "The port was open again", ["the", "port", "is", "open", "again"], false],
    // The speech verb and its complementiser open the sentence; words of the reported clause stand between them and the
    // words compared (session 39): still the clause told in the writer's grammar.
    ["fr", "La mairie précise que l'élue, rentrée d'un congrès à Vienne, se repose chez elle mais reste informée de la vie du port.", "reste informée de la vie du port", ["reste", "informee", "de", "la", "vie", "du", "quartier"], true],
    ["fr", "La mairie précise qu'elle, rentrée d'un congrès à Vienne, reste informée de la vie du port.", "reste informée de la vie du port", ["reste", "informee", "de", "la", "vie", "du", "quartier"], true],
    ["en", "The town hall says that the councillor, back from a congress in Vienna, rests at home but keeps up with life in the harbour.", "keeps up with life in the harbour", ["keeps", "up", "with", "life", "in", "the", "district"], true],
    // A complementiser with no speech verb before it is no report ("so that"), nor a speech verb with no clause opened.
    ["en", "The councillor came home early so that she keeps up with life in the harbour.", "keeps up with life in the harbour", ["keeps", "up", "with", "life", "in", "the", "district"], false],
  ] as const)("(%s) %s", (language, body, words, quoted, expected) => {
    expect(read(body, words, [...quoted], language)).toBe(expected);
  });
});

describe("inReportedSpeech gathers the quotation's words only where a mood form asks for them", () => {
  const calls = (body: string, words: string, quoted: string[], language: string) => {
    const start = body.indexOf(words);
    let built = 0;
    const quotedWords = () => {
      built++;
      return new Set(quoted);
    };
    const reported = inReportedSpeech(body, [textSpan(body, 0, body.length)], { start, end: start + words.length }, quotedWords, language);
    return { reported, built };
  };
  it.each([
    // No reported-mood list for the language, or no mood form in the sentence: the words are never gathered.
    ["en", "The port was open again by noon.", "The port was open again", false, 0],
    ["de", "Der Hafen ist wieder offen und die Fähre fährt.", "Der Hafen ist wieder offen", false, 0],
    // A mood form the quotation lacks: gathered once, and the clause is a report.
    ["de", "Der Hafen sei wieder offen, meinte Jonas Brell.", "Der Hafen sei wieder offen", true, 1],
  ] as const)("(%s) %s", (language, body, words, reported, built) => {
    expect(calls(body, words, ["der", "hafen", "ist", "wieder", "offen", "the", "port", "is", "open", "again"], language)).toEqual({ reported, built });
  });
});
