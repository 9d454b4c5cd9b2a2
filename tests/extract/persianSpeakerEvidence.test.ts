// Persian has no capitals and no speakerEvidence, so every name before a speech verb was dropped. Two kinds of lexical
// evidence now make the words a person's name: a title before them ("دکتر", "آقای"), and a sentence that is only the name
// and a speech verb introducing quoted words with a colon or «». Controls: a role or a body noun written with the ezafe
// ("سخنگوی شهرداری", the town hall's spokeswoman) is no name, and a name before a verb that quotes nothing stays unread.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const named = (body: string) => sourceLabels(readPlain(body, "fa")).filter((l) => l.startsWith("named:"));

describe("fa: evidence for a person's name in a script without capitals", () => {
  it("a title before the name", () => {
    expect(named("دکتر سیاوش نیک‌فر گفت: «بیمار حالش پایدار است.»")).toEqual(["named:سیاوش نیک‌فر"]);
  });
  it("the name alone before a speech verb that opens quoted words", () => {
    expect(named("کاوه مهرآیین گفت: «بندر فردا باز می‌شود.»")).toEqual(["named:کاوه مهرآیین"]);
    expect(named("ترانه دلاوری در صفحه خود نوشت: دوستان نگران نباشید.")).toEqual([]);
  });
  it("a role with the ezafe is no name", () => {
    expect(named("سخنگوی شهرداری گفت: «بندر فردا باز می‌شود.»")).toEqual([]);
  });
  it("without quoted words after the verb, the words before it stay unread", () => {
    expect(named("کاوه مهرآیین گفت که بندر فردا باز می‌شود.")).toEqual([]);
  });
});
