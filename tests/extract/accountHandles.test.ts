// A social-media account cited as the source of a claim (probe 20 items 5 and 14), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const read = (body: string, language: string) => readPlain(body, language, "Valley Ledger");

describe("the handle in an 'according to' phrase is the account relied on, not the platform", () => {
  it.each([
    ["en", "The ferry will stop running in June, according to a viral post on X by the account @FerryAlerts."],
    ["en", "The ferry will stop running in June, according to a post on Telegram by @FerryAlerts."],
    ["fr", "Le ferry cessera de circuler en juin, selon une publication sur X du compte @FerryAlerts."],
    ["pt", "O ferry deixará de circular em junho, segundo uma publicação no Facebook do perfil @FerryAlerts."],
  ])("%s: %s", (language, text) => {
    const reading = read(text, language);
    expect(reading.sources.map((s) => `${s.type}:${s.name}`)).toEqual(["named:FerryAlerts"]);
    expect(reading.attributions).toEqual([]);
  });

  it("a post with no account named names no one", () => {
    const reading = read("The ferry will stop running in June, according to a viral post on X.", "en");
    expect(reading.sources).toEqual([]);
    expect(reading.attributions).toEqual([]);
  });

  it("an account merely mentioned is no source", () => {
    expect(read("The account @FerryAlerts was suspended on Monday.", "en").sources).toEqual([]);
  });
});
