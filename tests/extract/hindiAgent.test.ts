// Hindi speakers marked by ने, in texts of our own (names invented): words of when and what about may stand between the
// particle and the speech verb ("मंत्री X ने सोमवार को … पर कहा है कि"); an honorific ("श्री") or a deputy's prefix
// ("उप…") is read with the role; a surname alone ("रावत ने कहा") names only the person the article named in full before.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const read = (body: string) => readText(body, createOutletRegistry([]), { outlet: "Test Daily", language: "hi" });
const named = (body: string) => read(body).sources.filter((s) => s.type === "named").map((s) => s.name);
const speakers = (body: string) => {
  const r = read(body);
  return r.quotations.map((q) => r.sources.find((s) => s.key === q.speaker)?.name);
};

describe("Hindi: ने with words between it and the speech verb", () => {
  it.each([
    ["जल मंत्री कमला नेगी ने सोमवार को नहर की सफाई के सवाल पर कहा है कि काम समय पर पूरा होगा।", ["कमला नेगी"]],
    ["मुख्यमंत्री श्री हरीश जोशी ने मेले की तैयारियों पर कहा कि सब ठीक है।", ["हरीश जोशी"]],
    ["राज्य की उपमुख्यमंत्री सीमा राणा ने गुरुवार को भी कहा था कि टैंकर रोज़ आएँगे।", ["सीमा राणा"]],
    // The clause after a comma has a subject of its own; a body's noun before ने is no person.
    ["मंत्री दिनेश रावत ने फैसला लिया, उस पर विपक्ष ने कहा कि यह गलत है।", []],
    ["स्वास्थ्य मंत्रालय ने बुधवार को कहा कि टीके पर्याप्त हैं।", []],
  ])("%s", (body, expected) => {
    expect(named(body)).toEqual(expected);
  });
});

describe("Hindi: a surname before ने refers back to the person named in full", () => {
  it("gives the quotation after 'रावत ने कहा' the minister named before", () => {
    const body = "परिवहन मंत्री दिनेश रावत ने बस किराए को लेकर कहा है कि किराया नहीं बढ़ेगा।\n\nरावत ने कहा, 'यात्रियों को घबराने की कोई वजह नहीं है।'";
    expect(speakers(body)).toEqual(["दिनेश रावत"]);
  });

  it("names no one by a surname the article never gave in full", () => {
    expect(named("रावत ने कहा, 'यात्रियों को घबराने की कोई वजह नहीं है।'")).toEqual([]);
  });
});
