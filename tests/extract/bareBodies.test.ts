// English names some public bodies without an article ("police said", "according to Jakarta police"): the body is the
// source, as "the police" is. Before, such a quotation had no speaker and the attribution no source.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);

function read(body: string) {
  const r = readText(body, registry, { outlet: "Test Daily", language: "en" });
  return { speakers: r.quotations.map((q) => r.sources.find((s) => s.key === q.speaker)?.name), sources: r.sources.map((s) => [s.type, s.name]) };
}

describe("a body named without an article", () => {
  it.each([
    ['"He was not at the club," police said.', "police"],
    ['"He was not at the club," Jakarta police said in a statement.', "Jakarta police"],
    ['"The file is closed," federal prosecutors said.', "federal prosecutors"],
    ['"The road stays shut," authorities said on Monday.', "authorities"],
    ['"He was not at the club," said police.', "police"],
    ['"He was not at the club," said Jakarta police.', "Jakarta police"],
  ])("%s → the quotation is %s's", (body, who) => {
    expect(read(body).speakers).toEqual([who]);
  });

  it.each([
    ["The singer was not at the club that night, according to police.", "police"],
    ["The singer was not at the club that night, according to Jakarta police.", "Jakarta police"],
    ["The singer was not at the club that night, police said.", "police"],
  ])("%s → the source is %s", (body, name) => {
    expect(read(body).sources).toEqual([["organisation", name]]);
  });

  it("reads no body where the noun is an object inside the subject (Residents who phoned police said …)", () => {
    expect(read("Residents who phoned police said the road was closed.").sources.map(([, name]) => name)).not.toContain("police");
  });
});

describe("a relative pronoun before a bare body is no part of its name", () => {
  it("reads 'which prosecutors said came from abroad' as prosecutors", () => {
    const names = read("The ministry is looking into who sent the letter to Velmsdorf, which prosecutors said came from abroad.").sources.map(([, name]) => name);
    expect(names).toContain("prosecutors");
    expect(names).not.toContain("which prosecutors");
  });
});

describe("a nationality adjective used as a noun is no body", () => {
  it("reads no organisation called 'Brazilian' in 'The Brazilian recalls that …'", () => {
    const sources = read("The Brazilian recalls that his coach in Orlavik was strict. He trained every morning.").sources;
    expect(sources).not.toContainEqual(["organisation", "Brazilian"]);
  });
});
