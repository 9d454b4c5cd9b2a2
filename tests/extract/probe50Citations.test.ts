// Citation forms a probe set of real stories showed unread: a German closing credit ", so dpa.", "vermeldete" as a
// report verb, Italian "come ricorda / spiega X" beside "come riporta X", Spanish "según información recabada por X".
// Own invented texts; well-known agencies and papers only.
import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

const registry = await loadDefaultRegistry();
const cited = (body: string, language: string): string[] => readText(body, registry, { outlet: "Testblatt", language }).attributions.map((a) => a.outletName.replace(/[„“"]/gu, ""));

describe("citation forms of the probe set", () => {
  it.each([
    ["de", "Die Fähre fährt ab Juli nicht mehr, so dpa.", "dpa"],
    ["de", "Der Hafen bleibt bis Mai geschlossen, so die Zeitung Talwacht.", "Talwacht"],
    ["de", "„Der Hafen schließt“, vermeldete die Nachrichtenagentur Reuters.", "Reuters"],
    ["it", "Il sindaco è morto nel 2011, come ricorda il settimanale Vela Bianca.", "Vela Bianca"],
    ["it", "Il porto, spiega il quotidiano Vela Bianca, resterà chiuso fino a maggio.", "Vela Bianca"],
    ["es", "Según información recabada por la agencia Reuters, el puerto cerró de madrugada.", "Reuters"],
  ])("%s: %s", (language, body, outlet) => {
    expect(cited(body, language)).toContain(outlet);
  });

  it.each([
    ["de", "Der Hafen sei sicher, so der Bürgermeister.", "Bürgermeister"],
    ["de", "Der Bericht war falsch, gab die Gratiszeitung am Montag zu. „Wir entschuldigen uns“, so das Blatt.", "Gratiszeitung"],
    ["it", "Il porto, spiega Marco Lenti, resterà chiuso.", "Marco Lenti"],
    ["it", "\"Il porto riapre a maggio\". Lo ha scritto sul suo profilo Facebook il consigliere Marco Lenti.", "Facebook"],
  ])("reads no outlet from a person, a role or a bare description: %s: %s", (language, body) => {
    expect(cited(body, language)).toEqual([]);
  });
});
