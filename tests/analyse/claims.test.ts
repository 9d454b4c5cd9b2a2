import { describe, expect, it } from "vitest";
import { groupClaims, namePairsFromText, shortLabel, type StatementSource } from "../../src/analyse/claims.ts";
import { isReportingVerb, predicateOf, PREDICATE_GROUPS } from "../../src/analyse/lexicon.ts";
import { swappedNames } from "../../src/analyse/provenance.ts";
import { analyseSentences } from "../../src/extract/sentences.ts";

/** An article of a small invented story, one sentence a paragraph, read by the reading stage's sentence tagger. */
function source(article: string, day: number, sentences: string[], nonPlaces: string[] = []): StatementSource {
  const body = sentences.join("\n");
  let offset = 0;
  const paragraphs = sentences.map((text) => {
    const span = { start: offset, end: offset + text.length };
    offset += text.length + 1;
    return span;
  });
  const tagged = analyseSentences(body, paragraphs, "en");
  return {
    article,
    outlet: article.split("-")[0] as string,
    published: { iso: `2022-04-${String(day).padStart(2, "0")}`, precision: "day", estimated: false },
    sentences: tagged.sentences,
    verbs: tagged.verbs,
    people: tagged.people,
    nonPlaces,
  };
}

/** Unrelated sentences, different in every article, so only the story's sentences can match. */
const PADDING = [
  ["Local elections drew a record turnout.", "Bakers warned that flour prices keep climbing."],
  ["A new library opened its doors downtown.", "The football club signed a young goalkeeper."],
  ["Tram drivers will strike on Thursday.", "A heatwave is expected later this month."],
  ["The museum lent two paintings to Vienna.", "Students protested against higher tuition fees."],
  ["The orchestra cancelled its spring tour.", "A bridge inspection found rusty cables."],
  ["Farmers reported a late frost in the valley.", "The airline added three routes to Spain."],
];
const padding = (n: number) => PADDING[n - 1] as string[];

describe("groupClaims", () => {
  it("groups one claim told in different words when the case relates the places, and keeps a claim about another place apart", () => {
    const claims = groupClaims([
      source("gazette-1", 1, ["The missing trawler Nordlys is sheltering in the Varanger fjord, a coastguard officer told the Gazette.", "The Varanger fjord is a part of the Finnmark coast, known for sudden storms.", ...padding(1)]),
      source("courier-1", 2, ["The trawler Nordlys is hiding off the Finnmark coast, the Gazette reported on Friday.", ...padding(2)]),
      source("courier-2", 5, ["Rescuers believe the Nordlys is sheltering near Varanger, where the crew took refuge from the storm.", ...padding(3)]),
      source("tribune-1", 3, ["Fishermen say the Nordlys fled to the Lofoten islands before the storm hit, hiding among the skerries.", ...padding(4)]),
    ]);
    const main = claims.find((c) => c.articles.includes("gazette-1"));
    expect(main?.articles).toEqual(["gazette-1", "courier-1", "courier-2"]);
    expect(claims.every((c) => !(c.articles.includes("tribune-1") && c.articles.includes("gazette-1")))).toBe(true);
  });

  it("does not make a claim of one article's sentences, nor of sentences that only share the topic", () => {
    const claims = groupClaims([
      source("a-1", 1, ["The council approved the new budget for schools on Monday.", "Teachers welcomed the decision."]),
      source("b-1", 2, ["The council will debate the harbour plan in June.", "Residents opposed the plan."]),
    ]);
    expect(claims).toEqual([]);
  });

  it("links places through an edit learned from reuse", () => {
    const sources = [
      source("a-1", 1, ["The rebel commander is hiding in the Qandil mountains, a local source said.", ...padding(5)]),
      source("b-1", 4, ["The rebel commander is hiding in the Zagros range, a local source said.", ...padding(6)]),
    ];
    expect(groupClaims(sources)).toEqual([]);
    expect(groupClaims(sources, [["Qandil mountains", "Zagros range"]]).map((c) => c.articles)).toEqual([["a-1", "b-1"]]);
  });
});

describe("learning related places", () => {
  it.each([
    ["Abu Rujmayn is a part of the Homs desert, which lays between eastern Homs and western Deir Ezzor.", ["Abu Rujmayn", "Homs desert"]],
    ["the impenetrable Syrian desert region known as the Badia.", ["Syrian desert", "Badia"]],
    ["is apparently in the Badia of Homs province", ["Badia", "Homs"]],
    ["He singled out the vast Badia region outside Palmyra.", ["Badia", "Palmyra"]],
    ["officials believe he could be in Anbar, a desert province in Iraq where", ["Anbar", "Iraq"]],
  ])("%s", (text, pair) => {
    expect(namePairsFromText(text)).toContainEqual(pair);
  });

  it("reads swapped names from a word diff, ignoring edits that are not names", () => {
    expect(
      swappedNames([
        [
          { op: "equal", text: "brought a lot of weapons [" },
          { op: "delete", text: "to the Badia" },
          { op: "insert", text: "to the Homs desert" },
          { op: "equal", text: "], which" },
          { op: "delete", text: "bedouins" },
          { op: "insert", text: "Bedouins" },
        ],
        [{ op: "delete", text: "quickly" }, { op: "insert", text: "soon" }],
      ]),
    ).toEqual([
      ["Badia", "Homs desert"],
    ]);
  });
});

describe("predicate groups", () => {
  it.each(PREDICATE_GROUPS.map((g) => [g[0] as string, g] as const))("every word of the '%s' group names that group", (name, group) => {
    for (const word of group) expect(predicateOf(word)).toBe(name);
  });

  it("puts no word in two groups", () => {
    const words = PREDICATE_GROUPS.flat();
    expect(new Set(words).size).toBe(words.length);
  });
});

describe("isReportingVerb", () => {
  it.each(["said", "says", "told", "reported", "claiming", "believes", "was", "has"])("%s only says who said it", (w) => expect(isReportingVerb(w)).toBe(true));
  it.each(["sell", "hiding", "killed", "fled", "sheltering"])("%s can carry a claim", (w) => expect(isReportingVerb(w)).toBe(false));
});

describe("shortLabel", () => {
  it.each([
    ["ISIS leader Abu Bakr al-Baghdadi is currently hiding in the Homs desert, which is besieged by the army.", "ISIS leader Abu Bakr al-Baghdadi is currently hiding in the Homs desert"],
    ["“Certainly he is still alive, he did not participate in any battle and was not close to any battlefield,” said X.", "Certainly he is still alive, he did not participate in any battle and was not close to any battlefield"],
    ["According to the source, the terrorist group has been preparing the region since 2015.", "The terrorist group has been preparing the region since 2015"],
    ["Baghdadi, whose real name is Ibrahim Awwad, is no stranger to hunkering down.", "Baghdadi is no stranger to hunkering down"],
    ["The official, who asked not to be named because the talks are confidential, said the buyer was a shipping company.", "The official said the buyer was a shipping company"],
  ])("%s", (text, label) => {
    expect(shortLabel(text)).toBe(label);
  });
});
