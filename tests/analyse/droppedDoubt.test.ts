// A doubt dropped on the way: a press release that says a remedy "may ease" an illness, and an outlet citing or copying
// it that says the remedy "cures" it, were one claim with no finding (issue 11's laundering of the doubt). The
// article's own possibility words are read per language (stance/<lang>.ts `possibility`), and a re-report that states
// the claim without them is a `laundering` finding naming both sentences and the words dropped. A possibility inside a
// quotation, a negated or conditional sentence, "May" as a month or a name, and a doubt dropped between statements that
// tell different things are no doubt dropped. Own invented stories.
import { describe, expect, it } from "vitest";
import { ownPossibilityWords, possibilityWords, underCondition } from "../../src/analyse/possibility.ts";
import { STANCE_WORDS } from "../../src/analyse/stance.ts";
import type { Finding } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const languages = Object.values(STANCE_WORDS);

describe("possibility words, per language", () => {
  it("covers at least en, fr, de, es, it, pt, nl and pl", () => {
    const covered = languages.filter((w) => (w.possibility ?? []).length > 0).map((w) => w.language);
    expect(covered).toEqual(expect.arrayContaining(["en", "fr", "de", "es", "it", "pt", "nl", "pl"]));
  });

  const cues = languages.flatMap((w) => (w.possibility ?? []).map((c) => [w.language, c.cue, c.example] as const));
  it.each(cues)("%s possibility /%s/ is the article's own doubt in: %s", (language, cue, example) => {
    const own = ownPossibilityWords(example, language);
    // The entry itself matches there, not only another cue of the list (a cue may look ahead past its words).
    expect(own.some((h) => new RegExp(`^(?:${cue})`, "iu").test(example.slice(h.start)))).toBe(true);
  });

  it.each(cues)("%s possibility /%s/ inside a quotation is the speaker's: %s", (language, _cue, example) => {
    const quoted = `“${example}”`;
    expect(possibilityWords(quoted, language).length).toBeGreaterThan(0);
    expect(ownPossibilityWords(quoted, language)).toEqual([]);
    // The same, where the reading gives the quotation's span (a quotation across sentences has no marks at both ends).
    expect(ownPossibilityWords(example, language, [{ start: 0, end: example.length }])).toEqual([]);
  });

  const conditions = languages.flatMap((w) => (w.condition ?? []).map((c) => [w.language, c.cue, c.example] as const));
  it.each(conditions)("%s condition /%s/ makes the possibility the condition's: %s", (language, _cue, example) => {
    expect(underCondition(example, language)).toBe(true);
    expect(possibilityWords(example, language).length).toBeGreaterThan(0);
    expect(ownPossibilityWords(example, language)).toEqual([]);
  });

  it.each([
    ["en", "Coffee with burdock extract may ease migraine.", "may"],
    ["en", "May coffee with burdock extract ease migraine for good?", "May"],
    // "si" is a condition only at a clause's start: here it is "so".
    ["fr", "Le café à la bardane est si amer qu'il pourrait décourager les patients.", "pourrait"],
    ["pt", "O café pode aliviar a dor que se manifesta de manhã.", "pode"],
  ])("%s: the article's own doubt in %j", (language, sentence, word) => {
    expect(ownPossibilityWords(sentence, language).map((w) => w.text)).toContain(word);
  });

  it.each([
    ["en", "The coffee went on sale in May 2024."],
    ["en", "Residents could see the smoke from the harbour."],
    ["en", "The council will mend the bridge as soon as possible."],
    ["en", "The mayor suggested a new bridge over the river."],
    ["de", "Die Sonne scheint über dem Hafen von Nordfeld."],
    ["en", "Trials ended in May in three towns."],
    ["en", "Minister Grace May says the coffee cures migraine."],
    ["en", "May 12 was the last day of the trial."],
    ["en", "Coffee with burdock extract may not ease migraine."],
    ["en", "There is no sign that the coffee could ease migraine."],
    ["en", "The coffee cures migraine, unless it is drunk cold, which might spoil it."],
    ["fr", "Le café à la bardane ne pourrait pas soulager la migraine."],
    ["fr", "L'extrait de bardane est vendu en pharmacie."],
    ["fr", "Le portrait du chercheur a été publié."],
    ["de", "Kaffee mit Klettenextrakt kann Migräne nicht lindern."],
    ["pl", "Kawa z ekstraktem z łopianu nie może leczyć migreny."],
    ["es", "El café con bardana no puede curar la migraña."],
    ["pt", "Se o ensaio se confirmar, o café pode aliviar a enxaqueca."],
  ])("%s: no doubt of the article's own in %j", (language, sentence) => {
    expect(ownPossibilityWords(sentence, language)).toEqual([]);
  });
});

function article(id: string, language: string, outlet: string, published: string, body: string): string {
  return `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: ${language}\n---\n${body}\n`;
}

async function read(files: Record<string, string>): Promise<{ stances: string[]; laundering: Finding[] }> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  const stances = graph
    .filterEdges((_e, a) => a.kind === "asserts")
    .map((e) => {
      const a = graph.getEdgeAttributes(e);
      return `${graph.source(e)}:${a.kind === "asserts" ? a.stance : ""}`;
    })
    .sort();
  return { stances, laundering: graph.getAttribute("findings").filter((f) => f.type === "laundering") };
}

const EN_RELEASE = "Coffee with burdock extract may ease migraine. Researchers from Alder Vale tested it on a group of 120 volunteers. The number of headache days fell by 30 percent.";
const EN_HYPE = "Coffee with burdock extract cures migraine, according to Northfield University. Researchers from Alder Vale tested it on a group of volunteers and as many as 300 people got rid of their headaches.";

describe("a re-report that drops the doubt its source had", () => {
  it("en: the release's 'may ease' cited as 'cures' is laundering of the doubt, on both sentences", async () => {
    const { stances, laundering } = await read({
      "release.txt": article("release", "en", "Northfield University", "2025-03-10", EN_RELEASE),
      "flash.txt": article("flash", "en", "Daily Spark", "2025-03-12", EN_HYPE),
    });
    expect(laundering).toHaveLength(1);
    const f = laundering[0] as Finding;
    expect([...f.articles].sort()).toEqual(["flash", "release"]);
    expect(f.explanation).toContain('Northfield University (10 Mar 2025) wrote "Coffee with burdock extract may ease migraine."');
    expect(f.explanation).toContain('Daily Spark (12 Mar 2025), citing Northfield University (10 Mar 2025), writes "Coffee with burdock extract cures migraine');
    expect(f.explanation).toContain('the doubt ("may") was dropped');
    expect(f.evidence.map((e) => [e.article, e.text])).toEqual([
      ["release", "Coffee with burdock extract may ease migraine."],
      ["flash", "Coffee with burdock extract cures migraine, according to Northfield University."],
    ]);
    expect(f.edges?.length).toBeGreaterThan(0);
    // A possibility told as news is presented as true (README, Stance): the release keeps its side; the finding tells the doubt.
    expect(stances).toContain("release:true");
    expect(stances).toContain("flash:true");
  });

  it("en: a copy that drops 'could' and 'preliminary'", async () => {
    const { laundering } = await read({
      "lab.txt": article("lab", "en", "Brackwater Institute", "2025-04-01", "Preliminary results suggest that sea buckthorn tea could lower blood pressure in older adults. The team gave the tea to 80 pensioners in Ostmoor for six weeks."),
      "copy.txt": article("copy", "en", "Health Buzz", "2025-04-03", "Sea buckthorn tea lowers blood pressure in older adults. The team gave the tea to 80 pensioners in Ostmoor for six weeks and the results were clear."),
    });
    expect(laundering).toHaveLength(1);
    expect(laundering[0]?.explanation).toMatch(/Health Buzz \(3 Apr 2025\), (?:copying|taking it from|quoting) Brackwater Institute/);
    expect(laundering[0]?.explanation).toContain('"preliminary", "suggest" and "could"');
  });

  // The credit stands in the second sentence: a Polish or French lead with a credit clause inside it is not yet grouped
  // with the release's lead (claim grouping, not this finding).
  it("pl: 'może łagodzić' credited with 'jak podaje X' as 'leczy'", async () => {
    const { laundering } = await read({
      "up.txt": article("up", "pl", "Uniwersytet Nadmorski", "2025-03-10", "Kawa z ekstraktem z łopianu może łagodzić migrenę. Badacze z Olszyny Dolnej sprawdzili to na grupie 120 ochotników. Liczba dni z bólem głowy spadła o 30 procent."),
      "blysk.txt": article("blysk", "pl", "Wieści Teraz", "2025-03-12", "Kawa z ekstraktem z łopianu leczy migrenę. Badacze z Olszyny Dolnej sprawdzili to na grupie ochotników i aż 300 osób pozbyło się bólu głowy, jak podaje Uniwersytet Nadmorski."),
    });
    expect(laundering).toHaveLength(1);
    expect(laundering[0]?.explanation).toContain('the doubt ("może") was dropped');
  });

  it("fr: 'pourrait soulager' cited as 'guérit'", async () => {
    const { laundering } = await read({
      "labo.txt": article("labo", "fr", "Université de Valmont", "2025-03-10", "Le café à l'extrait de bardane pourrait soulager la migraine. Des chercheurs de Valmont ont testé ce café sur un groupe de 120 volontaires."),
      "buzz.txt": article("buzz", "fr", "Flash Matin", "2025-03-12", "Le café à l'extrait de bardane guérit la migraine. Des chercheurs l'ont testé sur des volontaires et 300 personnes n'ont plus mal à la tête, selon l'Université de Valmont."),
    });
    expect(laundering).toHaveLength(1);
    expect(laundering[0]?.explanation).toContain('the doubt ("pourrait") was dropped');
  });

  it("de: 'könnte lindern' cited as 'heilt'", async () => {
    const { laundering } = await read({
      "uni.txt": article("uni", "de", "Universität Nordfeld", "2025-03-10", "Kaffee mit Klettenextrakt könnte Migräne lindern. Forscher aus Nordfeld haben ihn an 120 Freiwilligen getestet."),
      "blatt.txt": article("blatt", "de", "Blitz Kurier", "2025-03-12", "Kaffee mit Klettenextrakt heilt Migräne, wie die Universität Nordfeld berichtet. Forscher haben ihn an Freiwilligen getestet und 300 Menschen sind ihre Kopfschmerzen los."),
    });
    expect(laundering).toHaveLength(1);
    expect(laundering[0]?.explanation).toContain('the doubt ("könnte") was dropped');
  });
});

describe("no doubt dropped where the source had none of its own", () => {
  const CUP_HYPE = "Coffee with burdock extract cures migraine in adults who drink two cups a day, according to Northfield University. Researchers from Alder Vale tested it on a group of volunteers.";
  const withRelease = (body: string, hype = CUP_HYPE) => ({
    "release.txt": article("release", "en", "Northfield University", "2025-03-10", `${body} Researchers from Alder Vale tested it on a group of 120 volunteers.`),
    "flash.txt": article("flash", "en", "Daily Spark", "2025-03-12", hype),
  });

  it("control: the same release in its own words is a doubt dropped", async () => {
    const { laundering } = await read(withRelease("Coffee with burdock extract may ease migraine in adults who drink two cups a day."));
    expect(laundering.map((f) => f.articles.length)).toEqual([2]);
  });

  it.each([
    // The doubt is the researcher's, in her quotation: the article passes it on as said.
    ['"Coffee with burdock extract may ease migraine in adults who drink two cups a day," said the lead researcher, Dr Ilse Varga.'],
    // Under a condition.
    ["If the results hold, coffee with burdock extract may ease migraine in adults who drink two cups a day."],
    ["Coffee with burdock extract may ease migraine in adults who drink two cups a day if the results hold."],
  ])("%s", async (body) => {
    const { laundering } = await read(withRelease(body));
    expect(laundering).toEqual([]);
  });

  it("a month is no doubt", async () => {
    const { laundering } = await read(
      withRelease(
        "In May, coffee with burdock extract eased migraine in adults who drank two cups a day.",
        "Coffee with burdock extract eased migraine in adults who drank two cups a day, according to Northfield University. Researchers from Alder Vale tested it on a group of volunteers.",
      ),
    );
    expect(laundering).toEqual([]);
  });

  it("the re-report prints the doubt in a quotation of its own: not dropped", async () => {
    const { laundering } = await read(
      withRelease("Coffee with burdock extract may ease migraine in adults who drink two cups a day.", `${CUP_HYPE} "It may ease migraine," the university says.`),
    );
    expect(laundering).toEqual([]);
  });

  it("statements of one story that tell different things: no doubt dropped between them", async () => {
    const { laundering } = await read({
      "release.txt": article("release", "en", "Northfield University", "2025-03-10", "Researchers from Alder Vale may have found a remedy for migraine in burdock. They tested coffee with burdock extract on a group of 120 volunteers."),
      "flash.txt": article("flash", "en", "Daily Spark", "2025-03-12", "Coffee with burdock extract is sold in Alder Vale shops, according to Northfield University. Researchers from Alder Vale tested coffee with burdock extract on a group of 120 volunteers."),
    });
    expect(laundering).toEqual([]);
  });
});
