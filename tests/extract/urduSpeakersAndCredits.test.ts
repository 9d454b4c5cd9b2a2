// Urdu, read as Hindi's grammar in Arabic script: a speaker marked by «نے» after a role noun, an outlet named before or
// after its publication noun («روزنامہ ساحل», «ساحل اخبار»), «X کی رپورٹ کے مطابق», and no outlet without such evidence.
// Own invented texts (people and outlets).
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const read = (body: string) => readText(body, createOutletRegistry([]), { outlet: "Test Daily", language: "ur" });
const named = (body: string) => read(body).sources.filter((s) => s.type === "named").map((s) => s.name);
const cited = (body: string) => read(body).attributions.map((a) => a.outletName);

describe("Urdu speakers", () => {
  it.each([
    ["وزیر نادر قلی نے کہا کہ رپورٹ جھوٹی ہے۔", ["نادر قلی"]],
    ["صوبائی ترجمان سلمیٰ ناز نے بدھ کو صحافیوں سے کہا کہ پل کھلا ہے۔", ["سلمیٰ ناز"]],
  ])("%s", (body, expected) => {
    expect(named(body)).toEqual(expected);
  });
});

describe("Urdu citations", () => {
  it.each([
    ["ساحل اخبار نے خبر دی کہ بندرگاہ بند ہے۔", ["ساحل"]],
    ["روزنامہ ساحل کے مطابق بندرگاہ بند ہے۔", ["ساحل"]],
    ["نجی ٹی وی دریا نیوز کی رپورٹ کے مطابق بندرگاہ بند ہے۔", ["دریا نیوز"]],
  ])("%s", (body, expected) => {
    expect(cited(body)).toEqual(expected);
  });

  it.each([
    "ذرائع کے مطابق بندرگاہ بند ہے۔",
    "وزیر نادر قلی نے خبر دی کہ بندرگاہ بند ہے۔",
    "شہر کی پولیس کے مطابق بندرگاہ بند ہے۔",
  ])("cites no outlet: %s", (body) => {
    expect(cited(body)).toEqual([]);
  });
});

describe("Urdu: a verdict given («قرار دیا») has its agent as speaker, and a later «نے کہا» the person named before", () => {
  it("reads the minister who declared the report fake, then the same person saying more", () => {
    const body = "صوبائی وزیر نادر قلی نے ساحل اخبار کی رپورٹ کو جھوٹی خبر قرار دیا۔\n\nاپنے بیان میں نادر قلی نے کہا کہ رپورٹر نے یہ خبر فائل نہیں کی۔";
    expect(named(body)).toEqual(["نادر قلی"]);
  });
});
