// The speaker after a quotation was lost when the name had where the person works after it ("uvedl neurolog Tomáš Král
// z fakultní nemocnice", "powiedziała dr Ewa Lis z Wydziału …") or whom they told before it ("uvedl pro X neurolog
// Tomáš Král"): the description before the name counted only for a name that ended the clause, and "pro"/"dla" were no
// told-to prepositions (probe 23, item 10). Own invented sentences.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Vědecký obzor", aliases: [], domains: [] } as never, { name: "Kurier Nadmorski", aliases: [], domains: [] } as never]);

function read(body: string, language: string): { speakers: (string | undefined)[]; sources: string[] } {
  const reading = readText(body, registry, { outlet: "Test Daily", language });
  return {
    speakers: reading.quotations.filter((q) => q.kind === "quotation").map((q) => reading.sources.find((s) => s.key === q.speaker)?.name),
    sources: reading.sources.map((s) => s.name),
  };
}

describe("the speaker after an inverted verb", () => {
  it.each([
    ["cs", "„Jedna studie nic nedokazuje,“ uvedl kardiolog Pavel Dvořák z krajské nemocnice.", "Pavel Dvořák"],
    ["cs", "„Jedna studie nic nedokazuje,“ uvedla kardioložka Jana Malá ze zdravotní fakulty.", "Jana Malá"],
    ["cs", "„Jedna studie nic nedokazuje,“ uvedl pro Vědecký obzor kardiolog Pavel Dvořák.", "Pavel Dvořák"],
    ["cs", "„Jedna studie nic nedokazuje,“ uvedl pro Vědecký obzor kardiolog Pavel Dvořák z krajské nemocnice.", "Pavel Dvořák"],
    ["pl", "„Wyniki są obiecujące” – powiedziała szefowa pracowni dr Ewa Lisowska z Wydziału Chemii.", "Ewa Lisowska"],
    ["pl", "„Wyniki są obiecujące” – powiedziała dla Kuriera Nadmorskiego szefowa pracowni Ewa Lisowska.", "Ewa Lisowska"],
  ])("%s: %s", (language, text, who) => {
    const { speakers, sources } = read(text, language);
    expect(speakers).toEqual([who]);
    expect(sources).toEqual([who]);
  });

  it("keeps a body named after the particle out of the speakers", () => {
    expect(read("„Jedna studie nic nedokazuje,“ uvedl kardiolog Pavel Dvořák z Krajské nemocnice Brod.", "cs").sources).toEqual(["Pavel Dvořák"]);
  });
  it("does not read a phrase after 'pro' in small letters as whom was told", () => {
    expect(read("„Jedna studie nic nedokazuje,“ uvedl pro jistotu kardiolog Pavel Dvořák.", "cs").speakers).toEqual(["Pavel Dvořák"]);
  });
});
