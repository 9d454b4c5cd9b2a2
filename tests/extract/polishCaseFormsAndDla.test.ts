// Polish writes an outlet's name in the case its frame governs ("według Kuriera Lipowego", "w rozmowie z Kurierem
// Lipowym") and names whom words were given to with "dla" after the verb ("powiedział wójt dla Kuriera Lipowego"): the
// outlet word in its case forms is evidence that the name is an outlet's. Controls: a person or a place after "dla".
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string) => readPlain(body, "pl").attributions.map((a) => a.outletName);

describe("pl: an outlet's name in a case form, and 'dla X' after a speech verb", () => {
  it.each([
    ["Według Kuriera Lipowego most zostanie otwarty w czerwcu.", "Kuriera Lipowego"],
    ["W rozmowie z Kurierem Lipowym wójt zaprzeczył plotkom.", "Kurierem Lipowym"],
    ["Most zostanie otwarty w czerwcu, powiedział wójt dla Tygodnika Borowego.", "Tygodnika Borowego"],
  ])("%s", (text, name) => {
    expect(cited(text)).toEqual([name]);
  });
});

describe("pl control: a person or a place after 'dla'", () => {
  it.each([
    ["Most zostanie otwarty w czerwcu, powiedział wójt dla Marka Zielińskiego."],
    ["Most zostanie otwarty w czerwcu, powiedział wójt dla Krakowa."],
  ])("%s", (text) => {
    expect(cited(text)).toEqual([]);
  });
});
