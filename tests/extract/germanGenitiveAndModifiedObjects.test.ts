// German puts one phrase before the verb: "Ende des Jahres sagte der Bürgermeister" fronts a time phrase whose genitive
// ("des Jahres") is no speaker, and "Zeitungen in mehreren großen Ländern berichteten" ends its subject on a preposition's
// object past adjectives, which German writes in small letters; "Des Weiteren sagte X" opens on a capitalised genitive.
// Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const names = (body: string): string[] => sourceLabels(readPlain(body, "de")).filter((l) => l.startsWith("named:"));

describe("German genitives and modified preposition objects before a speech verb", () => {
  it.each([
    ["Ende des Jahres sagte der Bürgermeister, der Hafen bleibe offen.", "Jahres"],
    ["Mitte des Monats berichtete die \"Talwacht\"-Zeitung über einen Brand am Hafen.", "Monats"],
    ["Zeitungen in mehreren großen Ländern berichteten über den Streik am Hafen.", "Ländern"],
    ["Die Talwacht hatte über Lärm am Strand durch betrunkene Urlauber berichtet.", "Urlauber"],
  ])("names nobody from the fronted phrase: %s", (body, noun) => {
    expect(names(body)).not.toContain(`named:${noun}`);
  });

  it("still reads a name before the verb", () => {
    expect(names("Bürgermeisterin Hanna Roth sagte, der Hafen bleibe offen.")).toEqual(["named:Hanna Roth"]);
  });

  // The genitive article opening the sentence is capitalised ("Des Weiteren", "Des Öfteren"): still a genitive, and the
  // speaker is the name after the verb.
  it("reads a sentence-opening genitive phrase as no name", () => {
    expect(names("Des Weiteren sagte Roth, der Hafen bleibe offen.")).toEqual(["named:Roth"]);
  });
});
