// A wire's dateline written agency first on a line of its own ("Reuters, HARBOURTON"), as some papers print a wire story:
// the story is the agency's. Only a registered agency's credit and a place in capitals; a paper's name or a place in small
// letters is no such dateline. Own invented texts; well-known agencies only.
import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

const registry = await loadDefaultRegistry();
const credited = (body: string): string[] => readText(body, registry, { outlet: "Test Daily", language: "en" }).syndication.map((s) => s.outletName);
const story = (line: string): string => `Port shut for a week\n\n${line}\n\nThe harbour master said the port would stay shut until May.`;

describe("an agency-first dateline on its own line", () => {
  it.each([["Reuters, HARBOURTON", "Reuters"], ["AFP, NEW HARBOURTON", "AFP"]])("%s", (line, agency) => {
    expect(credited(story(line))).toEqual([agency]);
  });

  it.each(["Reuters, Harbourton", "Quillon Herald, HARBOURTON"])("credits nothing: %s", (line) => {
    expect(credited(story(line))).toEqual([]);
  });
});
