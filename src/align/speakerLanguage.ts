/**
 * Whether a quoted speaker speaks another language than the article that quotes them, as the article says: a
 * nationality or a country written before the speaker's role or name ("the Hungarian interior minister Lajos Fekete",
 * "der ungarische Innenminister", "Ungarns Innenminister"). Such a speaker's words reach the article translated, and
 * two articles that render them in different words translated them apart; neither changed what the speaker said. Pure.
 */
import type { Span } from "../core/spans.ts";
import { escapeRegExp } from "../core/text.ts";
import { NATIONALITY_ADJECTIVES } from "../extract/cited.ts";
import type { ArticleReading } from "../extract/types.ts";

/**
 * The languages a country's public figures speak in public (ISO 639-1), for the countries a nationality word below
 * names. A country missing here says nothing: its speakers are taken to speak the article's language.
 */
const COUNTRY_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  US: ["en"], GB: ["en"], AU: ["en"], CA: ["en", "fr"], IE: ["en", "ga"], NZ: ["en"], NG: ["en"], GH: ["en"], KE: ["en", "sw"], UG: ["en"],
  ZA: ["en", "af"], IN: ["hi", "en"], PK: ["ur", "en"], PH: ["tl", "en"], SG: ["en", "zh", "ms"], HK: ["zh", "en"], MT: ["mt", "en"],
  FR: ["fr"], BE: ["nl", "fr", "de"], CH: ["de", "fr", "it"], SN: ["fr"], RW: ["rw", "fr", "en"], DE: ["de"], AT: ["de"], IT: ["it"],
  ES: ["es"], MX: ["es"], AR: ["es"], CO: ["es"], VE: ["es"], CL: ["es"], PE: ["es"], CU: ["es"], EC: ["es"], BO: ["es"], UY: ["es"], PY: ["es"],
  PT: ["pt"], BR: ["pt"], NL: ["nl"], SE: ["sv"], NO: ["no", "nb", "nn"], DK: ["da"], FI: ["fi", "sv"], IS: ["is"], PL: ["pl"], CZ: ["cs"],
  SK: ["sk"], HU: ["hu"], RO: ["ro"], BG: ["bg"], RS: ["sr"], HR: ["hr"], SI: ["sl"], BA: ["bs", "hr", "sr"], MK: ["mk"], ME: ["sr"], AL: ["sq"],
  GR: ["el"], CY: ["el", "tr"], EE: ["et"], LV: ["lv"], LT: ["lt"], RU: ["ru"], UA: ["uk"], BY: ["be", "ru"], GE: ["ka"], AM: ["hy"],
  AZ: ["az"], KZ: ["kk", "ru"], UZ: ["uz"], TR: ["tr"], IL: ["he"], IR: ["fa"], AF: ["ps", "fa"], CN: ["zh"], TW: ["zh"], JP: ["ja"],
  KR: ["ko"], KP: ["ko"], VN: ["vi"], TH: ["th"], MY: ["ms"], ID: ["id"], KH: ["km"], MM: ["my"], MN: ["mn"], BD: ["bn"], LK: ["si", "ta"],
  NP: ["ne"], ET: ["am"], TZ: ["sw", "en"],
  // Arabic-speaking states.
  QA: ["ar"], SA: ["ar"], EG: ["ar"], AE: ["ar"], LB: ["ar"], SY: ["ar"], IQ: ["ar"], JO: ["ar"], MA: ["ar"], DZ: ["ar"], TN: ["ar"],
  LY: ["ar"], SD: ["ar"], YE: ["ar"], OM: ["ar"], KW: ["ar"], BH: ["ar"], PS: ["ar"],
};

/**
 * German nationality adjectives by their stem (declined "-e", "-en", "-er", "-es", "-em") and country names (alone, or
 * as a genitive in "-s": "Ungarns Innenminister"), each with the country it names.
 */
const GERMAN_ADJECTIVE_STEMS: Readonly<Record<string, string>> = {
  amerikanisch: "US", "us-amerikanisch": "US", britisch: "GB", australisch: "AU", kanadisch: "CA", irisch: "IE", französisch: "FR",
  belgisch: "BE", schweizerisch: "CH", deutsch: "DE", österreichisch: "AT", italienisch: "IT", spanisch: "ES", mexikanisch: "MX",
  argentinisch: "AR", kolumbianisch: "CO", venezolanisch: "VE", chilenisch: "CL", kubanisch: "CU", portugiesisch: "PT", brasilianisch: "BR",
  niederländisch: "NL", schwedisch: "SE", norwegisch: "NO", dänisch: "DK", finnisch: "FI", polnisch: "PL", tschechisch: "CZ",
  slowakisch: "SK", ungarisch: "HU", rumänisch: "RO", bulgarisch: "BG", serbisch: "RS", kroatisch: "HR", griechisch: "GR", russisch: "RU",
  ukrainisch: "UA", belarussisch: "BY", weißrussisch: "BY", georgisch: "GE", türkisch: "TR", israelisch: "IL", iranisch: "IR",
  afghanisch: "AF", chinesisch: "CN", japanisch: "JP", südkoreanisch: "KR", nordkoreanisch: "KP", indisch: "IN", pakistanisch: "PK",
  ägyptisch: "EG", saudisch: "SA", "saudi-arabisch": "SA", syrisch: "SY", irakisch: "IQ", libanesisch: "LB", katarisch: "QA",
  marokkanisch: "MA", algerisch: "DZ", tunesisch: "TN", libysch: "LY", palästinensisch: "PS", nigerianisch: "NG", vietnamesisch: "VN",
  indonesisch: "ID", thailändisch: "TH", philippinisch: "PH",
};
const GERMAN_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  amerika: "US", großbritannien: "GB", australien: "AU", kanada: "CA", irland: "IE", frankreich: "FR", belgien: "BE", italien: "IT",
  spanien: "ES", mexiko: "MX", argentinien: "AR", kolumbien: "CO", venezuela: "VE", chile: "CL", kuba: "CU", portugal: "PT",
  brasilien: "BR", schweden: "SE", norwegen: "NO", dänemark: "DK", finnland: "FI", polen: "PL", tschechien: "CZ", ungarn: "HU",
  rumänien: "RO", bulgarien: "BG", serbien: "RS", kroatien: "HR", griechenland: "GR", russland: "RU", weißrussland: "BY", belarus: "BY",
  georgien: "GE", israel: "IL", iran: "IR", afghanistan: "AF", china: "CN", japan: "JP", südkorea: "KR", nordkorea: "KP", indien: "IN",
  pakistan: "PK", ägypten: "EG", "saudi-arabien": "SA", syrien: "SY", irak: "IQ", libanon: "LB", katar: "QA", marokko: "MA",
  algerien: "DZ", tunesien: "TN", libyen: "LY", nigeria: "NG", vietnam: "VN", indonesien: "ID", thailand: "TH",
};

/** Per language: the country a lower-cased word names as a nationality, if any. Languages not listed name none. */
const COUNTRY_OF_WORD: Readonly<Record<string, (word: string) => string | undefined>> = {
  en: (w) => (Object.hasOwn(NATIONALITY_ADJECTIVES, w) ? NATIONALITY_ADJECTIVES[w] : undefined),
  de: (w) => {
    const stem = w.replace(/(?:e|en|er|es|em)$/u, "");
    if (Object.hasOwn(GERMAN_ADJECTIVE_STEMS, stem)) return GERMAN_ADJECTIVE_STEMS[stem];
    if (Object.hasOwn(GERMAN_COUNTRY_NAMES, w)) return GERMAN_COUNTRY_NAMES[w];
    const genitive = w.replace(/s$/u, "");
    return Object.hasOwn(GERMAN_COUNTRY_NAMES, genitive) ? GERMAN_COUNTRY_NAMES[genitive] : undefined;
  },
};

/** Characters before a mention of the speaker in which a nationality may describe them ("der ungarische Innenminister "). */
const DESCRIPTOR_REACH = 48;

/** The words of a descriptor, lower-cased: a nationality is one word of it (two in English: "south korean"). */
function descriptorWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  return [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
}

/**
 * The countries the article gives its speaker `key` by a nationality word in the role read with the name, or in the
 * words just before a mention of them, within its sentence.
 */
export function speakerCountries(reading: ArticleReading, body: string, key: string): Set<string> {
  const countryOf = COUNTRY_OF_WORD[reading.language];
  const out = new Set<string>();
  if (!countryOf) return out;
  const source = reading.sources.find((s) => s.key === key);
  if (!source) return out;
  // Where the reader took the speaker from and every place the body writes their name (a role is often given only where
  // the name is first written in full, and a later "said Fekete" is the mention read).
  const surname = source.type === "named" ? source.name.split(/\s+/u).pop() : undefined;
  const named = surname && surname.length > 2 ? [...body.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, "gu"))].map((m) => m.index) : [];
  const texts = [source.role ?? ""];
  for (const at of [...source.mentions.map((m) => m.start), ...named]) {
    const before = body.slice(Math.max(0, at - DESCRIPTOR_REACH), at);
    // Only within the mention's sentence: a nationality in the sentence before describes someone else.
    texts.push(before.split(/[.!?:]\s|\n/u).pop() ?? "");
  }
  for (const t of texts) for (const w of descriptorWords(t)) {
    const country = countryOf(w);
    if (country) out.add(country);
  }
  return out;
}

/** Whether the article tells its speaker `key` as one who speaks another language than the article's (and none of its own). */
export function speaksAnotherLanguage(reading: ArticleReading, body: string, key: string): boolean {
  const countries = [...speakerCountries(reading, body, key)].filter((c) => COUNTRY_LANGUAGES[c] !== undefined);
  return countries.length > 0 && countries.every((c) => !COUNTRY_LANGUAGES[c]!.includes(reading.language));
}

/** The speaker key of the article's quotation that holds `span`, if the article names one. */
export function speakerOfQuoted(reading: ArticleReading, span: Span): string | undefined {
  for (const q of reading.quotations) {
    if (q.kind !== "quotation" || !q.speaker) continue;
    if (q.parts.some((p) => p.start < span.end && span.start < p.end) || (q.span.start < span.end && span.start < q.span.end)) return q.speaker;
  }
  return undefined;
}
