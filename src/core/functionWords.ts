/**
 * Function words per language ("και", "δεν", "и", "не", "ve", "bir"): words that say nothing of a statement's content,
 * so two statements sharing them share no evidence. The lists are the `stopword` package's (MIT, about sixty languages),
 * read by the ISO 639-1 code an article declares or is detected in; a language the package lacks has none.
 */
import stopword from "stopword";

/** The package's ISO 639-3 list name for each ISO 639-1 code it covers. */
const LIST_OF: Readonly<Record<string, keyof typeof stopword>> = {
  af: "afr", ar: "ara", bn: "ben", br: "bre", bg: "bul", ca: "cat", cs: "ces", da: "dan", de: "deu", el: "ell", en: "eng",
  eo: "epo", et: "est", eu: "eus", fa: "fas", fi: "fin", fr: "fra", ga: "gle", gl: "glg", gu: "guj", ha: "hau", he: "heb",
  hi: "hin", hr: "hrv", hu: "hun", hy: "hye", id: "ind", it: "ita", ja: "jpn", ko: "kor", ku: "kur", la: "lat", lv: "lav",
  lt: "lit", mr: "mar", ms: "msa", my: "mya", nl: "nld", no: "nob", nb: "nob", pa: "panGu", pl: "pol", pt: "por", ro: "ron",
  ru: "rus", sk: "slk", sl: "slv", so: "som", st: "sot", es: "spa", sw: "swa", sv: "swe", tl: "tgl", th: "tha", tr: "tur",
  uk: "ukr", ur: "urd", vi: "vie", yo: "yor", zh: "zho", zu: "zul",
};

const NONE: readonly string[] = [];

/**
 * The language's function words, lower case, as the package writes them and with a Greek final sigma both ways (its
 * Greek list writes "αυτοσ" for "αυτος"). Empty for a language it lacks.
 */
export function functionWords(language: string | undefined): readonly string[] {
  const list = LIST_OF[(language ?? "").toLowerCase().slice(0, 2)];
  const words = list ? (stopword[list] as string[] | undefined) : undefined;
  if (!Array.isArray(words)) return NONE;
  return list === "ell" ? words.flatMap((w) => (w.endsWith("σ") ? [w, `${w.slice(0, -1)}ς`] : [w])) : words;
}
