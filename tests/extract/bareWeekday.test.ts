// Probe 27: American news style writes a bare weekday after its subject ("A report from CNN Monday said"), and the
// run of capitalised words took the day into the outlet's name: an outlet "CNN Monday" beside CNN. Invented texts.
import { describe, expect, it } from "vitest";
import { cleanName } from "../../src/extract/names.ts";
import { framesFor } from "../../src/extract/frames/index.ts";
import { readPlain } from "./helpers.ts";

const cited = (text: string, language = "en"): string[] => readPlain(text, language).attributions.map((a) => a.outletName);

describe("a bare weekday after a name is when, not who", () => {
  it.each([
    ["A report from the Valley Herald Monday said the governor was in hospital.", ["Valley Herald"]],
    ["The governor is in hospital, the Valley Herald Thursday reported.", ["Valley Herald"]],
  ])("%s", (text, outlets) => {
    expect(cited(text)).toEqual(outlets);
  });

  it.each([
    ["CNN Monday", "en", "CNN"],
    ["Ana Berg Tuesday", "en", "Ana Berg"],
    ["Rheinblick Montag", "de", "Rheinblick"],
    ["Monday", "en", ""],
  ])("%s → %s", (raw, language, name) => expect(cleanName(raw, framesFor(language))).toBe(name));
});

describe("controls: a day inside a title stays", () => {
  it.each([
    ["The Mail on Sunday", "Mail on Sunday"],
    ["Sunday Herald", "Sunday Herald"],
    ["The Sun", "Sun"],
  ])("%s", (raw, name) => expect(cleanName(raw, framesFor("en"))).toBe(name));
});
