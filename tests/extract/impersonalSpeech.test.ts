/** Impersonal speech forms (reportedSpeech.ts IMPERSONAL_SPEECH): each credits the quotation it follows, and each is one its language's speech verbs miss (invented texts). */
import { describe, expect, it } from "vitest";
import { framesFor } from "../../src/extract/frames/index.ts";
import { speechVerbSource } from "../../src/extract/names.ts";
import { creditedBySpeechVerb, IMPERSONAL_SPEECH } from "../../src/extract/reportedSpeech.ts";

const rows = Object.entries(IMPERSONAL_SPEECH).flatMap(([language, forms]) => forms.map((form): [string, string] => [language, form]));

describe("impersonal speech forms", () => {
  it.each(rows)("%s %s credits the quotation before it", (language, form) => {
    const body = `“Nord 7 4 2”, ${form}.`;
    expect(creditedBySpeechVerb(body, [{ start: 0, end: body.length, text: body }], { start: 0, end: body.indexOf("”") + 1 }, language)).toBe(true);
  });

  it.each(rows)("%s %s is no form the language's speech verbs already read", (language, form) => {
    const verb = new RegExp(`(?<![\\p{L}\\p{N}])(?:${speechVerbSource(framesFor(language))})(?![\\p{L}\\p{N}])`, "iu");
    expect(verb.test(form)).toBe(false);
  });
});
