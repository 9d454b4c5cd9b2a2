// Macedonian had no reading data and fell back to English: no speaker after "рече", "изјави", no body before "соопшти",
// no outlet after "пишува весникот", "според", "изјави … за". Texts, names and outlets invented.
import { describe, expect, it } from "vitest";
import { framesFor } from "../../src/extract/frames/index.ts";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "mk");
const outlets = (body: string) => read(body).attributions.map((a) => a.outletName);

describe("mk: speakers and credits", () => {
  it("has data of its own", () => {
    expect(framesFor("mk-MK").language).toBe("mk");
  });
  it("a speaker after a quotation, and a body with its article before 'соопшти'", () => {
    expect(quotedSpeaker(read("„Мостот е безбеден“, рече Марко Петровски."))).toBe("Марко Петровски");
    expect(sourceLabels(read("Полицијата соопшти дека вестата е лажна."))).toEqual(["organisation:Полицијата"]);
    // The short object pronoun between the subject and its verb ("ги", them) is stepped over.
    expect(sourceLabels(read("Полицијата ги демантира лажните вести за мостот."))).toEqual(["organisation:Полицијата"]);
  });
  it("an outlet after 'пишува весникот', 'според весникот' and 'изјави … за весникот'", () => {
    expect(outlets("Мостот ќе биде затворен, пишува весникот Нова Вест.")).toEqual(["Нова Вест"]);
    expect(outlets("Според весникот Нова Вест мостот ќе биде затворен.")).toEqual(["Нова Вест"]);
    expect(outlets("„Мостот е безбеден“, изјави Марко Петровски за весникот Нова Вест.")).toEqual(["Нова Вест"]);
  });
  it("a plain Macedonian sentence carries no credit", () => {
    expect(read("Градоначалникот Марко Петровски поднесе оставка во вторник.").attributions).toEqual([]);
  });
});
