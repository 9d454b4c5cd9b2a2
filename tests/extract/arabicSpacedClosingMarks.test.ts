// Arabic web text often sets an outlet's name between two closing marks with spaces inside ("لموقع ” الميناء نيوز ”"),
// typed where no opening mark is at hand: after the outlet noun the marks bound the name as «» and "" do.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string) => readPlain(body, "ar").attributions.map((a) => a.outletName);

describe("ar: a name between spaced closing marks", () => {
  it.each([
    "ووفقا لموقع ” الميناء نيوز ” نقلا عن مسؤول في البلدية، فإن الجسر سيفتح غدا.",
    "وبحسب موقع ” الميناء نيوز ”، فإن الجسر لم ينهار.",
    "وفقاً لموقع “ الميناء نيوز ”، افتتح الجسر الجديد أمس.",
  ])("%s", (body) => expect(cited(body)).toEqual(["الميناء نيوز"]));

  it("as with «»", () => expect(cited("وفقا لموقع «الميناء نيوز»، فإن الجسر سيفتح غدا.")).toEqual(["الميناء نيوز"]));
});
