/**
 * Hindi "X बोले कि …" (X said that …, the honorific plural, no agent particle): a name of two words that is the whole
 * subject opening its sentence, before a speech verb that opens the reported words with "कि", a comma and a quotation
 * mark, or a colon, is the speaker. Words of when, "all" or "people" there name no one (a subject left out).
 */
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a Hindi name before बोले with no role", () => {
  it.each([
    "सुरेश मल्होत्रा बोले कि घाट अगले हफ़्ते खुलेगा।",
    "घाट बंद है। सुरेश मल्होत्रा बोले कि घाट अगले हफ़्ते खुलेगा।",
    "सुरेश मल्होत्रा बोले, \"घाट अगले हफ़्ते खुलेगा।\"",
  ])("%s", (body) => {
    expect(sourceLabels(readPlain(body, "hi"))).toEqual(["named:सुरेश मल्होत्रा"]);
  });

  it.each(["कल शाम बोले कि घाट अगले हफ़्ते खुलेगा।", "सभी लोग बोले कि घाट अगले हफ़्ते खुलेगा।"])("%s names no one", (body) => {
    expect(sourceLabels(readPlain(body, "hi"))).toEqual([]);
  });
});
