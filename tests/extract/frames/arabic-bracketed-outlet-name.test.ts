// Arabic: the press sets an outlet's name in brackets after its noun as it does in guillemets ("كشفت صحيفة (الوادي) أن"):
// the brackets bound the name, whatever words follow it. Invented outlets.
import { describe, expect, it } from "vitest";
import { readPlain } from "../helpers.ts";

const outlets = (text: string) => readPlain(text, "ar").attributions.map((a) => a.outletName);

describe("Arabic: an outlet's name in brackets after an outlet noun", () => {
  it.each([
    ["بينما كشفت صحيفة (الوادي) أن الميناء سيغلق غدا.", "الوادي"],
    ["وذكر موقع صحيفة (الفجر الجديد) المحلية على الإنترنت أن السد آمن.", "الفجر الجديد"],
  ])("%s → %s", (text, name) => expect(outlets(text)).toEqual([name]));

  it("control: words in brackets after a person are no outlet", () => {
    expect(outlets("وقال الوزير (في تصريح) إن السد آمن.")).toEqual([]);
  });
});
