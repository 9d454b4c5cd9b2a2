// Initials were spelled in three places by three rules (outlet acronyms, a name before its initials in brackets, an
// acronym printed against the words it stands for); core/initials.ts now reads them all, the readers' differences named
// in the rule each passes. Invented names.
import { describe, expect, it } from "vitest";
import { spellsInitials, type InitialsRule } from "../../src/core/initials.ts";
import { namesOwnOutlet } from "../../src/core/outlets.ts";

const words = (name: string) => name.split(" ");
const RULES: Readonly<Record<string, InitialsRule>> = {
  outlet: { uncapitalised: "may-give-its-letter", articleSilent: true, compoundLetter: true },
  bracket: { uncapitalised: "gives-none", articleSilent: false, compoundLetter: false },
  quotation: { uncapitalised: "breaks-initials", articleSilent: false, compoundLetter: false },
};

describe("spellsInitials", () => {
  it.each<[string, string, keyof typeof RULES, boolean]>([
    // Each capitalised word, and each capitalised part of a hyphenated one, gives its first letter, in every rule.
    ["FNA", "Fjordland News Agency", "outlet", true],
    ["FNA", "Fjordland News Agency", "bracket", true],
    ["FNA", "Fjordland News Agency", "quotation", true],
    ["VPA", "Velmar Presse-Agentur", "bracket", true],
    ["FAN", "Fjordland News Agency", "outlet", false],
    // A word in small letters: its letter or none for an outlet, none before brackets, no initials in a quotation.
    ["BV", "Bank of Valdoria", "outlet", true],
    ["BOV", "Bank of Valdoria", "outlet", true],
    ["BV", "Bank of Valdoria", "bracket", true],
    ["BOV", "Bank of Valdoria", "bracket", false],
    ["BV", "Bank of Valdoria", "quotation", false],
    // A leading article gives no letter only in an outlet's name.
    ["VT", "The Valdoria Times", "outlet", true],
    ["TVT", "The Valdoria Times", "outlet", false],
    ["TVT", "The Valdoria Times", "bracket", true],
    // A compound's later part gives a letter only in an outlet's name.
    ["BTB", "Baltiska Telegrambyrån", "outlet", true],
    ["BTB", "Baltiska Telegrambyrån", "bracket", false],
    // One capitalised word has no initials, whatever letters it holds.
    ["AP", "Aftenlysposten", "outlet", false],
    // The acronym's capitals are its letters ("BfNQ" reads BNQ).
    ["BfNQ", "Bureau for New Quays", "bracket", true],
    // Letters compare without accents, and a doubled letter is two letters.
    ["OEV", "Office Étatique Valdorien", "bracket", true],
    ["VAA", "Valdoria Aid Agency", "quotation", true],
    // A Greek capital sigma at the acronym's end is the sigma that opens a word.
    ["ΕΣ", "Εθνικός Σύνδεσμος", "bracket", true],
  ])("%s of %s, as %s initials: %s", (acronym, name, rule, expected) => {
    expect(spellsInitials(acronym, words(name), RULES[rule]!)).toBe(expected);
  });
});

describe("an outlet's own initials", () => {
  // The article's own outlet by its initials is read by the outlets' rule: its leading article gives no letter.
  it.each<[string, string, boolean]>([
    ["VBC News", "Valdoria Broadcasting Corporation", true],
    ["HDC", "The Harbour Daily Courier", true],
    ["HDX", "The Harbour Daily Courier", false],
  ])("%s in %s: %s", (written, own, expected) => {
    expect(namesOwnOutlet(written, own)).toBe(expected);
  });
});
