/** Drift evidence: numbers, attributions and unsupported credits, on small articles written for these tests. */
import { describe, expect, it } from "vitest";
import { alignDocuments } from "../../src/align/align.ts";
import { classifyReuse } from "../../src/align/classify.ts";
import { NUMBER_QUALIFIERS, REPORT_ANAPHORA, findDrift, numberMentions } from "../../src/align/drift.ts";
import { quantities } from "../../src/align/quantities.ts";
import type { CleanArticle } from "../../src/clean/types.ts";
import { ResultMemo, withMemo } from "../../src/core/memo.ts";
import { rng } from "../../bench/rng.ts";
import { FILLER, FLOOD, article, body } from "./fixtures.ts";
import { handReading, type HandReading } from "./readings.ts";

function drift(articles: CleanArticle[], hand: Record<string, HandReading> = {}) {
  const readings = articles.map((a) => handReading(a, hand[a.meta.id]));
  const pairs = alignDocuments(articles.map((a) => ({ id: a.meta.id, text: a.body }))).pairs;
  return findDrift({ articles, readings, relations: classifyReuse({ articles, readings, pairs }) });
}

describe("numberMentions", () => {
  it.each(NUMBER_QUALIFIERS.map((q) => [q] as const))("reads the qualifier %s", (q) => {
    const text = `There were ${q} 1,200 volunteers.`;
    const [m] = numberMentions(text, { start: 0, end: text.length });
    expect(m).toMatchObject({ value: 1200, qualifier: q, noun: "volunteers" });
  });
  it("reads a scale word as part of the figure and counts the noun after it", () => {
    const text = "Some 3 million passengers and 1.5 billion euros.";
    expect(numberMentions(text, { start: 0, end: text.length }).map((m) => [m.value, m.noun, m.span.text])).toEqual([
      [3_000_000, "passengers", "Some 3 million passengers"],
      [1_500_000_000, "euros", "1.5 billion euros"],
    ]);
  });
  it("reads Arabic-Indic and Persian digits as numbers, the span keeping the digits as printed, with the noun counted", () => {
    const text = "أجلي نحو ٣٠٠٠ عامل و۱۲۵ آخرين.";
    expect(numberMentions(text, { start: 0, end: text.length }).map((m) => [m.value, m.noun, m.span.text])).toEqual([
      [3000, "عامل", "٣٠٠٠ عامل"],
      [125, "آخرين", "۱۲۵ آخرين"],
    ]);
  });
  it("reads a counted noun whole in any letters, never cut at its first accent", () => {
    const text = "O Brasil cancelou 40 milhões de doses; près de 300 élèves.";
    expect(numberMentions(text, { start: 0, end: text.length }).map((m) => [m.value, m.noun, m.span.text])).toEqual([
      [40, "milhões", "40 milhões"],
      [300, "élèves", "300 élèves"],
    ]);
  });
  it.each([
    ["nl", "Ruim 1.200 bruggen en 12.000 viaducten, samen 4,5 miljard euro.", [1200, 12000, 4.5]],
    ["id", "Sedikitnya 3.400 warga mengungsi.", [3400]],
    ["de", "Rund 2.500 Brücken sind marode.", [2500]],
    ["en", "A fine of 1.200 yen, or 3,000 yen for repeat offenders.", [1.2, 3000]],
  ] as const)("(%s) reads thousands as the language groups them: %s", (language, text, values) => {
    expect(numberMentions(text, { start: 0, end: text.length }, language).map((m) => m.value)).toEqual(values);
  });
  it("reads figures written in words, and a share written as 'one in three', as the figures they are", () => {
    const text = "Forty-two pumps failed; one in four wells ran dry and twelve hundred people left, about twenty thousand residents in all.";
    expect(numberMentions(text, { start: 0, end: text.length }).map((m) => [Math.round(m.value), m.noun, m.span.text])).toEqual([
      [42, "pumps", "Forty-two pumps"],
      [25, "per", "one in four"],
      [1200, "people", "twelve hundred people"],
      [20000, "residents", "about twenty thousand residents"],
    ]);
  });
  it("leaves years out", () => {
    const text = "In 2015 they moved 300 families.";
    expect(numberMentions(text, { start: 0, end: text.length }).map((m) => m.value)).toEqual([300]);
  });
});

describe("findDrift", () => {
  it("finds a number restated with another qualifier and noun next to a copied passage", () => {
    const ds = drift([
      article("early", "River Herald", "2021-03-01", body(FLOOD + " It is thought that no fewer than 1,500 residents were still in the area on Monday.", FILLER[0]!)),
      article("late", "Valley Post", "2021-03-02", body(FILLER[1]!, FLOOD + " Up to 1,500 people are believed to be trapped.")),
    ]);
    const n = ds.filter((d) => d.type === "number_drift");
    expect(n).toHaveLength(1);
    expect(n[0]).toMatchObject({ articles: ["late", "early"], earlier: { qualifier: "no fewer than", noun: "residents" }, later: { qualifier: "up to", noun: "people" } });
  });

  it("finds a share written in words retold as another (one in three → forty per cent)", () => {
    const ds = drift([
      article("early", "River Herald", "2021-03-01", body(`${FLOOD} One in three river ferries could stop running by next winter, the board warned.`, FILLER[0]!)),
      article("late", "Valley Post", "2021-03-02", body(FILLER[1]!, `${FLOOD} Forty per cent of river ferries could stop running by next winter, the Herald reported.`)),
    ]);
    expect(ds.filter((d) => d.type === "number_drift").map((d) => d.type === "number_drift" && [d.earlier.span.text, d.later.span.text])).toEqual([["One in three", "Forty per"]]);
  });

  it("finds a zero added to the one figure of a counted thing in a retold statement (3 million passengers → 30 million)", () => {
    const ds = drift([
      article("early", "River Herald", "2021-03-01", body(`${FLOOD} The board said 3 million passengers used the river ferries last year.`, FILLER[0]!)),
      article("late", "Valley Post", "2021-03-02", body(FILLER[1]!, `${FLOOD} Some 30 million passengers used the river ferries last year, the paper said.`)),
    ]);
    expect(ds.filter((d) => d.type === "number_drift").map((d) => d.type === "number_drift" && [d.earlier.span.text, d.later.span.text])).toEqual([["3 million passengers", "Some 30 million passengers"]]);
  });

  it("finds a Dutch figure retold ten times larger, thousands grouped with a dot (1.400 → 14.000)", () => {
    const dutch = (a: CleanArticle): CleanArticle => ({ ...a, meta: { ...a.meta, language: "nl" } });
    const story = (n: string) => `De gemeente Veenoord meldde dinsdag dat ruim ${n} woningen in de wijk Zuiderhaven last hebben van verzakking door de droge zomer. Het herstel van de funderingen duurt volgens de wethouder zeker tien jaar. Bewoners kunnen zich vanaf maandag melden bij het loket in het stadhuis van Veenoord.`;
    const ds = drift([
      dutch(article("early", "Veenoord Dagblad", "2021-03-01", body(story("1.400"), FILLER[0]!))),
      dutch(article("late", "Kustkrant", "2021-03-02", body(FILLER[1]!, story("14.000")))),
    ]);
    expect(ds.filter((d) => d.type === "number_drift").map((d) => d.type === "number_drift" && [d.earlier.value, d.later.value])).toEqual([[1400, 14000]]);
  });

  it("finds no number drift where a figure is retold in another language with its noun translated (12.500 Parkplätze → 12,500 parking spaces)", () => {
    const lang = (a: CleanArticle, language: string): CleanArticle => ({ ...a, meta: { ...a.meta, language } });
    const ds = drift(
      [
        lang(article("early", "Talheimer Bote", "2021-03-01", body("Die Stadt Talheim will nach Plänen von Bürgermeisterin Jana Oberle rund 12.500 Parkplätze in der Innenstadt abschaffen.", "Der Gemeinderat berät am Montag über den Plan.")), "de"),
        lang(article("late", "Valley Post", "2021-03-02", body("Talheim mayor Jana Oberle plans to scrap around 12,500 parking spaces in the town centre, according to the Talheimer Bote.", FILLER[1]!), true), "en"),
      ],
      { late: { cites: [{ phrase: "according to the Talheimer Bote", outlet: "Talheimer Bote", article: "early" }] } },
    );
    expect(ds.filter((d) => d.type === "number_drift")).toEqual([]);
  });

  it("pairs only close values where a statement counts one thing twice ('10 percent' beside '81 percent' stay apart)", () => {
    const ds = drift([
      article("early", "River Herald", "2021-03-01", body(`${FLOOD} Of 200 homes, 10 homes were lost and 81 homes flooded, the survey found.`, FILLER[0]!)),
      article("late", "Valley Post", "2021-03-02", body(FILLER[1]!, `${FLOOD} Of 200 homes, 81 homes flooded and 10 homes were lost, the survey found.`)),
    ]);
    expect(ds.filter((d) => d.type === "number_drift")).toEqual([]);
  });

  it.each([
    ["a rounding word before a bare figure", "It is thought that 1,500 residents were still in the area on Monday.", "It is thought that around 1,500 residents were still in the area on Monday."],
    ["a noun read on one side only", "It is thought that 1,500 were still in the area on Monday.", "It is thought that 1,500 residents were still in the area on Monday."],
    ["a unit written short", "Turnout reached 64 per cent of the residents on Monday.", "Turnout reached 64 percent of the residents on Monday."],
  ])("finds no number drift where the same figure is restated with %s", (_name, early, late) => {
    const ds = drift([
      article("early", "River Herald", "2021-03-01", body(`${FLOOD} ${early}`, FILLER[0]!)),
      article("late", "Valley Post", "2021-03-02", body(FILLER[1]!, `${FLOOD} ${late}`)),
    ]);
    expect(ds.filter((d) => d.type === "number_drift")).toEqual([]);
  });

  it.each([
    ["a report named as a thing ('a post from X'): what came before it is not X's", "The levee story was shared widely on social networks, often as a screenshot of a post from the River Herald.", "a post from the River Herald", "reported_by" as const],
    ["a relative clause describing the outlet credited", "The levee story was first published by the River Herald, which describes itself on its website as a gazette of harmless gossip.", "published by the River Herald", "reported_by" as const],
    ["another credit in the same sentence", "The levee held through the night, the River Herald reported, echoing the Lowland News Agency and its usual sources.", "the River Herald reported", "reported" as const],
  ])("does not charge %s as unsupported", (_what, sentence, phrase, frame) => {
    const cites = [{ phrase, outlet: "River Herald", article: "report", frame }, ...(frame === "reported" ? [{ phrase: "echoing the Lowland News Agency and its usual sources", outlet: "Lowland News Agency", frame: "citing" as const }] : [])];
    const ds = drift(
      [
        article("report", "River Herald", "2021-03-01", body(FLOOD, "The levee held through the night.", FILLER[0]!)),
        article("later", "Valley Post", "2021-03-04", body(FILLER[1]!, sentence)),
      ],
      { later: { cites } },
    );
    expect(ds.filter((d) => d.type === "unsupported_attribution")).toEqual([]);
  });

  // A probe case's "La Prensa de Valbruna publicó el martes una entrevista con el alcalde" charged the paper with
  // "el martes una entrevista con el alcalde", an event it published and no proposition.
  it.each([
    ["The River Herald published a long interview with the harbour master on Friday.", "The River Herald published", []],
    ["El River Herald publicó el viernes una larga entrevista con la capitana del puerto.", "El River Herald publicó", []],
    ["The River Herald published on Friday that a dam had collapsed upstream overnight.", "The River Herald published", ["a dam had collapsed upstream overnight."]],
  ])("charges what follows a verb of publishing only where it is a clause: %j", (sentence, phrase, charged) => {
    const ds = drift(
      [
        article("report", "River Herald", "2021-03-01", body(FLOOD, FILLER[0]!)),
        article("later", "Valley Post", "2021-03-04", body(FILLER[1]!, sentence)),
      ],
      { later: { cites: [{ phrase, outlet: "River Herald", article: "report", frame: "reported" }] } },
    );
    expect(ds.flatMap((d) => (d.type === "unsupported_attribution" ? [d.clause.text] : []))).toEqual(charged);
  });

  it("does not charge a lead-in of three content words as unsupported by the report it credits", () => {
    const ds = drift(
      [
        article("report", "River Herald", "2021-03-01", body(FLOOD, FILLER[0]!)),
        article("later", "Valley Post", "2021-03-04", body(FILLER[1]!, "To address these concerns directly, the River Herald reported.")),
      ],
      { later: { cites: [{ phrase: "the River Herald reported", outlet: "River Herald", article: "report" }] } },
    );
    expect(ds.filter((d) => d.type === "unsupported_attribution")).toEqual([]);
  });

  it("finds a statement credited to a named source that the later article gives to someone else", () => {
    const hand: Record<string, HandReading> = {
      early: { sources: [{ name: "Anna Berg", type: "named", names: ["Anna Berg"] }] },
      late: { sources: [{ name: "local officials", type: "anonymous", names: ["Local officials"] }] },
    };
    const ds = drift(
      [
        article("early", "River Herald", "2021-03-01", body(FLOOD, "The eastern levee had cracked in three places, according to Anna Berg, an engineer.", FILLER[0]!)),
        article("late", "Valley Post", "2021-03-02", body(FLOOD, "Local officials said the eastern levee was cracked.", FILLER[1]!)),
      ],
      hand,
    );
    expect(ds.filter((d) => d.type === "attribution_drift")).toMatchObject([{ articles: ["late", "early"], earlierSource: "source:anna-berg", laterSource: "source:local-officials" }]);
  });

  it("finds no re-crediting between two statements that share only the words of a title ('Environment Minister' / 'Environment Ministry')", () => {
    const hand: Record<string, HandReading> = {
      early: { sources: [{ name: "Tom Lind", type: "named", names: ["Tom Lind"] }] },
      late: { sources: [{ name: "Dragan Selo", type: "named", names: ["Dragan Selo"], role: "Environment Minister" }] },
    };
    const ds = drift(
      [
        article("early", "River Herald", "2021-03-01", body(FLOOD, "Tom Lind said the town would ask the Environment Ministry for emergency funding.", FILLER[0]!)),
        article("late", "Valley Post", "2021-03-02", body(FLOOD, "Environment Minister Dragan Selo said on social media that his ministry was ready to help.", FILLER[1]!)),
      ],
      hand,
    );
    expect(ds.filter((d) => d.type === "attribution_drift")).toEqual([]);
  });

  it("finds a credit dropped inside copied text: reported speech retold as the writer's own words, not a mere mention of the person", () => {
    const hand: Record<string, HandReading> = { early: { sources: [{ name: "Anna Berg", type: "named", names: ["Anna Berg"] }] } };
    const make = (credited: string, retold: string) =>
      drift(
        [
          article("early", "River Herald", "2021-03-01", body(`${FLOOD} ${credited}`, FILLER[0]!)),
          article("late", "Valley Post", "2021-03-02", body(`${FLOOD} ${retold}`, FILLER[1]!)),
        ],
        hand,
      ).filter((d) => d.type === "attribution_drift");
    const retold = "The eastern levee had cracked in three places during the night and the pumps failed before dawn.";
    expect(make(`Anna Berg, the river engineer, said that the eastern levee had cracked in three places during the night and the pumps failed before dawn.`, retold)).toMatchObject([
      { articles: ["late", "early"], earlierSource: "source:anna-berg", laterSource: "none" },
    ]);
    expect(make(`Photos sent by Anna Berg show the eastern levee had cracked in three places during the night and the pumps failed before dawn.`, retold)).toEqual([]);
  });

  it("finds a clause credited to a cited article that the article does not support, and not one it does", () => {
    const cite = { phrase: "the River Herald reported", outlet: "River Herald", article: "early" };
    const make = (claim: string) =>
      drift([
        article("early", "River Herald", "2021-03-01", body(FLOOD, FILLER[0]!)),
        article("late", "Valley Post", "2021-03-02", body(`${claim}, the River Herald reported.`, FILLER[1]!)),
      ], { late: { cites: [cite] } }).filter((d) => d.type === "unsupported_attribution");
    expect(make("The lower town was flooded after midnight, which was caused by a dam collapse upstream")).toMatchObject([{ articles: ["late", "early"], clause: { text: "which was caused by a dam collapse upstream" } }]);
    expect(make("The swollen river reached the lower town after midnight")).toEqual([]);
  });

  it("does not charge a credit to an article in another language, even one read with the English rules for want of its own", () => {
    // A Swahili article (no reading rules of its own: read with the English ones) cannot show what it does not say in English words.
    const swahili = { ...article("early", "Pwani Leo", "2021-03-01", body("Maji ya mto yalifika mji wa chini usiku wa manane, na familia mia mbili ziliondoka.", FILLER[0]!)) };
    const withLanguage: CleanArticle = { ...swahili, meta: { ...swahili.meta, language: "sw" } };
    const cite = { phrase: "Pwani Leo reported", outlet: "Pwani Leo", article: "early" };
    const ds = drift([withLanguage, article("late", "Valley Post", "2021-03-02", body("The swollen river reached the lower town after midnight, the Swahili daily Pwani Leo reported.", FILLER[1]!))], { late: { cites: [cite] } });
    expect(ds.filter((d) => d.type === "unsupported_attribution")).toEqual([]);
  });

  it("does not charge an interview's credit with the description of the person interviewed", () => {
    const cite = { phrase: "was quoted by the River Herald", outlet: "River Herald", article: "early", frame: "told" as const };
    const ds = drift([
      article("early", "River Herald", "2021-03-01", body(FLOOD, FILLER[0]!)),
      article("late", "Valley Post", "2021-03-02", body("Anna Berg, the engineer whose survey prompted the evacuation, was quoted by the River Herald as saying the swollen river reached the lower town after midnight.", FILLER[1]!)),
    ], { late: { cites: [cite] } }).filter((d) => d.type === "unsupported_attribution");
    expect(ds).toEqual([]);
  });

  it("does not charge what became of a story ('appeared in X and was then taken up by …') as what X printed", () => {
    const cite = { phrase: "appeared on Monday in the River Herald", outlet: "River Herald", article: "early", frame: "published_in" as const };
    const ds = drift([
      article("early", "River Herald", "2021-03-01", body(FLOOD, FILLER[0]!)),
      article("late", "Valley Post", "2021-03-02", body("The flood report appeared on Monday in the River Herald and was then copied by several regional websites without checking.", FILLER[1]!)),
    ], { late: { cites: [cite] } }).filter((d) => d.type === "unsupported_attribution");
    expect(ds).toEqual([]);
  });

  it("finds a figure changed inside a passage every article of the case prints (no word of it is rare)", () => {
    const line = (n: string) => `The harbour board has fined ${n} fishing crews over the past three months for net violations, an inspector said. The crews must pay within thirty days or lose their licences for the coming season, the board added in its notice.`;
    const ds = drift([
      article("a", "River Herald", "2021-03-01", body(line("1,200"), FILLER[0]!)),
      article("b", "Valley Post", "2021-03-02", body(line("1,200"), FILLER[1]!)),
      article("c", "Coast Daily", "2021-03-03", body(line("12,000"), FILLER[2]!)),
    ]).filter((d) => d.type === "number_drift");
    expect(ds.map((d) => d.type === "number_drift" && [d.articles[0], d.later.span.text])).toContainEqual(["c", "12,000 fishing crews"]);
  });

  it("finds a figure of one counted thing retold under another form of its noun ('1,200 job cuts' → '1,500 jobs'), and never charges the credit '(via X)' as what X said", () => {
    const cite = { phrase: "(via River Herald)", outlet: "River Herald", article: "early" };
    const ds = drift([
      article("early", "River Herald", "2021-03-01", body("The ferry line is weighing a move of its offices to the coast and about 1,200 job cuts, the board said.", FILLER[0]!)),
      article("late", "Valley Post", "2021-03-02", body("The ferry line will axe 1,500 jobs and move its offices to the coast, the board has confirmed (via River Herald).", FILLER[1]!)),
    ], { late: { cites: [cite] } });
    expect(ds.filter((d) => d.type === "number_drift").map((d) => d.type === "number_drift" && [d.earlier.span.text, d.later.span.text])).toEqual([["about 1,200 job cuts", "1,500 jobs"]]);
    expect(ds.filter((d) => d.type === "unsupported_attribution").map((d) => d.type === "unsupported_attribution" && d.clause.text)).not.toContain("via River Herald");
  });

  it("does not charge the words that frame a credit ('said in a statement on Tuesday that …') as what the outlet said", () => {
    const cite = { phrase: "The River Herald said", outlet: "River Herald", article: "early", frame: "said" as const };
    const ds = drift([
      article("early", "River Herald", "2021-03-01", body(FLOOD, FILLER[0]!)),
      article("late", "Valley Post", "2021-03-02", body("The River Herald said in a statement published on Wednesday evening that water reached the lower town.", FILLER[1]!)),
    ], { late: { cites: [cite] } }).filter((d) => d.type === "unsupported_attribution");
    expect(ds).toEqual([]);
  });

  it.each(REPORT_ANAPHORA.map((a) => [a] as const))("reads the sentence after a bare credit when it opens with '%s'", (opening) => {
    const cite = { phrase: "in line with a report of the River Herald", outlet: "River Herald", article: "early" };
    const next = opening.charAt(0).toUpperCase() + opening.slice(1);
    const ds = drift(
      [
        article("early", "River Herald", "2021-03-01", body(FLOOD, FILLER[0]!)),
        article("late", "Valley Post", "2021-03-02", body(`This is in line with a report of the River Herald. ${next}, published on Monday, says the flooding was caused by a dam collapse upstream.`, FILLER[1]!)),
      ],
      { late: { cites: [cite] } },
    ).filter((d) => d.type === "unsupported_attribution");
    expect(ds).toHaveLength(1);
    expect(ds[0]!.type === "unsupported_attribution" && ds[0]!.clause.text).toContain("dam collapse");
  });
});

describe("quantities", () => {
  const read = (text: string) => quantities("x", text, [{ start: 0, end: text.length, text }]);
  it.each([
    ["A 14-page spread ran on Friday.", 14, "page"],
    ["Sie verloren 12 Prozent an Gewicht.", 12, "percent"],
    ["Ne usavano 35 grammi al giorno.", 35, "gram"],
    ["Il archivio ha 1.500 immagini.", 1500, "photo"],
    ["The archive holds 1,500 photos.", 1500, "photo"],
    ["ارتفعت الأسعار بنسبة ٣٥% هذا العام.", 35, "percent"],
  ] as const)("reads %s", (text, value, unit) => {
    expect(read(text)).toMatchObject([{ value, unit }]);
  });
  it("reads what a figure is of: a speed, or the period it is counted over (not for a share)", () => {
    expect(read("The ferries ran 10 percent faster.")).toMatchObject([{ rate: true }]);
    expect(read("They used 35 grams of salt a month.")).toMatchObject([{ rate: false, period: "per month" }]);
    expect(read("Loaves with 72 percent rye, baked daily.")[0]!.period).toBeUndefined();
  });
  it("leaves out years and small counts", () => {
    expect(read("In 2015 they ate 5 grams.")).toEqual([]);
  });
});

describe("findDrift on a case analysed again (a pair's drift kept between runs)", () => {
  const hand: Record<string, HandReading> = {
    early: { sources: [{ name: "Anna Berg", type: "named", names: ["Anna Berg"] }] },
    late: { sources: [{ name: "local officials", type: "anonymous", names: ["Local officials"] }] },
  };
  const early = article("early", "River Herald", "2021-03-01", body(FLOOD, "The eastern levee had cracked in three places, according to Anna Berg, an engineer.", FILLER[0]!));
  const late = article("late", "Valley Post", "2021-03-02", body(FLOOD, "Local officials said the eastern levee was cracked.", FILLER[1]!));
  const unrelated = article("weather", "Hill Gazette", "2021-03-03", body(FILLER[2]!, "The council will meet again on Thursday to plan the repairs of the road."));
  // Two more articles that print the levee's words: they are no longer rare in the case, and the re-credit is no longer shown.
  const levee = (id: string, day: number) => article(id, `Plain Courier ${day}`, `2021-03-0${day}`, body(FILLER[0]!, `Farmers walked along the eastern levee, which had cracked after the storm, on day ${day}.`));
  const moved = (ds: ReturnType<typeof findDrift>) => ds.filter((d) => d.type === "attribution_drift");

  it("gives after each change the drift of a run from nothing, keeping a pair's drift only while what it rests on holds", () => {
    const memo = new ResultMemo();
    const run = (articles: CleanArticle[], readings = hand) => {
      memo.nextGeneration();
      const carried = withMemo(memo, () => drift(articles, readings));
      expect(carried).toEqual(drift(articles, readings));
      return carried;
    };
    const first = moved(run([early, late]));
    expect(first).toMatchObject([{ articles: ["late", "early"], earlierSource: "source:anna-berg" }]);
    // An unrelated article: the pair's drift is the one kept (the same object), though every word weight moved.
    const kept = moved(run([early, late, unrelated]));
    expect(kept[0]).toBe(first[0]);
    // Its shared words are no longer rare: computed again, and gone.
    expect(moved(run([early, late, unrelated, levee("farm-a", 4), levee("farm-b", 5)]))).toEqual([]);
    // And back when those articles leave.
    expect(moved(run([early, late, unrelated]))).toMatchObject([{ articles: ["late", "early"], earlierSource: "source:anna-berg" }]);
    // The same texts read otherwise (the later article now credits Anna Berg too): computed again, and gone.
    expect(moved(run([early, late, unrelated], { ...hand, late: { sources: [{ name: "Anna Berg", type: "named", names: ["Local officials"] }] } }))).toEqual([]);
  });

  it("gives the drift of a run from nothing after random additions and removals (word frequencies carried from run to run)", () => {
    // A second article with the late one's body: a body counted twice, then once, then not at all.
    const twin = { ...late, meta: { ...late.meta, id: "late-twin", outlet: "Lake Times" } };
    const all = [early, late, unrelated, levee("farm-a", 4), levee("farm-b", 5), levee("farm-c", 6), twin];
    for (const seed of [1, 2, 3]) {
      const random = rng(seed);
      const memo = new ResultMemo();
      let chosen = all.filter(() => random() < 0.5);
      for (let step = 0; step < 15; step++) {
        memo.nextGeneration();
        expect(withMemo(memo, () => drift(chosen, hand))).toEqual(drift(chosen, hand));
        const toggled = all[Math.floor(random() * all.length)]!;
        chosen = chosen.includes(toggled) ? chosen.filter((a) => a !== toggled) : [...chosen, toggled];
      }
    }
  });
});
