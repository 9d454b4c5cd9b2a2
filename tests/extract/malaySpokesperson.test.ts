/**
 * Malay writes "spokesperson" as one word, "jurucakap" (Indonesian "juru bicara"): the body after it is whose spokesperson
 * speaks, never a person's name, and the spokesperson stays unnamed.
 */
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("Malay jurucakap (spokesperson) before a body", () => {
  it("a ministry's spokesperson opening the sentence is the ministry speaking, as in Indonesian", () => {
    expect(sourceLabels(readPlain("Jurucakap Kementerian Perikanan berkata pihaknya sedang menyiasat kejadian di Teluk Sari.", "ms"))).toEqual(["organisation:Kementerian Perikanan"]);
  });

  it("the police's spokesperson after the verb is an unnamed spokesperson, no person named after the police", () => {
    const reading = readPlain("\"Kami sedang menyiasat,\" kata jurucakap Polis Daerah Teluk Sari.", "ms");
    expect(reading.sources.map((s) => s.type)).toEqual(["anonymous"]);
    expect(reading.sources[0]?.name.toLowerCase()).toContain("jurucakap");
  });

  it("a spokesperson of the police in small letters is an unnamed source", () => {
    expect(sourceLabels(readPlain("Jurucakap polis berkata pihaknya sedang menyiasat kejadian itu.", "ms"))).toEqual(["anonymous:Jurucakap polis"]);
  });
});
