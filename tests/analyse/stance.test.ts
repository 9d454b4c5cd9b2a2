/** Stance: every cue of every language catches its own sentence, plain sentences carry none, and each failure class of reading a side is pinned with a short text. */
import { describe, expect, it } from "vitest";
import { debunkCues, isDebunkClaim, negationCues, readStance, STANCE_WORDS, type StanceArticle } from "../../src/analyse/stance.ts";
import type { ClaimAnalysis } from "../../src/analyse/types.ts";
import type { AssertsEdgeAttrs, ClaimNodeAttrs } from "../../src/graph/types.ts";
import { reportHtml, reportMarkdown } from "../../src/export/report.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";
import { stanceArticle } from "./stanceArticle.ts";

const languages = Object.values(STANCE_WORDS);

describe("stance words, per language", () => {
  it("covers the languages of the development set and more", () => {
    expect(Object.keys(STANCE_WORDS).sort()).toEqual(["af", "ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "he", "hi", "hr", "hu", "id", "is", "it", "ja", "ko", "lt", "lv", "mk", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sv", "sw", "th", "tr", "uk", "ur", "vi", "zh"]);
  });

  const cues = languages.flatMap((w) => w.debunk.map((c) => [w.language, c.cue, c.example] as const));
  it.each(cues)("%s debunk cue /%s/ catches: %s", (language, cue, example) => {
    const hits = debunkCues(example, language);
    expect(hits.length).toBeGreaterThan(0);
    // The entry itself matches, not only another cue of the list.
    expect(hits.some((h) => new RegExp(`^(?:${cue})`, "iu").test(example.slice(h.start)))).toBe(true);
  });

  const negations = languages.flatMap((w) => w.negation.map((c) => [w.language, c.cue, c.example] as const));
  it.each(negations)("%s negation /%s/ catches: %s", (language, cue, example) => {
    expect(negationCues(example, language).some((h) => new RegExp(`^(?:${cue})$`, "iu").test(h.text))).toBe(true);
  });

  const corrections = languages.flatMap((w) => (w.correction ?? []).map((c) => [w.language, c.cue, c.example] as const));
  it.each(corrections)("%s correction /%s/ makes what it opens true under a debunk's headline: %s", (language, _cue, example) => {
    const statement = { start: 0, end: example.length, text: example };
    const reading = readStance({ language, title: "Fact check: the viral post is false", sentences: [statement] }, { statements: [statement], debunk: false, negated: false, wording: example });
    expect([reading.stance, reading.rule]).toEqual(["true", "stance.corrects"]);
  });

  const plain = languages.flatMap((w) => w.plain.map((p) => [w.language, p] as const));
  it.each(plain)("%s: no debunk cue in the plain statement %s", (language, sentence) => {
    expect(debunkCues(sentence, language)).toEqual([]);
  });

  it("reads English loanwords in other languages, and keeps cues inside words apart where words are spaced", () => {
    expect(debunkCues("Die Brücken-Lüge: eine Fake-Meldung ging um die Welt", "de").map((h) => h.text.toLowerCase())).toEqual(["lüge", "fake"]);
    // "sham" inside "Shamrock", "fake" inside "fakel": not words of their own.
    expect(debunkCues("The Shamrock Rovers won again.", "en")).toEqual([]);
  });

  it("lets a negation in the same phrase cancel a cue ('no joke'), but not one across a comma", () => {
    expect(debunkCues("This is no joke: walnuts help you sleep.", "en")).toEqual([]);
    expect(debunkCues("He does not believe, that fakes swayed the vote.", "en").map((h) => h.text)).toEqual(["fakes"]);
  });
});

/** One article: its sentences laid out one after another, the claim's statements picked by index. */
function article(sentences: string[], title?: string, language = "en"): StanceArticle & { spans: { start: number; end: number; text: string }[] } {
  return stanceArticle(sentences, { language, ...(title ? { title } : {}) });
}

const plainClaim = { debunk: false, negated: false };

describe("readStance", () => {
  it.each([
    ["The quay reopened in May and no worker was hurt, the port said.", "The quay reopened in May", "true"],
    ["No, the quay has NOT reopened in May, the port said.", "The quay reopened in May", "false"],
  ])("reads a negation in a lead statement as a denial only where it negates what the claim says: %j", (text, wording, stance) => {
    const a = article([text]);
    expect(readStance(a, { ...plainClaim, wording, statements: [a.spans[0] as never] }).stance).toBe(stance);
  });

  it("reads the claim's own sentence with a negation anywhere in the body as saying the opposite, not a 'not' about something else", () => {
    const lead = ["The study of 4,000 adults was published on Monday.", "Researchers followed them for ten years.", "Most ate nuts twice a week."];
    const denied = article([...lead, "“Walnuts are not a medicine for the heart, but they may help,” the lead researcher said."]);
    const wording = "Walnuts are a medicine for the heart";
    expect(readStance(denied, { ...plainClaim, wording, statements: [denied.spans[3] as never] })).toMatchObject({ stance: "false", rule: "stance.negates_restated" });
    const other = article([...lead, "Walnuts are a medicine for the heart, said a doctor who was not part of the study."]);
    expect(readStance(other, { ...plainClaim, wording, statements: [other.spans[3] as never] }).stance).toBe("true");
  });

  it("reads every claim of a page whose site declares itself satire as reported false, on the page's own words", () => {
    const a = { ...article(["The harbour crane fell into the sea on Monday, port officials said."]), satireNotice: "All stories are satire." };
    const r = readStance(a, { ...plainClaim, statements: [a.spans[0] as never] });
    expect(r).toMatchObject({ stance: "false", rule: "stance.declared_satire", evidence: [{ start: -1, end: -1, text: "All stories are satire." }] });
  });

  it("reads a debunk whose headline calls the story a hoax as false, even though its body states the claim", () => {
    const a = article(["The harbour crane fell into the sea on Monday, a viral post said.", "Port officials were at lunch."], "Harbour crane story was a hoax");
    const r = readStance(a, { ...plainClaim, statements: [a.spans[0] as never] });
    expect(r).toMatchObject({ stance: "false", rule: "stance.headline_cue" });
    expect(r.evidence[0]).toMatchObject({ start: -1, text: "hoax" });
  });

  it("reads a cue around the claim's first statement as false, with the cue's offsets in the body", () => {
    const a = article(["Weather report for the week.", "A post claims the harbour crane fell into the sea.", "The photo is fake, the port said.", "More news follows.", "Sports results."]);
    const r = readStance(a, { ...plainClaim, statements: [a.spans[1] as never] });
    expect(r.stance).toBe("false");
    const hit = r.evidence[0];
    expect(hit && (a.spans[2] as { text: string }).text.includes(hit.text)).toBe(true);
    expect(hit?.start).toBe((a.spans[2] as { start: number }).start + "The photo is ".length);
  });

  it("reads a quotation as reported false where the words around it deny it was said, whatever the quotation negates", () => {
    const a = article(["Rating: ALTERED", 'Posts claim the mayor said in 2019, "I will not apologise for closing the harbour."', "She did not say that."]);
    const quoted = { ...plainClaim, negated: true, statements: [a.spans[1] as never] };
    expect(readStance(a, quoted)).toMatchObject({ stance: "false", rule: "stance.misattributed" });
    const plain = article(["Weather report for the week.", "Sports results.", "Traffic news.", 'The mayor said in 2019, "I will not apologise for closing the harbour."', "She did not say when she would reopen it."]);
    expect(readStance(plain, { ...quoted, statements: [plain.spans[3] as never] }).stance).toBe("true");
  });

  it.each([
    ["a hoax quote introduced", ["Weather.", "Sports.", "Traffic.", "The fake story even contained a hoax quote from the mayor.", '"I will not let the harbour close," the mayor was quoted as having said.'], 4],
    ["a quotation only claimed to have been said", ["Weather.", "Sports.", "Traffic.", "The story spread in May.", '"I will not let the harbour close," the mayor was claimed to have said.'], 4],
    ["a statement she supposedly released", ["Weather.", "Sports.", "Traffic.", "The statement the mayor supposedly released reads:", '"I will not let the harbour close."'], 4],
  ])("reads a quotation with a 'not' of its own as reported false where the words around it call the quotation itself fake (%s)", (_, sentences, at) => {
    const a = article(sentences as string[]);
    const quoted = { ...plainClaim, negated: true, statements: [a.spans[at as number] as never] };
    expect(readStance(a, quoted).stance).toBe("false");
  });

  it("keeps a quotation with a 'not' of its own true where it is only reported as said", () => {
    const a = article(["Weather.", "Sports.", "Traffic.", "The mayor spoke to reporters on Monday.", '"I will not let the harbour close," the mayor was quoted as having said.']);
    expect(readStance(a, { ...plainClaim, negated: true, statements: [a.spans[4] as never] }).stance).toBe("true");
  });

  it("keeps a report true when the accused's routine denial of wrongdoing follows it", () => {
    const a = article(["Senator Ada Lind on Tuesday defended her inquiry into the harbour fund, saying lawmakers must ask where the money went.", "The fund's trustees have denied any wrongdoing."]);
    expect(readStance(a, { ...plainClaim, statements: [a.spans[0] as never] }).stance).toBe("true");
    const denied = article(["A post claims the harbour fund lost its money in one night.", "The fund's trustees denied the report."]);
    expect(readStance(denied, { ...plainClaim, statements: [denied.spans[0] as never] }).stance).toBe("false");
  });

  it.each([
    ["tr", "Bakanlık, sosyal medyada yayılan deprem iddialarının gerçeği yansıtmadığını açıkladı."],
    ["uk", "Міністерство оборони заявило, що повідомлення про перекидання військ не відповідає дійсності."],
    ["id", "Badan geologi menyatakan kabar gempa besar pekan depan itu tidak benar."],
    ["pl", "Ministerstwo zdementowało doniesienia o zamknięciu szpitala."],
    ["hi", "मंत्रालय ने टीके की कमी की खबर का खंडन किया।"],
    ["it", "Il sindaco di Valpiana ha convocato i giornalisti per smentire le voci sulla chiusura delle scuole."],
  ])("reads a %s denial in the claim's own sentence as reporting it false", (language, text) => {
    const a = article([text], undefined, language);
    expect(readStance(a, { ...plainClaim, statements: [a.spans[0] as never] }).stance).toBe("false");
  });

  it("keeps a reprint that presents the claim true despite a disclaimer at its foot", () => {
    const a = article([
      "The harbour crane fell into the sea on Monday.",
      "Workers saw the crane tip over at noon.",
      "The crane had been inspected last year.",
      "Divers will lift the crane next week.",
      "Port traffic is slowed.",
      "Shipping lines were told.",
      "The crane cost two million.",
      "Insurers are looking at it.",
      "Engineers say the crane was old.",
      "This site publishes satire and fantasy.",
    ]);
    const statements = [0, 1, 2, 3, 8].map((k) => a.spans[k] as never);
    expect(readStance(a, { ...plainClaim, statements }).stance).toBe("true");
  });

  it("reads a headline that negates the claim as false", () => {
    const a = article(["Readers asked whether the mayor resigned."], "No, the mayor has not resigned");
    const headline = { start: -1, end: -1, text: "No, the mayor has not resigned" };
    expect(readStance(a, { ...plainClaim, statements: [headline] }).stance).toBe("false");
    const b = article(["Readers asked about the mayor."], "The mayor has not resigned");
    expect(readStance(b, { ...plainClaim, statements: [{ start: -1, end: -1, text: "The mayor has not resigned" }] })).toMatchObject({ stance: "false", rule: "stance.negates" });
  });

  it("does not take a negation deep in the body for a denial", () => {
    const a = article(["Lead one.", "Lead two.", "Lead three.", "The mayor resigned, and he did not say why."]);
    expect(readStance(a, { ...plainClaim, statements: [a.spans[3] as never] }).stance).toBe("true");
  });

  it("reads a claim only asked about, in one question, as a mention", () => {
    const a = article(["Did the mayor resign?", "Nobody answered the phone at city hall today."]);
    expect(readStance(a, { ...plainClaim, statements: [a.spans[0] as never] }).stance).toBe("mentions");
  });

  it("presents a claim that is itself a debunk as true", () => {
    const a = article(["The institute behind the study was a sham."], "Chocolate study was a hoax");
    expect(readStance(a, { ...plainClaim, debunk: true, statements: [a.spans[0] as never] })).toMatchObject({ stance: "true", rule: "stance.debunk_claim" });
    expect(isDebunkClaim([{ text: "The study was a hoax.", language: "en" }, { text: "A hoax fooled editors.", language: "en" }], { text: "The study was a hoax.", language: "en" })).toBe(true);
    // A story most articles debunk is still stated plainly by its representative.
    expect(isDebunkClaim([{ text: "A hoax said the mayor resigned.", language: "en" }, { text: "The mayor resigned.", language: "en" }], { text: "The mayor resigned.", language: "en" })).toBe(false);
  });

  it("never gives a debunk claim to an article that states what it calls false in its own words, nor says more than 'mentions'", () => {
    const a = article(["The harbour ferry will stop running in October, the port authority said."]);
    expect(readStance(a, { ...plainClaim, debunk: true, statements: [a.spans[0] as never] })).toMatchObject({ stance: "mentions", rule: "stance.debunk_claim_plain" });
    // A claim about fakes ("Fake accounts …") told without the word is the same claim, not its contradiction.
    const b = article(["Facebook removed five thousand accounts that posted about the harbour vote."]);
    expect(readStance(b, { ...plainClaim, debunk: true, statements: [b.spans[0] as never] }).stance).not.toBe("false");
  });

  it.each([
    ["The ferry union rejects claims that the harbour ferry will stop running in October."],
    ["The port authority dismissed reports that the harbour ferry will stop running in October."],
  ])("reads a rebuttal as reporting the claim false: %s", (sentence) => {
    const a = article([sentence, "Ticket sales were steady in spring."]);
    expect(readStance(a, { ...plainClaim, statements: [a.spans[0] as never] }).stance).toBe("false");
  });

  it("reads cues in the article's language: a Korean satire label, a French 'faux'", () => {
    const ko = article(["풍자 매체가 시장이 사임했다고 보도했다."], undefined, "ko");
    expect(readStance(ko, { ...plainClaim, statements: [ko.spans[0] as never] }).stance).toBe("false");
    const fr = article(["Le maire aurait démissionné.", "C'était un faux."], undefined, "fr");
    expect(readStance(fr, { ...plainClaim, statements: [fr.spans[0] as never] }).stance).toBe("false");
  });
});

describe("stance in the graph", () => {
  it("marks each asserts edge with its side, and counts the first appearance among articles presenting the claim as true", async () => {
    const story = "The city zoo will close its elephant house in June to save money, the zoo director said.";
    const root = await makeCase({
      "check.txt": `---\noutlet: Fact Desk\npublished: 2021-05-01\ntitle: Zoo elephant house closure is a hoax\n---\nA viral post says the city zoo will close its elephant house in June to save money.\n\nThe zoo denied it: the post is fake.\n`,
      "gazette.txt": `---\noutlet: City Gazette\npublished: 2021-05-03\ntitle: Zoo to close elephant house\n---\n${story}\n\nKeepers were told on Friday.\n`,
      "courier.txt": `---\noutlet: Evening Courier\npublished: 2021-05-04\ntitle: Elephant house will close\n---\nThe city zoo will close its elephant house in June to save money, the City Gazette reported.\n\nVisitors were sad.\n`,
    });
    const { graph, claims } = await analyseCaseFolder(root);
    const claim = claims.find((c) => c.articles.length === 3) as ClaimAnalysis;
    expect(claim).toBeDefined();
    expect(claim.reportedFalse).toEqual(["check"]);
    expect(claim.presentedAsTrue).toEqual(["gazette", "courier"]);
    // The fact-check is the earliest article, but it reports the claim false: the claim first appears as true in the Gazette.
    expect(claim.origins).toEqual(["gazette"]);
    const node = graph.getNodeAttributes(claim.key) as ClaimNodeAttrs;
    expect(node).toMatchObject({ main: true, presentedAsTrue: ["gazette", "courier"], reportedFalse: ["check"] });
    const edge = graph.getEdgeAttributes(`check->asserts->${claim.key}`) as AssertsEdgeAttrs;
    expect(edge.stance).toBe("false");
    expect(edge.rule).toBe("stance.headline_cue");
    expect(edge.stanceEvidence?.map((e) => e.text)).toEqual(["hoax"]);
    expect((graph.getEdgeAttributes(`gazette->asserts->${claim.key}`) as AssertsEdgeAttrs).stance).toBe("true");
    // The report shows both sides, and which article took which.
    const md = reportMarkdown(graph);
    expect(md).toContain("2 articles presented it as true, 1 reported it as false (false, doubtful, satire or a hoax).");
    expect(md).toMatch(/Fact Desk, 1 May 2021[^\n]* — reports it as false/);
    expect(md).toMatch(/First presented as true in City Gazette, 3 May 2021/);
    expect(reportHtml(graph)).toContain(`<p class="sides">2 articles presented it as true, 1 reported it as false`);
  });
});

describe("a rebuttal in the graph", () => {
  it.each([
    ["The ferry union rejects claims that the harbour ferry will stop running in October."],
    ["It is false that the harbour ferry will stop running in October. The claim is misleading, the ferry union said."],
  ])("gives the report true and the rebuttal false, never the rebuttal's words to the report: %s", async (rebuttal) => {
    const root = await makeCase({
      "report.txt": `---\noutlet: Harbour Gazette\npublished: 2022-04-01\ntitle: Ferry to stop\n---\nThe harbour ferry will stop running in October, the port authority said in a statement.\n`,
      "union.txt": `---\noutlet: Union News\npublished: 2022-04-02\ntitle: Union answers\n---\n${rebuttal}\n`,
    });
    const { claims } = await analyseCaseFolder(root);
    const claim = claims.find((c) => c.articles.includes("report") && c.articles.includes("union")) as ClaimAnalysis;
    expect(claim).toBeDefined();
    // Labelled by the report, the union reports it false; labelled by the rebuttal, the report only mentions it.
    const rebuttalLabel = /rejects|false/i.test(claim.text);
    expect(claim.presentedAsTrue).toEqual([rebuttalLabel ? "union" : "report"]);
    expect(claim.reportedFalse).toEqual(rebuttalLabel ? [] : ["union"]);
    if (rebuttalLabel) expect(claim.mentionedBy).toEqual(["report"]);
  });
});

describe("a restriction is no denial", () => {
  it("reads French 'ne … que' (only) as no negation, and 'ne … pas' as one", () => {
    expect(negationCues("« Ce n'est qu'un début », a déclaré Hélène Morel.", "fr")).toEqual([]);
    expect(negationCues("Le maire n'a pas démissionné.", "fr").length).toBeGreaterThan(0);
  });

  it("reads a negation in the words that name a source as no denial", () => {
    expect(negationCues("The port will close, an official who asked not to be named said.", "en")).toEqual([]);
    const text = "Le port fermera, a déclaré un responsable qui n'a pas souhaité être nommé.";
    const at = text.indexOf("un responsable");
    expect(negationCues(text, "fr", [{ start: at, end: text.length - 1 }])).toEqual([]);
  });
});

describe("a claim that is itself a denial", () => {
  // A university's statement denying a study was read as reporting its own denial false (its headline said "false
  // claims"), and a fact-check quoting the denial was then charged with laundering it.
  const denial = { debunk: false, negated: true };
  it("is asserted by the article that denies, whatever cues stand around it", () => {
    const a = article(["Posts online claim that our researchers proved that cold tea cures colds.", "The university has not conducted any such study.", "The claim appears to come from a satirical website."], "Statement on false claims about a cold study");
    expect(readStance(a, { ...denial, statements: [a.spans[1] as never] }).stance).toBe("true");
  });
  it("is reported false only by a cue in its own words", () => {
    const a = article(["The claim that the vaccine has not been tested is false, the agency said."]);
    expect(readStance(a, { ...denial, statements: [a.spans[0] as never] })).toMatchObject({ stance: "false", rule: "stance.near_cue" });
  });
  // A probe case's claim was labelled by a quotation two copies shared ("… un lujo que la patria ya no puede pagar"),
  // its "no" making the claim a denial; the fact-check marked "FALSO." was then read as asserting the hoax.
  it("is no denial in an article whose own statement of it negates nothing: its verdict reports it false", () => {
    const a = article(["FALSO.", "Circula una captura según la cual el alcalde prohibió las bicicletas en el puerto."], "Es falso que el alcalde haya prohibido las bicicletas", "es");
    expect(readStance(a, { ...denial, statements: [a.spans[1] as never] })).toMatchObject({ stance: "false", rule: "stance.headline_cue" });
    const b = article(["FALSO.", "Circula una captura según la cual el alcalde prohibió las bicicletas en el puerto."], undefined, "es");
    expect(readStance(b, { ...denial, statements: [b.spans[1] as never] })).toMatchObject({ stance: "false", rule: "stance.verdict_label" });
    // A cue inside a lead sentence is no verdict on the article: the claim stays the denial it is.
    const c = article(["Un rumor falso circula en el puerto.", "Circula una captura según la cual el alcalde prohibió las bicicletas en el puerto."], undefined, "es");
    expect(readStance(c, { ...denial, statements: [c.spans[1] as never] }).stance).toBe("true");
  });
});
