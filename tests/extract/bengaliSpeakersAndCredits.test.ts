// Bengali had no reading data and fell back to English: no speaker before "বলেন"/"জানান" (said), no signer of a
// statement ("X স্বাক্ষরিত বিজ্ঞপ্তিতে"), no outlet credit ("X-এর বরাত দিয়ে", "X সূত্রে"). Bengali script has no capitals:
// a name needs a role or a title before it. A vowel sign or virama inside a role noun is no word boundary, so the name
// after the role is read whole. Controls: words before a verb with no role or title are nobody, and a body's name
// before "সূত্রে" is no outlet.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const named = (body: string) => sourceLabels(readPlain(body, "bn")).filter((l) => l.startsWith("named:"));
const cited = (body: string) => readPlain(body, "bn").attributions.map((a) => a.outletName);

describe("bn: speakers", () => {
  it("a name after a role noun before the speech verb", () => {
    expect(named("গতকাল পৌরসভার প্রশাসক তপন মজুমদার বলেন, খেয়াঘাট আগামী সপ্তাহে খুলবে।")).toEqual(["named:তপন মজুমদার"]);
  });
  it("a name after a title", () => {
    expect(named("মো. তপন মজুমদার জানান, খেয়াঘাট আগামী সপ্তাহে খুলবে।")).toEqual(["named:তপন মজুমদার"]);
  });
  it("the signer of a statement", () => {
    expect(named("সোমবার পৌরসভার প্রশাসক তপন মজুমদার স্বাক্ষরিত এক বিজ্ঞপ্তিতে খেয়াঘাট খোলার কথা জানানো হয়।")).toEqual(["named:তপন মজুমদার"]);
  });
  it("an object between the name and the verb, or an adverb after the role, is no name", () => {
    expect(named("পৌরসভার প্রশাসক তপন মজুমদার সকলের প্রতি অনুরোধ জানিয়েছেন।")).toEqual([]);
    expect(named("পৌরসভার প্রশাসক আরো বলেন, খেয়াঘাট আগামী সপ্তাহে খুলবে।")).toEqual([]);
    expect(named("পৌরসভার প্রশাসক সতর্কতা জারি করে অনুরোধ জানিয়েছেন।")).toEqual([]);
  });
  it("words before the verb with no role or title are nobody", () => {
    expect(named("নদীর ঘাটে গতকাল সবাই বলেন, খেয়াঘাট আগামী সপ্তাহে খুলবে।")).toEqual([]);
  });
});

describe("bn: outlet credits", () => {
  it("an outlet after a publication noun, citing or as the source", () => {
    expect(cited("দৈনিক চরকণ্ঠ-এর বরাত দিয়ে জানা গেছে, খেয়াঘাট আগামী সপ্তাহে খুলবে।")).toEqual(["চরকণ্ঠ"]);
    expect(cited("বার্তা সংস্থা চরকণ্ঠ সূত্রে জানা গেছে, খেয়াঘাট আগামী সপ্তাহে খুলবে।")).toEqual(["চরকণ্ঠ"]);
  });
  it("a body before 'সূত্রে' is no outlet", () => {
    expect(cited("পৌরসভা সূত্রে জানা গেছে, খেয়াঘাট আগামী সপ্তাহে খুলবে।")).toEqual([]);
  });
});
