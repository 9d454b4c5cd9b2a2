// Hungarian dash dialogue: "– … – VERB Name." The verb right after the closing dash, with only its subject after it to
// the line's end, says how the words were said, whatever the verb (a verb of manner no list holds): its subject is the
// speaker when the verb has the past tense's ending. A dash aside in narrative with a verb after it names no speaker.
// Own invented text and people.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const read = (body: string) => readText(body, createOutletRegistry([]), { outlet: "Dombi Hírlap", language: "hu" });
const LEAD = "Hamis hír járta be a várost a hídról.\n\n";

describe("Hungarian dash dialogue with a verb of manner", () => {
  it.each([
    "– Ilyen butaságot még nem hallottam – bosszankodott Fekete Zsuzsa.",
    "– Nem igaz. A híd áll, mindenki átmehet rajta – csattant fel Fekete Zsuzsa.",
    "– Senki nem kérdezett meg minket – panaszolta Fekete Zsuzsa.",
  ])("%s → Fekete Zsuzsa", (line) => expect(quotedSpeaker(read(LEAD + line))).toBe("Fekete Zsuzsa"));

  it("names no speaker in a dash aside of narrative", () => {
    expect(read(`${LEAD}A hír – ahogy később kiderült – terjedt Fekete Zsuzsa.`).sources).toEqual([]);
  });
});
