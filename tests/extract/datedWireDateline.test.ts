import { describe, expect, it } from "vitest";
import { datelineLength } from "../../src/extract/dateline.ts";
import { readPlain } from "./helpers.ts";

const credited = (body: string, language = "en") => readPlain(body, language).syndication.map((s) => s.outletName);

describe("a wire dateline that opens on a date in figures", () => {
  it("credits the agency in brackets after the date: the text is the agency's story", () => {
    expect(credited("12.03.2020 (Marovia Wire) - The police say the bridge is safe.")).toEqual(["Marovia Wire"]);
    expect(credited("2020-03-12 (Marovia Wire) – The police say the bridge is safe.")).toEqual(["Marovia Wire"]);
  });

  it("credits a site's address in the brackets, in any language, as a credit line's address is", () => {
    expect(credited("23.11.2019 (Maroviaspravy.sk) - Polícia zdôrazňuje, že most je bezpečný.", "sk")).toEqual(["Maroviaspravy.sk"]);
  });

  it("is stepped over before the story's first sentence", () => {
    expect(datelineLength("12.03.2020 (Marovia Wire) - The police say.")).toBe("12.03.2020 (Marovia Wire) - ".length);
  });

  it("credits nothing where the brackets hold a bare word that is neither an outlet nor an address", () => {
    expect(credited("12.03.2020 (Marovia) - The police say the bridge is safe.")).toEqual([]);
  });
});
