// Syndication read from a labelled credit line ("Source: X", a label over the name) and from a sign-off in another outlet's voice closing the text, cut short or not.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { isConfident } from "../../src/extract/cited.ts";
import { readArticle } from "../../src/extract/read.ts";
import { resolveReadings } from "../../src/extract/resolve.ts";
import { completeCutNames, SIGN_OFF_CONFIDENCE } from "../../src/extract/syndication.ts";
import type { ArticleReading } from "../../src/extract/types.ts";
import { paragraphSpans } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Harbour Courier", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);

function article(body: string, creditLines: string[] = [], outlet = "Velmar Post", id = "t"): CleanArticle {
  return { meta: { id, file: `${id}.md`, format: "markdown", outlet, language: "en" }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines };
}

const BODY = "The quay reopens in May, the harbour master said on Monday.";

describe("labelled credit lines", () => {
  it.each([["Source: Harbour Courier"], ["Date of source:\nHarbour Courier"], ["Originally published in:\nHarbour Courier"], ["Quelle:\nHarbour Courier"]])("reads %j as syndication of the named outlet, on its exact words", (line) => {
    const r = readArticle(article(BODY, [line]), registry);
    expect(r.syndication.map((s) => [s.outlet, s.rule, s.evidence.text])).toEqual([["outlet:harbour-courier", "credit_label", line]]);
  });

  it("reads a closing 'Source:' over the name on the next line as a citation, like 'Source: X' on one line", () => {
    const body = `${BODY}\n\nSource:\n\nHarbour Courier`;
    const r = readArticle(article(body), registry);
    expect(r.syndication).toEqual([]);
    expect(r.attributions.map((a) => [a.frame, a.outlet, a.span.text])).toEqual([["source_line", "outlet:harbour-courier", "Source:\n\nHarbour Courier"]]);
  });

  it("takes no name that is neither a registry outlet nor written as one", () => {
    expect(readArticle(article(BODY, ["Source:\nJo Lind"]), registry).syndication).toEqual([]);
  });
});

describe("sign-offs", () => {
  it.each([
    [`${BODY} Stay tuned to Tide Radio News for more updates as this story develops.`, "Stay tuned to Tide Radio News for more updates as this story develops.", "outlet:tide-radio-news"],
    [`${BODY}\n\nStay tuned to Harbour Courier.`, "Stay tuned to Harbour Courier.", "outlet:harbour-courier"],
    // No full stop, but the last word is an outlet word: the name is whole.
    [`${BODY} Stay tuned to Tide Radio News`, "Stay tuned to Tide Radio News", "outlet:tide-radio-news"],
  ])("reads a closing sign-off naming another outlet as syndication, modestly: %s", (body, words, outlet) => {
    const [s] = readArticle(article(body), registry).syndication;
    expect(s?.outlet).toBe(outlet);
    expect(s?.evidence.text).toBe(words);
    expect(body.slice(s?.evidence.start, s?.evidence.end)).toBe(words);
    expect(s?.confidence).toBe(SIGN_OFF_CONFIDENCE);
    expect(s?.rule).toMatch(/^sign_off/);
  });

  it.each([
    ["the article's own outlet", `${BODY} Stay tuned to Harbour Courier for more.`, "Harbour Courier"],
    ["a sign-off that does not end the text", `Stay tuned to Tide Radio News for more. ${BODY}`, "Velmar Post"],
    ["a name that is not an outlet's", `${BODY} Stay tuned to Jo Lind for more.`, "Velmar Post"],
    ["words that are no name", `${BODY} Stay tuned to our site for more news.`, "Velmar Post"],
  ])("reads none from %s", (_what, body, outlet) => {
    expect(readArticle(article(body, [], outlet), registry).syndication).toEqual([]);
  });

  it("completes a name the stored text ends inside from one the case writes whole, and drops it otherwise", () => {
    const cut = readArticle(article(`${BODY} Stay tuned to Tide Radio Ne`), registry);
    expect(cut.syndication.map((s) => [s.outletName, s.cut])).toEqual([["Tide Radio Ne", true]]);
    const citing = `${BODY} The story first ran on Tide Radio News, a local station.`;
    const other = readArticle(article(citing, [], "Hill Times", "u"), registry);
    const readings = resolveReadings([cut, other], [article(`${BODY} Stay tuned to Tide Radio Ne`), article(citing, [], "Hill Times", "u")], registry);
    expect(readings[0]?.syndication.map((s) => [s.outlet, s.rule, s.evidence.text, s.cut])).toEqual([["outlet:tide-radio-news", "sign_off/completed", "Stay tuned to Tide Radio Ne", undefined]]);
    expect(completeCutNames([cut], [])[0]?.syndication).toEqual([]);
    // Two outlets the cut words could begin: neither.
    expect(completeCutNames([cut], ["Tide Radio News", "Tide Radio Network"])[0]?.syndication).toEqual([]);
  });
});

describe("a reading without cut names", () => {
  it("is returned unchanged by the completion step", () => {
    const r: ArticleReading = readArticle(article(BODY), registry);
    expect(completeCutNames([r], ["Harbour Courier"])).toEqual([r]);
  });
});

describe("wire credits", () => {
  const wires = createOutletRegistry([
    { name: "Velmar Press Agency", aliases: ["VPA"], descriptors: [], domains: [], kind: "agency" },
    { name: "Nordwire", aliases: ["nw"], descriptors: [], domains: [], kind: "agency" },
    { name: "Harbour Courier", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
  ]);
  const read = (body: string, language = "en") => readArticle({ ...article(body), meta: { ...article(body).meta, language } }, wires).syndication.map((s) => s.outlet);

  it.each([
    ["VELMAR, March 3 (VPA) -- Port fees will triple next year, officials said."],
    ["VELMAR, 3 mar (VPA).- Las tasas del puerto se triplicarán, informó la autoridad."],
  ])("reads the dateline of %j", (body) => expect(read(body)).toEqual(["outlet:velmar-press-agency"]));

  it.each([["nw/VPA"], ["(avec VPA)"], ["With Nordwire, VPA"]])("reads the closing agency line %j as each agency's copy", (line) => {
    expect(read(`${BODY}\n\n${line}`).sort()).toEqual(line.includes("nw") || line.includes("Nordwire") ? ["outlet:nordwire", "outlet:velmar-press-agency"] : ["outlet:velmar-press-agency"]);
  });

  it("reads no agency line from a newspaper's name or a sentence", () => {
    expect(read(`${BODY}\n\n(avec Harbour Courier)`)).toEqual([]);
    expect(read(`${BODY}\n\nVPA reported it first.`)).toEqual([]);
  });
});

describe("wire datelines", () => {
  const agencies = createOutletRegistry([{ name: "dpa", aliases: ["Deutsche Presse-Agentur"], descriptors: [], domains: [], kind: "agency" }]);

  it("reads an agency that writes its name in lower case ('BERLIN, March 3 (dpa) –') as the story's outlet of record", () => {
    const r = readArticle(article(`BERLIN, March 3 (dpa) – ${BODY}`), agencies);
    expect(r.syndication.map((s) => [s.outlet, s.evidence.text])).toEqual([["outlet:dpa", "(dpa)"]]);
  });

  it("keeps a lower-case parenthesis the registry does not know out ('LYON (via) –')", () => {
    expect(readArticle(article(`LYON (via) – ${BODY}`), agencies).syndication).toEqual([]);
  });
});

describe("a dateline is not part of the source after it", () => {
  it.each([
    ["LYON — Officials said the quay would close.", "Officials"],
    ["PORT ELLIS (dpa) - Local media reported that the quay would close.", "Local media"],
    ["VELMAR CITY – News outlets around the world are reporting that the quay closed.", "News outlets around the world"],
  ])("%j names %j", (body, name) => {
    const names = readArticle(article(body), registry).sources.filter((s) => s.type === "anonymous").map((s) => s.name);
    expect(names).toEqual([name]);
  });
});

describe("a syndication frame about the story, not the article", () => {
  it("reads 'The story first appeared on X' in a fact-check as a citation of where the story started", () => {
    const r = readArticle(article(`${BODY} The story first appeared on the Harbour Courier, a satire site.`), registry);
    expect(r.syndication).toEqual([]);
    expect(r.attributions.map((a) => [a.frame, a.outlet])).toEqual([["first_appeared_in", "outlet:harbour-courier"]]);
  });

  it.each([["This article first appeared in the Harbour Courier."], ["A version of this story first ran in the Harbour Courier."]])("reads %j as the article's own credit", (line) => {
    const r = readArticle(article(`${BODY}\n\n${line}`), registry);
    expect(r.syndication.map((s) => s.outlet)).toEqual(["outlet:harbour-courier"]);
  });
});

describe("a citation of an outlet the case holds an article of", () => {
  it("is sure of the name however little the frame alone was worth ('according to The Salt Pickle', a site no registry lists)", () => {
    const citing = `${BODY} Pigeons will carry the mail, according to The Salt Pickle.`;
    const other = readArticle(article(citing, [], "Hill Times", "u"), registry);
    const unsure = other.attributions.find((a) => a.outlet === "outlet:salt-pickle");
    expect(unsure && isConfident(unsure)).toBe(false);
    const [, resolved] = resolveReadings([readArticle(article(BODY, [], "Salt Pickle"), registry), other], [article(BODY, [], "Salt Pickle"), article(citing, [], "Hill Times", "u")], registry);
    const sure = resolved?.attributions.find((a) => a.outlet === "outlet:salt-pickle");
    expect([sure && isConfident(sure), sure?.article, sure?.rule]).toEqual([true, "t", "en.according_to/frame-only+case-outlet+case-article/shared-text"]);
  });
});

describe("a wire dateline crediting two agencies", () => {
  const wires = createOutletRegistry([
    { name: "Nordwire", aliases: [], descriptors: [], domains: [], kind: "agency" },
    { name: "Agenzia Velmar", aliases: ["Velmarpress"], descriptors: [], domains: [], kind: "agency" },
  ]);
  it("reads '(Velmarpress/Nordwire)' as the story of both agencies, each on its own words", () => {
    const r = readArticle(article("Torvik, 15 dic. (Velmarpress/Nordwire) - Il porto resta chiuso fino a maggio."), wires);
    expect(r.syndication.map((s) => [s.outlet, s.evidence.text])).toEqual([
      ["outlet:agenzia-velmar", "Velmarpress"],
      ["outlet:nordwire", "Nordwire"],
    ]);
  });
  it("reads nothing where a name the slash joins is no agency the registry knows", () => {
    expect(readArticle(article("Torvik, 15 dic. (Foto/Nordwire) - Il porto resta chiuso fino a maggio."), wires).syndication).toEqual([]);
  });
});
