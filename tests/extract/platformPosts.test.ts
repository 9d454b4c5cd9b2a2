// A person who posts on a platform is the source; the platform cites nothing (read.ts: "the platform is no source").
// "posted on Telegram that …" named nobody while "wrote on Facebook that …" named the writer. Texts of our own.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const read = (body: string) => readText(body, createOutletRegistry([]), { outlet: "Valley Ledger", language: "en" });

describe("posting on a platform", () => {
  it.each([
    "Anna Berg posted on Telegram that the ferry will stop in June.",
    "Anna Berg posted on her Facebook page that the ferry will stop in June.",
    "Anna Berg wrote on Facebook that the ferry will stop in June.",
    "In a post on Telegram, Anna Berg said the ferry will stop in June.",
  ])("%s", (body) => {
    const reading = read(body);
    expect(reading.sources.map((s) => `${s.type}:${s.name}`)).toEqual(["named:Anna Berg"]);
    expect(reading.attributions).toEqual([]);
  });

  it.each(["Acme posted a loss that shocked investors.", "A message posted on Telegram that night said the ferry will stop."])("no poster, no source: %s", (body) => {
    expect(read(body).sources).toEqual([]);
  });
});
