// Italian speakers lost (probe 24 items 6 and 19), pinned with texts of our own: where the words were posted between the
// verb and its inverted subject ('ha scritto su Facebook il consigliere …', also fr/es/pt), a sentence after the
// quotation that only says who said it ('"…". Lo ha scritto il consigliere …'), and 'Secondo il consigliere regionale X,'.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const QUOTE = '"Sei negozi su dieci a Valdoria sono chiusi per sempre"';

describe("a medium phrase before an inverted subject", () => {
  it.each([
    ["it", `${QUOTE}, ha scritto su Facebook il consigliere regionale Bruno Ferraris, aprendo una polemica.`],
    ["it", `${QUOTE}, ha scritto sul suo profilo Instagram l'assessore Bruno Ferraris.`],
    ["it", `${QUOTE}, ha scritto su Facebook Bruno Ferraris.`],
    ["fr", "« Six magasins sur dix sont fermés pour de bon », a écrit sur le réseau social Bluesky le conseiller régional Bruno Ferraris."],
    ["es", "«Seis tiendas de cada diez están cerradas para siempre», escribió en Facebook el concejal Bruno Ferraris."],
    // Control: read before.
    ["it", `${QUOTE}, ha scritto il consigliere regionale Bruno Ferraris, aprendo una polemica.`],
  ])("%s: %s", (language, text) => {
    expect(quotedSpeaker(readPlain(text, language))).toBe("Bruno Ferraris");
  });
});

describe("a sentence after the quotation that only says who said it", () => {
  it.each([
    `${QUOTE}. Lo ha scritto su Facebook il consigliere regionale Bruno Ferraris, aprendo una polemica.`,
    `${QUOTE}. Lo ha detto il sindaco Bruno Ferraris.`,
  ])("%s", (text) => {
    expect(quotedSpeaker(readPlain(text, "it"))).toBe("Bruno Ferraris");
  });

  it("a sentence that says more is no back reference", () => {
    // Control: the next sentence has its own subject and claim; the quotation stays without a speaker.
    expect(quotedSpeaker(readPlain(`${QUOTE}. Il sindaco Bruno Ferraris ha detto che il mercato riaprirà.`, "it"))).toBeUndefined();
  });
});

describe("secondo + a role noun and its adjective before the name", () => {
  it.each([
    "Secondo il consigliere regionale Bruno Ferraris, sei negozi su dieci a Valdoria sono chiusi.",
    "Secondo l'assessore comunale Bruno Ferraris, sei negozi su dieci a Valdoria sono chiusi.",
    // Control: read before.
    "Secondo il sindaco Bruno Ferraris, sei negozi su dieci a Valdoria sono chiusi.",
  ])("%s", (text) => {
    expect(sourceLabels(readPlain(text, "it"))).toEqual(["named:Bruno Ferraris"]);
  });
});
