import { describe, expect, it } from "vitest";
import { groupClaims, MAX_MAIN_CLAIMS, namePairsFromText, shortLabel, type StatementSource } from "../../src/analyse/claims.ts";
import { PairHeap } from "../../src/analyse/claims/heap.ts";
import { withoutCreditClauses } from "../../src/analyse/claims/label.ts";
import { linkStatements, wordsLink } from "../../src/analyse/claims/links.ts";
import { asserts, starClusters } from "../../src/analyse/claims/stars.ts";
import { readStatements } from "../../src/analyse/claims/statements.ts";
import { MIN_OVERLAP, MIN_OVERLAP_WITHOUT_NAMES } from "../../src/analyse/claims/thresholds.ts";
import { termsOf } from "../../src/analyse/terms.ts";
import { termTable } from "../../src/analyse/claims/linkIndex.ts";
import { PairScorer } from "../../src/analyse/claims/linkPairs.ts";
import { isReportingVerb, predicateOf, PREDICATE_GROUPS } from "../../src/analyse/lexicon.ts";
import { swappedNames } from "../../src/analyse/provenance.ts";
import { source } from "./statementSources.ts";

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

  it("keeps a refusal narrowed to a form or a time apart from the same refusal made absolute", () => {
    const narrowed = "The harbour board will not sell the old ferry terminal to the Solberg group in its present form, chair Ida Holm said.";
    const absolute = "The harbour board will never sell the old ferry terminal to the Solberg group, chair Ida Holm said.";
    const claims = groupClaims([source("dock-1", 1, [narrowed, ...padding(1)], ["Ida Holm"]), source("wire-1", 2, [absolute, ...padding(2)], ["Ida Holm"])]);
    expect(claims.filter((c) => c.articles.includes("dock-1") && c.articles.includes("wire-1"))).toEqual([]);
    // The same refusal with the narrowing kept in both is one claim.
    const again = "The harbour board will not sell the old ferry terminal to the Solberg group for now, chair Ida Holm said on Monday.";
    const same = groupClaims([source("dock-1", 1, [narrowed.replace("in its present form", "for now"), ...padding(1)], ["Ida Holm"]), source("wire-1", 2, [again, ...padding(2)], ["Ida Holm"])]);
    expect(same.some((c) => c.articles.includes("dock-1") && c.articles.includes("wire-1"))).toBe(true);
  });

  it("does not make a claim of one article's sentences, nor of sentences that only share the topic", () => {
    const claims = groupClaims([
      source("a-1", 1, ["The council approved the new budget for schools on Monday.", "Teachers welcomed the decision."]),
      source("b-1", 2, ["The council will debate the harbour plan in June.", "Residents opposed the plan."]),
    ]);
    expect(claims).toEqual([]);
  });

  it.each([
    ["de", "Das sagte Hafenmeisterin Ina Vogt der Zeitung am Dienstag in Velmar."],
    ["nl", "Dat zei havenmeester Ina Vogt dinsdag tegen de krant in Velmar."],
    ["en", "That is what harbour master Ina Vogt told the paper in Velmar on Tuesday."],
  ])("makes no claim of a sentence that only says who said the words before it (%s)", (language, said) => {
    const claims = groupClaims(
      ["a-1", "b-1", "c-1"].map((id, k) => source(id, k + 1, [`Padding sentence number ${k} about the weather and trains.`, said], [], { language })),
    );
    expect(claims.map((c) => c.text)).not.toContain(said);
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

describe("readStatements", () => {
  it("marks a line without a verb (an address, a caption) as no assertion, so it never labels a claim", () => {
    const [address, sentence] = readStatements([source("a-1", 1, ["2 Harbour Institute of Coastal Studies, Quay Road.", "The Harbour Institute found that the quay is sinking."])]);
    expect(address?.verbless).toBe(true);
    expect(sentence?.verbless).toBe(false);
  });
});

describe("claims that hold a story together", () => {
  // One small story of our own, retold by five outlets in their own words.
  const STORY = [
    "The Nordby ferry company will cut 40 crossings a week from March, chief executive Lena Strand said.",
    "Nordby ferry company plans to cut 40 weekly crossings from March, Lena Strand told reporters.",
    "From March the Nordby ferry company will cut 40 crossings every week, according to Lena Strand.",
    "Lena Strand said the Nordby ferry company would cut 40 crossings a week starting in March.",
    "The Nordby ferry company is to cut 40 crossings a week in March, its chief executive Lena Strand announced.",
  ];
  const retellings = STORY.map((sentence, k) => source(`outlet${k}-1`, k + 1, [sentence, ...padding(k + 1)]));
  const storyClaim = (claims: ReturnType<typeof groupClaims>) => claims.find((c) => c.articles.includes("outlet0-1"));

  it("groups rewordings into one main claim, and an article whose headline restates it carries it too", () => {
    const headlineOnly = source("herald-1", 7, ["Shipping news in brief for the week.", "A cruise ship docked on Sunday."], [], { title: "Nordby ferry company to cut 40 crossings" });
    const claim = storyClaim(groupClaims([...retellings, headlineOnly]));
    expect(claim?.articles).toEqual(["outlet0-1", "outlet1-1", "outlet2-1", "outlet3-1", "outlet4-1", "herald-1"]);
    expect(claim?.main).toBe(true);
    expect(claim?.statements.find((s) => s.article === "herald-1")?.span).toEqual({ start: -1, end: -1, text: "Nordby ferry company to cut 40 crossings" });
  });

  it("labels a claim with a telling of it, not with a fact-check's sentence calling it false", () => {
    // The earliest and best-connected wording is a debunk; three of four articles tell the claim plainly.
    const check = source("check-1", 0, ["The claim that the Nordby ferry company will cut 40 crossings a week from March is a hoax, Lena Strand said.", ...padding(6)]);
    const claim = storyClaim(groupClaims([check, ...retellings.slice(0, 3)]));
    expect(claim?.articles).toContain("check-1");
    expect(claim?.text).not.toMatch(/hoax/);
  });

  it("labels a claim with a sentence that stands alone, not one that leans on the sentence before it", () => {
    // The best-connected wording opens on "This is what …": a reader of the label alone would not know what "this" is.
    const leaning = source("digest-1", 0, ["This is what the Nordby ferry company will do: cut 40 crossings a week from March, chief executive Lena Strand said.", ...padding(6)]);
    const claim = storyClaim(groupClaims([leaning, ...retellings.slice(0, 3)]));
    expect(claim?.articles).toContain("digest-1");
    expect(claim?.label).not.toMatch(/^This\b/);
  });

  it("labels a claim from its subject on when an opening phrase would fill the label", () => {
    const opening = [
      "Faced with rising fuel costs, falling ticket sales and a shrinking winter timetable, the Nordby ferry company will cut 40 crossings a week from March.",
      "Faced with rising fuel costs, falling ticket sales and a shrinking winter timetable, the Nordby ferry company plans to cut 40 weekly crossings from March.",
    ];
    const claim = storyClaim(groupClaims([source("outlet0-1", 1, [opening[0] as string, ...padding(1)]), source("outlet1-1", 2, [opening[1] as string, ...padding(2)])]));
    expect(claim?.label).toMatch(/^The Nordby ferry company (will cut|plans to cut) 40/);
  });

  it("joins a translation through the names and numbers it keeps", () => {
    const french = source("matin-1", 8, ["La compagnie Nordby supprimera 40 traversées par semaine dès mars, selon Lena Strand.", "Les syndicats protestent."], [], { language: "fr" });
    expect(storyClaim(groupClaims([...retellings, french]))?.articles).toContain("matin-1");
  });

  it("joins a Russian or Greek translation through the names it writes in its own letters", () => {
    const russian = source("vesti-1", 8, ["Паромная компания сократит 40 рейсов в неделю с марта, сообщила Лена Странд.", "Профсоюзы протестуют."], [], { language: "ru" });
    const greek = source("nea-1", 9, ["Η εταιρεία θα περικόψει 40 δρομολόγια την εβδομάδα από τον Μάρτιο, δήλωσε η Λένα Στραντ.", "Τα συνδικάτα διαμαρτύρονται."], [], { language: "el" });
    const articles = storyClaim(groupClaims([...retellings, russian, greek]))?.articles;
    expect(articles).toContain("vesti-1");
    expect(articles).toContain("nea-1");
  });

  it("weighs a figure one telling changed as neither for nor against: the pair scores as if neither gave it", () => {
    const told = (article: string, figure: string) => source(article, 1, [`Officials said the harbour ferry will stop running ${figure}hours after the storm warning.`]);
    const statements = readStatements([told("a-1", "48 "), told("b-1", "24 "), told("c-1", ""), told("d-1", "")]);
    const scorer = new PairScorer(statements, new Map(), termTable(statements));
    const score = (i: number, j: number) => {
      scorer.mark(i);
      return scorer.score(i, j);
    };
    expect(score(0, 1)).toBeCloseTo(score(2, 3), 2);
    expect(score(0, 1)).toBeGreaterThan(0.9);
  });

  it("keeps another story with other names apart, even in the same articles", () => {
    const bridge = [
      "The Vesterhavn bridge will close for repairs in May, engineer Ola Berg said.",
      "Engineer Ola Berg said the Vesterhavn bridge would close in May for repairs.",
      "Repairs will close the Vesterhavn bridge in May, according to engineer Ola Berg.",
    ];
    const sources = retellings.map((s, k) => (k < 3 ? { ...s, sentences: [...s.sentences, { start: 1000, end: 1000 + (bridge[k] as string).length, text: bridge[k] as string }] } : s));
    const claims = groupClaims(sources);
    const bridgeClaim = claims.find((c) => /Vesterhavn/.test(c.text));
    expect(bridgeClaim?.articles).toEqual(["outlet0-1", "outlet1-1", "outlet2-1"]);
    expect(storyClaim(claims)?.text).toMatch(/Nordby/);
    expect(storyClaim(claims)?.statements.some((s) => /Vesterhavn/.test(s.span.text))).toBe(false);
  });

  it("keeps a statement two articles of fourteen share as a minor claim, not a main one", () => {
    const cafe = "The café on board now sells fresh waffles and strong coffee to passengers.";
    const sources = Array.from({ length: 14 }, (_, k) => source(`paper${k}-1`, k + 1, [STORY[k % STORY.length] as string, ...(k >= 12 ? [cafe] : [])]));
    const claims = groupClaims(sources);
    expect(claims.find((c) => /waffles/.test(c.text))).toMatchObject({ articles: ["paper12-1", "paper13-1"], main: false });
    expect(claims.filter((c) => c.main).map((c) => c.text)).toEqual([expect.stringMatching(/Nordby/)]);
  });

  it(`marks at most ${MAX_MAIN_CLAIMS} claims main`, () => {
    const stories = [
      "The Nordby ferry company will cut forty crossings from March.",
      "The Vesterhavn bridge will close for repairs in May.",
      "A new public library opened downtown with thirty thousand books.",
      "The regional hospital hired sixty nurses for its winter wing.",
      "Fishermen landed a record catch of mackerel off the northern cape.",
      "The football club sold its stadium naming rights to a bank.",
      "Tram drivers voted to strike over night shifts and pay.",
      "The museum returned two bronze masks to their country of origin.",
      "A heatwave pushed electricity prices to a summer high.",
      "Students occupied the university canteen over meal prices.",
    ];
    const sources = Array.from({ length: 6 }, (_, k) => source(`paper${k}-1`, k + 1, stories));
    const claims = groupClaims(sources);
    expect(claims.length).toBe(stories.length);
    expect(claims.filter((c) => c.main)).toHaveLength(MAX_MAIN_CLAIMS);
  });
});

describe("the grouping stages", () => {
  // A pier closure told by three outlets: an original, a rewording and a French translation that keeps the names and numbers.
  const PIER = [
    source("valleypost-1", 1, ["The harbour board of Brennick will close Pier 14 for 25 days, director Ansel Morrow said.", ...padding(1)], ["Ansel Morrow"]),
    source("quillon-1", 2, ["Director Ansel Morrow said the Brennick harbour board is to close Pier 14 for 25 days.", ...padding(2)], ["Ansel Morrow"]),
    source("harbour-1", 3, ["Le port de Brennick fermera le Pier 14 pendant 25 jours, selon le directeur Ansel Morrow.", "Les pêcheurs sont en colère."], ["Ansel Morrow"], { language: "fr" }),
  ];

  it("links a rewording through its words and a translation through the names and numbers it keeps", () => {
    const statements = readStatements(PIER);
    const links = linkStatements(statements, new Map());
    const at = (article: string) => statements.findIndex((s) => s.article === article && /Pier 14/.test(s.span.text));
    expect(links[at("valleypost-1")]).toEqual(new Set([at("quillon-1"), at("harbour-1")]));
    // Padding shares no story words: it stays unlinked.
    expect(statements.filter((s, i) => !/Pier 14/.test(s.span.text) && (links[i]?.size ?? 0) > 0)).toEqual([]);
  });

  it("groups the rewording and the translation into one claim", () => {
    const claims = groupClaims(PIER);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ articles: ["valleypost-1", "quillon-1", "harbour-1"], main: true });
  });

  it("keeps two different statements about the same person apart", () => {
    const tram = ["Mayor Ilse Varga will open the new tram line to the airport in June.", "Ilse Varga, the mayor, is to open the airport tram line in June.", "The airport tram line opens in June, Mayor Ilse Varga announced."];
    const fine = ["Mayor Ilse Varga was fined for speeding on the coast road last week.", "A court fined Ilse Varga, the mayor, for speeding on the coast road.", "Mayor Ilse Varga paid a speeding fine after a coast road check."];
    const sources = [...tram, ...fine].map((t, k) => source(`paper${k}-1`, k + 1, [t, ...padding(k + 1)], ["Ilse Varga"]));
    const claims = groupClaims(sources);
    expect(claims.map((c) => c.articles).sort()).toEqual([
      ["paper0-1", "paper1-1", "paper2-1"],
      ["paper3-1", "paper4-1", "paper5-1"],
    ]);
  });

  it("still finds a claim that hundreds of articles repeat word for word (its rare words are then common)", () => {
    const sources = Array.from({ length: 210 }, (_, k) => source(`wire${k}-1`, 1 + (k % 28), ["The Brennick harbour board will close Pier 14 for 25 days from Monday.", `Reporter number ${k + 100} filed this copy.`]));
    const claims = groupClaims(sources);
    expect(claims[0]?.articles).toHaveLength(210);
    expect(claims[0]?.main).toBe(true);
  });

  it("words rule: statements naming places agree only about the same place; without places the words must overlap more", () => {
    expect(wordsLink({ overlap: MIN_OVERLAP, relation: "same", bothNamed: true, sharesPredicate: true })).toBe(true);
    expect(wordsLink({ overlap: 0.9, relation: undefined, bothNamed: true, sharesPredicate: true })).toBe(false);
    expect(wordsLink({ overlap: MIN_OVERLAP, relation: undefined, bothNamed: false, sharesPredicate: true })).toBe(false);
    expect(wordsLink({ overlap: MIN_OVERLAP_WITHOUT_NAMES, relation: undefined, bothNamed: false, sharesPredicate: true })).toBe(true);
    expect(wordsLink({ overlap: MIN_OVERLAP_WITHOUT_NAMES, relation: undefined, bothNamed: false, sharesPredicate: false })).toBe(false);
  });

  it("star grouping: a single stray link between two claims does not chain them into one", () => {
    const statements = readStatements([source("a-1", 1, ["One.", "Two.", "Three."]), source("b-1", 2, ["Four.", "Five.", "Six."])]);
    // Two stars (centre 0 with 3 and 4; centre 5 with 1) and one stray link 4–5 between them; statement 2 links to nothing.
    const links = [[3, 4], [5], [], [0], [0, 5], [1, 4]].map((l) => new Set(l));
    const groups = starClusters(statements, links);
    expect(groups.map((g) => [...g].sort())).toEqual([[0, 3, 4], [1, 5]]);
  });
});

describe("the story merge's queue", () => {
  it("gives the most alike pair first, and among equals the earliest pair, whatever the order pairs came in", () => {
    const heap = new PairHeap<string>();
    const pair = (sim: number, ia: number, ib: number) => ({ sim, a: `g${ia}`, b: `g${ib}`, ia, ib, va: 1, vb: 1 });
    [pair(0.5, 2, 3), pair(0.9, 4, 5), pair(0.5, 1, 7), pair(0.7, 0, 1), pair(0.5, 1, 3)].forEach((p) => heap.push(p));
    const order: string[] = [];
    for (let p = heap.pop(); p; p = heap.pop()) order.push(`${p.sim}:${p.ia}-${p.ib}`);
    expect(order).toEqual(["0.9:4-5", "0.7:0-1", "0.5:1-3", "0.5:1-7", "0.5:2-3"]);
  });
});

describe("statement terms", () => {
  it.each([
    ["en", "The company endorses the plan.", "The company endorsed the plan."],
    ["it", "La tisana aiuta a dormire.", "Le tisane aiutavano a dormire."],
    ["de", "Kräutertee hilft beim Einschlafen.", "Kräutertees helfen beim Einschlafen."],
  ])("meets rewordings by stem in %s: %s / %s", (language, a, b) => {
    const x = termsOf(a, language).all;
    const y = termsOf(b, language).all;
    expect([...x].filter((t) => y.has(t)).length).toBeGreaterThanOrEqual(2);
  });

  it("keeps names unstemmed and numbers apart from the letters they are written with, and years out of anchors", () => {
    expect([...termsOf("Lena Strand of Nordby said 40 crossings go in 2024.", "en").anchors].sort()).toEqual(["#40", "lena", "nordby", "strand"]);
    expect(termsOf("2012年11月28日讯 55张照片", "zh").anchors).toEqual(new Set(["#11", "#28", "#55"]));
    expect(termsOf("영국의 풍자 매체 하늘신문(The Quill)은 14일", "ko").anchors).toEqual(new Set(["quill", "#14"]));
    // Cased scripts other than Latin: a capitalised word is a name, compared in Latin letters; a lower-case word is not.
    expect(termsOf("по словам Лены Странд, паром отменят", "ru").anchors).toEqual(new Set(["leny", "strand"]));
    expect(termsOf("δήλωσε η Λένα Στραντ", "el").anchors).toEqual(new Set(["lena", "strant"]));
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
    ["Ada Reyes, head of the port authority of the northern coast, said that the ferry will run again from June.", "Ada Reyes said that the ferry will run again from June"],
    ["Velmar, the regional capital, is cut off by the floods, officials say.", "Velmar is cut off by the floods"],
    ["Oslo, Bergen, Trondheim and Tromsø are among the ports that will close for the strike.", "Oslo, Bergen, Trondheim and Tromsø are among the ports that will close for the strike"],
    ["VELMAR (Lowland Press) - Het kabinet wil veertig kleine stations sluiten.", "Het kabinet wil veertig kleine stations sluiten"],
    ["PORT ELLIS — The ferry will not run in June.", "The ferry will not run in June"],
    ["Mayor Ann Ray, who was questioned by police on Friday, did not attend the meeting.", "Mayor Ann Ray did not attend the meeting"],
    ["The mayor was questioned over $340,000 that vanished from the parks fund, the Ledger can confirm.", "The mayor was questioned over $340,000 that vanished from the parks fund"],
    // A fact-check's heading is its form; a speaker before a colon is part of the claim.
    ["CLAIM: Harbour scientists have confirmed that cold tea cures flu.", "Harbour scientists have confirmed that cold tea cures flu"],
    ["NATO: allies agree to spend more on the northern coast", "NATO: allies agree to spend more on the northern coast"],
    // A relative clause between a subject and its verb goes, in every language with one.
    ["Una enfermera de un hospital de Valdora, que prefirió no dar su nombre, confirmó que el ferry no saldrá en junio.", "Una enfermera de un hospital de Valdora confirmó que el ferry no saldrá en junio"],
    ["Le capitaine du port de Velmar, qui a requis l'anonymat, a confirmé la fermeture du quai.", "Le capitaine du port de Velmar a confirmé la fermeture du quai"],
    ["Der Hafenmeister von Velmar, der anonym bleiben wollte, bestätigte die Schließung.", "Der Hafenmeister von Velmar bestätigte die Schließung"],
    // A live blog's entry stamp and a list's bullet are layout; a figure opening a sentence stays.
    ["13:05 — Update: The harbour agency said the quay will stay shut.", "The harbour agency said the quay will stay shut"],
    ["- Ferry company says no passengers were hurt", "Ferry company says no passengers were hurt"],
    ["12.50 euros is the new fare for the Holm ferry.", "12.50 euros is the new fare for the Holm ferry"],
    // A comma before what was said opens the claim (Czech, Polish, Russian, German put one there).
    ["Mluvčí klubu Petra Malá agentuře řekla, že klub se ke spekulacím nevyjadřuje.", "Mluvčí klubu Petra Malá agentuře řekla, že klub se ke spekulacím nevyjadřuje"],
  ])("%s", (text, label) => {
    expect(shortLabel(text)).toBe(label);
  });
});

describe("a credit inside a claim's sentence is not its label", () => {
  const withCredit = (text: string, credit: string) => ({ text, credits: [{ start: text.indexOf(credit), end: text.indexOf(credit) + credit.length }] });

  it.each([
    ["La ministra Anna Ferri, riporta il quotidiano Gazzetta del Lago, avrebbe chiuso il porto ai traghetti.", "riporta il quotidiano Gazzetta del Lago", "La ministra Anna Ferri avrebbe chiuso il porto ai traghetti."],
    ["The ferry company, according to the Harbour Post, will stop all sailings in June.", "according to the Harbour Post", "The ferry company will stop all sailings in June."],
    ["The ferry company – as the Harbour Post reported on Monday – will stop all sailings.", "the Harbour Post reported", "The ferry company will stop all sailings."],
    ["Segundo a Folha do Lago, o ministério cancelou a compra de vacinas.", "Segundo a Folha do Lago", "O ministério cancelou a compra de vacinas."],
    // A credit that opens the sentence and reports what follows: the claim is what it reported.
    ["Local news site harbourline.example reported the ferry was losing two million euros a year.", "harbourline.example reported", "The ferry was losing two million euros a year."],
    ["The Harbour Post reported on Monday that the ferry will stop sailing in June.", "The Harbour Post reported", "The ferry will stop sailing in June."],
    ["Le Courrier du Port a rapporté que le ferry cessera de naviguer en juin.", "Le Courrier du Port a rapporté", "Le ferry cessera de naviguer en juin."],
    // Not a speaker's words ("said"), nor what a long opening leads up to.
    ["The harbour master said the ferry will stop sailing in June.", "The harbour master said", "The harbour master said the ferry will stop sailing in June."],
    ["After a long and bitter dispute with the unions the Harbour Post reported the ferry will stop.", "the Harbour Post reported", "After a long and bitter dispute with the unions the Harbour Post reported the ferry will stop."],
    // What the verb is about points back at the story: nothing reported follows (a claim labelled "About it, and …").
    ["Dutch site Kanaal Vrij wrote about it, and other sites followed.", "Kanaal Vrij wrote", "Dutch site Kanaal Vrij wrote about it, and other sites followed."],
  ])("%s", (text, credit, expected) => {
    const c = withCredit(text, credit);
    expect(withoutCreditClauses(c.text, c.credits)).toBe(expected);
  });

  it("keeps a clause that says more than who reported it", () => {
    const c = withCredit("The ferry company, which the Harbour Post says lost money for a decade and owes the port its fees, will stop sailing.", "the Harbour Post says");
    expect(withoutCreditClauses(c.text, c.credits)).toBe(c.text);
  });

  it("labels a claim without the credit its chosen sentence sets off by commas", () => {
    const sentence = "La ministra Anna Ferri, riporta il quotidiano Gazzetta del Lago, avrebbe chiuso il porto di Velmar ai traghetti stranieri.";
    const credited = (article: string, day: number, pad: number) => {
      const s = source(article, day, [sentence, ...padding(pad)], [], { language: "it" });
      const at = sentence.indexOf("riporta");
      return { ...s, credits: [{ start: at, end: at + "riporta il quotidiano Gazzetta del Lago".length }] };
    };
    const claims = groupClaims([credited("corriere-1", 1, 1), credited("eco-1", 2, 2), credited("voce-1", 3, 3)]);
    expect(claims[0]?.label).toBe("La ministra Anna Ferri avrebbe chiuso il porto di Velmar ai traghetti stranieri");
  });
});

describe("what asserts a claim", () => {
  const statement = (text: string) => ({ span: { text } }) as unknown as Parameters<typeof asserts>[0];
  it("takes a lead-in to a quotation, a question or a condition for no assertion: none makes a claim's centre or label", () => {
    expect(asserts(statement("Ada Reyes, head of the port authority, had this to say about the results:"))).toBe(0);
    expect(asserts(statement("The harbour master wrote: “"))).toBe(0);
    expect(asserts(statement("Will the ferry run again?"))).toBe(0);
    expect(asserts(statement("If the dam breaks, the valley floods."))).toBe(0);
    expect(asserts(statement("The ferry strike ended on Monday: both unions signed."))).toBe(1);
  });
});

describe("a statement that credits another article of the case", () => {
  // An Arabic report and an English one that credits it: they share one figure, which the anchors rule alone (two
  // anchors) never took for the same statement, so the citing article seemed to state the claim on its own word.
  const arabic = source("sahm-a", 2, ["قال مسؤول في وزارة النقل إن الوزارة أغلقت ٣٬٤٠٠ كشك في الأسواق خلال شهرين."], [], { language: "ar" });
  const english = (cites: boolean): StatementSource => ({
    ...source("quill-b", 3, ["The transport ministry has closed 3,400 kiosks in the markets over two months, according to Sahm, which cited an official."]),
    ...(cites ? { cites: [{ sentence: { start: 0, end: 120 }, article: "sahm-a" }] } : {}),
  });
  const together = (groups: ReturnType<typeof groupClaims>) => groups.some((g) => g.articles.includes("sahm-a") && g.articles.includes("quill-b"));

  it("is grouped with the credited article's statement that gives the same figure, in another script", () => {
    expect(together(groupClaims([arabic, english(true)]))).toBe(true);
  });

  it("is not grouped on the shared figure alone, without the credit", () => {
    expect(together(groupClaims([arabic, english(false)]))).toBe(false);
  });
});

describe("a figure's terms", () => {
  it.each([
    ["1,200 engineers", "en"],
    ["1.200 Ingenieure", "de"],
    ["١٬٢٠٠ مهندس", "ar"],
    ["۱٬۲۰۰ مهندس", "fa"],
  ])("are one anchor however its digits are grouped or written: %j", (text, language) => {
    expect([...termsOf(text, language).anchors].filter((a) => a.startsWith("#"))).toEqual(["#1200"]);
  });
});

describe("a claim's label", () => {
  it("is never the credit at a sentence's end ('…, our sources say'), even after an opening the tagger reads as a phrase", () => {
    const text = "Harbour club Velmar United has made a bid of nine million euros for midfielder Tomas Brede, our sources say.";
    const groups = groupClaims([source("flash-a", 1, [text]), source("wire-b", 2, [text]), source("pitch-c", 3, [text])]);
    expect(groups[0]?.label).toBe("Harbour club Velmar United has made a bid of nine million euros for midfielder Tomas Brede");
  });
});
