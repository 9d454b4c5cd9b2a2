// Arabic credits a probe's texts used and claimtrail missed: "أوضحت صحيفة “X” أن …" (the newspaper X made clear that)
// — أوضح was no verb of reporting — and "بحسب ما نشر موقع صحيفة “X”" (according to what the newspaper X's site
// published), where two outlet nouns stand before the quoted name (probe 51b). Invented outlets and sentences.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (text: string) => readPlain(text, "ar").attributions.map((a) => a.outletName);

describe("ar: more ways of crediting an outlet noun's name", () => {
  it.each([
    ["وأوضحت صحيفة “الفجر الجديد” أن السد آمن.", "الفجر الجديد"],
    ["وتوضح صحيفة الفجر الجديد أن السد آمن.", "الفجر الجديد"],
    ["وبحسب ما نشر موقع صحيفة “نجمة الصباح”، فإن الجسر كان مغلقاً.", "نجمة الصباح"],
  ])("%s", (text, outlet) => {
    expect(cited(text)).toContain(outlet);
  });
});
