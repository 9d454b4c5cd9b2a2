// One outlet written several ways in Arabic script (an unseen story wrote one British paper as "دايلي ميل" and "ديلي ميل",
// one magazine as "الإيكونوميست", "إيكونوميست" and "أيكنوميست"): the article ال, the hamza seats and ى / ي are
// folded for every name; the long vowels ا و ي inside a word only for transliterations of a foreign (Latin-lettered)
// name, since in a native Arabic name they tell two words apart. ة and ه stay apart (Persian writes with ه names that
// in Arabic, with ة, are ordinary words). Controls: a native name with another long vowel, a
// word of too few letters and an unrelated transliteration match nothing.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, type OutletEntry } from "../../src/core/outlets.ts";

const outlet = (name: string, aliases: string[]): OutletEntry => ({ name, aliases, descriptors: [], domains: [], kind: "newspaper" });
const REGISTRY = createOutletRegistry([
  outlet("Morning Ledger", ["مورنينغ ليدجر"]),
  outlet("The Weekly Compass", ["ويكلي كومباس"]),
  outlet("Al-Ufuq", ["الأفق الجديدة"]),
  outlet("Al-Manarah", ["المنارة"]),
]);
const found = (name: string) => REGISTRY.byName(name)?.name;

describe("Arabic-script spellings of one outlet find it", () => {
  it.each([
    ["مورنينغ ليدجير", "Morning Ledger"],
    ["المورننغ ليدجر", "Morning Ledger"],
    ["الويكلي كومباس", "The Weekly Compass"],
    ["ويكلى كمباس", "The Weekly Compass"],
    ["الافق الجديدة", "Al-Ufuq"],
    ["أفق الجديدة", "Al-Ufuq"],
    ["منارة", "Al-Manarah"],
  ])("%s → %s", (written, name) => {
    expect(found(written)).toBe(name);
  });
});

describe("control: other names stay apart", () => {
  it.each(["المنيرة", "المناره", "الأفق القديمة", "ويكلي ماركت", "كومباس"])("%s", (written) => {
    expect(found(written)).toBeUndefined();
  });
});
