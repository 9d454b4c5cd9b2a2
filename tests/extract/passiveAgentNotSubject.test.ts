// "letters issued by senior officials within the police and at the same time clarifies …": the phrase after a verb and
// "by" is that verb's agent, never the subject of a later verb, whatever determiner it opens on; and a speech verb joined
// by "and" to a clause before it has that clause's subject, never the words just before "and".
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const labels = (body: string) => sourceLabels(readPlain(body, "en"));

describe("a passive's agent before a later verb", () => {
  it.each([
    "Corvel Police warns the public about fake letters, which were allegedly issued by senior officials within Corvel Police and at the same time clarifies that they are forged.",
    "The letters were issued by senior officials within the harbour office and at the same time say that the port is closed.",
  ])("%j reads no unnamed source", (body) => {
    expect(labels(body).filter((l) => l.startsWith("anonymous:"))).toEqual([]);
  });

  it("still reads the writers of a statement as its source", () => {
    expect(labels("A statement by senior officials said the port was closed.")).toEqual(["anonymous:senior officials"]);
  });

  it("still reads an unnamed subject with a tail of two places", () => {
    expect(labels("Residents in Lowmere and at the harbour said that the port was closed.")).toEqual(["anonymous:Residents in Lowmere and at the harbour"]);
  });
});

describe("a speech verb after 'and'", () => {
  it.each([
    "The mayor met senior officials in Lowmere and later said that the port was closed.",
    "The mayor met senior officials within the harbour office and at the same time said that the port was closed.",
  ])("%j makes no source of the object before 'and'", (body) => {
    expect(labels(body).filter((l) => l.startsWith("anonymous:"))).toEqual([]);
  });
});
