/**
 * The third-person forms of a language's speech verbs, generated from their infinitives.
 *
 * Reporters write "dijeron", "expliquait", "hanno spiegato", "ont-ils ajouté", "erklärten" as often as the singular past
 * a hand-written list remembers; a speaker found for one form and missed for its plural or its imperfect is a source lost
 * at random. Speech verbs are a closed class of a few dozen verbs per language, mostly regular, so each language's
 * paradigm is written here once and every verb is conjugated through it; only the irregular forms are listed, beside
 * their verb. (Conjugation packages exist for some of these languages, but they ship dictionaries of every verb, loaded
 * in each reading worker, and none covers Portuguese.)
 */

/** The third-person slots a report of speech uses. */
export interface ThirdPerson {
  present: string;
  presentPlural: string;
  imperfect: string;
  imperfectPlural: string;
  /** The simple past: passé simple, pretérito, passato remoto, pretérito perfeito, Präteritum. */
  past: string;
  pastPlural: string;
  /** The past participle, for the compound past with the language's auxiliary ("a déclaré", "han dicho"). */
  participle?: string;
}

/** A regular verb by its infinitive, or an infinitive with the forms that do not follow its class. */
export type VerbSpec = string | readonly [infinitive: string, irregular: Partial<ThirdPerson>];

interface Paradigm {
  /** Endings of the infinitive, longest first, with the forms each class builds on the stem. */
  classes: readonly { ending: string; forms: (stem: string) => ThirdPerson }[];
  /** Auxiliaries of the compound past, singular and plural ("a" / "ont", "ha" / "han"). */
  auxiliaries?: { singular: readonly string[]; plural: readonly string[] };
  /** Extra forms a language builds from the slots (the French inverted "déclare-t-il"). */
  extra?: (forms: ThirdPerson, auxiliaries: Paradigm["auxiliaries"]) => string[];
}

/** French spelling keeps a soft c or g before a and o: annonçait, interrogea. */
function frSoft(stem: string, ending: string): string {
  if (!/^[ao]/.test(ending)) return stem + ending;
  if (stem.endsWith("c")) return `${stem.slice(0, -1)}ç${ending}`;
  if (stem.endsWith("g")) return `${stem}e${ending}`;
  return stem + ending;
}

/** French inverts the subject pronoun after the verb, with a -t- between two vowels: "déclare-t-il", "dit-elle", "a-t-il ajouté". */
function frInverted(forms: ThirdPerson, aux: Paradigm["auxiliaries"]): string[] {
  const out: string[] = [];
  const invert = (verb: string, plural: boolean): string[] =>
    (plural ? ["ils", "elles"] : ["il", "elle"]).map((p) => (/[aeé]$/.test(verb) ? `${verb}-t-${p}` : `${verb}-${p}`));
  for (const v of [forms.present, forms.imperfect, forms.past]) out.push(...invert(v, false));
  for (const v of [forms.presentPlural, forms.imperfectPlural, forms.pastPlural]) out.push(...invert(v, true));
  if (forms.participle && aux) {
    for (const a of aux.singular) out.push(...invert(a, false).map((x) => `${x} ${forms.participle}`));
    for (const a of aux.plural) out.push(...invert(a, true).map((x) => `${x} ${forms.participle}`));
  }
  return out;
}

const PARADIGMS: Readonly<Record<string, Paradigm>> = {
  fr: {
    classes: [
      {
        ending: "er",
        forms: (s) => ({
          present: `${s}e`,
          presentPlural: `${s}ent`,
          imperfect: frSoft(s, "ait"),
          imperfectPlural: frSoft(s, "aient"),
          past: frSoft(s, "a"),
          pastPlural: `${s}èrent`,
          participle: `${s}é`,
        }),
      },
    ],
    // The conditional past is the press's "reportedly said" ("aurait déclaré"): still a report of someone's words.
    auxiliaries: { singular: ["a", "avait", "aurait"], plural: ["ont", "avaient", "auraient"] },
    extra: frInverted,
  },
  es: {
    classes: [
      { ending: "ar", forms: (s) => ({ present: `${s}a`, presentPlural: `${s}an`, imperfect: `${s}aba`, imperfectPlural: `${s}aban`, past: `${s}ó`, pastPlural: `${s}aron`, participle: `${s}ado` }) },
      { ending: "er", forms: (s) => ({ present: `${s}e`, presentPlural: `${s}en`, imperfect: `${s}ía`, imperfectPlural: `${s}ían`, past: `${s}ió`, pastPlural: `${s}ieron`, participle: `${s}ido` }) },
      { ending: "ir", forms: (s) => ({ present: `${s}e`, presentPlural: `${s}en`, imperfect: `${s}ía`, imperfectPlural: `${s}ían`, past: `${s}ió`, pastPlural: `${s}ieron`, participle: `${s}ido` }) },
    ],
    auxiliaries: { singular: ["ha", "había", "habría"], plural: ["han", "habían", "habrían"] },
  },
  it: {
    classes: [
      { ending: "are", forms: (s) => ({ present: `${s}a`, presentPlural: `${s}ano`, imperfect: `${s}ava`, imperfectPlural: `${s}avano`, past: `${s}ò`, pastPlural: `${s}arono`, participle: `${s}ato` }) },
      { ending: "ere", forms: (s) => ({ present: `${s}e`, presentPlural: `${s}ono`, imperfect: `${s}eva`, imperfectPlural: `${s}evano`, past: `${s}é`, pastPlural: `${s}erono`, participle: `${s}uto` }) },
      // -ire verbs of speech mostly take -isc- (ribadisce, riferisce); the others list their present.
      { ending: "ire", forms: (s) => ({ present: `${s}isce`, presentPlural: `${s}iscono`, imperfect: `${s}iva`, imperfectPlural: `${s}ivano`, past: `${s}ì`, pastPlural: `${s}irono`, participle: `${s}ito` }) },
    ],
    auxiliaries: { singular: ["ha", "aveva", "avrebbe"], plural: ["hanno", "avevano", "avrebbero"] },
  },
  pt: {
    // Portuguese reports speech in the simple past; its compound past ("tem dito") means "has been saying", so only the
    // pluperfect and the conditional past take the participle ("tinha dito", the press's "reportedly said" "teria dito").
    classes: [
      { ending: "ar", forms: (s) => ({ present: `${s}a`, presentPlural: `${s}am`, imperfect: `${s}ava`, imperfectPlural: `${s}avam`, past: `${s}ou`, pastPlural: `${s}aram`, participle: `${s}ado` }) },
      { ending: "er", forms: (s) => ({ present: `${s}e`, presentPlural: `${s}em`, imperfect: `${s}ia`, imperfectPlural: `${s}iam`, past: `${s}eu`, pastPlural: `${s}eram`, participle: `${s}ido` }) },
      { ending: "ir", forms: (s) => ({ present: `${s}e`, presentPlural: `${s}em`, imperfect: `${s}ia`, imperfectPlural: `${s}iam`, past: `${s}iu`, pastPlural: `${s}iram`, participle: `${s}ido` }) },
    ],
    auxiliaries: { singular: ["tinha", "teria"], plural: ["tinham", "teriam"] },
  },
  ru: {
    // Russian reports speech in the past, which has no person, only gender and number: the masculine stands in the
    // "past" slot, the plural in "pastPlural", the feminine is added (extra). Imperfective verbs ("заявлял", "говорила")
    // tell what someone used to say or said at the time, still a report of their words. The present is left out: "говорит"
    // reports as often what a document or a figure shows.
    classes: [{ ending: "ть", forms: (s) => ({ present: "", presentPlural: "", imperfect: "", imperfectPlural: "", past: `${s}л`, pastPlural: `${s}ли` }) }],
    extra: (forms) => [`${forms.past}а`],
  },
  sk: {
    // Slovak reports speech in the past, which has no person, only gender and number, and no auxiliary in the third
    // person ("povedal", "uviedla", "oznámilo ministerstvo"): the masculine stands in the "past" slot, the plural in
    // "pastPlural", the feminine and neuter are the plural's stem (extra), so an irregular masculine ("uviedol") lists
    // only itself and its plural ("uviedli" → "uviedla", "uviedlo"). A present ("hovorí", "píše") is irregular: listed.
    classes: [{ ending: "ť", forms: (s) => ({ present: "", presentPlural: "", imperfect: "", imperfectPlural: "", past: `${s}l`, pastPlural: `${s}li` }) }],
    extra: (forms) => [`${forms.pastPlural.slice(0, -1)}a`, `${forms.pastPlural.slice(0, -1)}o`],
  },
  de: {
    // Weak verbs; a stem ending in t or d takes an e before the ending (berichtete). The present plural is the
    // infinitive itself ("sagen"), which stands after modal verbs as often as it reports speech: it is left out.
    classes: [
      {
        ending: "en",
        forms: (s) => {
          const e = /[td]$/.test(s) ? "e" : "";
          return { present: `${s}${e}t`, presentPlural: "", imperfect: "", imperfectPlural: "", past: `${s}${e}te`, pastPlural: `${s}${e}ten` };
        },
      },
      { ending: "ern", forms: (s) => ({ present: `${s}ert`, presentPlural: "", imperfect: "", imperfectPlural: "", past: `${s}erte`, pastPlural: `${s}erten` }) },
    ],
  },
};

function isComplete(f: Partial<ThirdPerson>): f is ThirdPerson {
  return [f.present, f.presentPlural, f.imperfect, f.imperfectPlural, f.past, f.pastPlural].every((x) => x !== undefined);
}

/** Every third-person form of the verbs, in the language's paradigm, compound pasts included; empty for a language without one. */
export function speechVerbForms(language: string, verbs: readonly VerbSpec[]): string[] {
  const paradigm = PARADIGMS[language];
  if (!paradigm) return [];
  const out = new Set<string>();
  for (const spec of verbs) {
    const [infinitive, irregular] = typeof spec === "string" ? [spec, {}] : spec;
    const cls = paradigm.classes.find((c) => infinitive.endsWith(c.ending));
    // A verb of no regular class ("dire", "écrire") lists every form itself.
    const regular: Partial<ThirdPerson> = cls ? cls.forms(infinitive.slice(0, -cls.ending.length)) : {};
    const forms = { ...regular, ...irregular };
    if (!isComplete(forms)) throw new Error(`speechVerbForms: "${infinitive}" fits no ${language} verb class and lists not every form`);
    const simple = [forms.present, forms.presentPlural, forms.imperfect, forms.imperfectPlural, forms.past, forms.pastPlural];
    for (const f of simple) if (f) out.add(f);
    const aux = paradigm.auxiliaries;
    if (forms.participle && aux) for (const a of [...aux.singular, ...aux.plural]) out.add(`${a} ${forms.participle}`);
    for (const f of paradigm.extra?.(forms, aux) ?? []) out.add(f);
  }
  return [...out];
}
