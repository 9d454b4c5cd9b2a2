/**
 * Words that scale the figure before them, per language: "50 bin göçmen", "50.000 Migranten" and "50,000 migrants"
 * give one figure, and "3 million passengers" counts three million passengers, not three millions. Per language, since
 * a scale word of one is a plain word of another ("bin" is a thousand in Turkish, a dustbin in English). Lower case,
 * matched whole after the figure; abbreviations without their full stop ("Mio." is "mio").
 */
// A lakh is a hundred thousand, a crore ten million (Indian English writes them too).
const SCALES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  en: { thousand: 1e3, million: 1e6, millions: 1e6, mn: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 },
  de: { tausend: 1e3, mio: 1e6, million: 1e6, millionen: 1e6, mrd: 1e9, milliarde: 1e9, milliarden: 1e9 },
  fr: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  es: { mil: 1e3, millón: 1e6, millones: 1e6 },
  pt: { mil: 1e3, milhão: 1e6, milhões: 1e6 },
  it: { mila: 1e3, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9 },
  tr: { bin: 1e3, milyon: 1e6, milyar: 1e9 },
  pl: { tys: 1e3, tysiąc: 1e3, tysiące: 1e3, tysięcy: 1e3, mln: 1e6, milion: 1e6, miliony: 1e6, milionów: 1e6, mld: 1e9, miliard: 1e9, miliardy: 1e9, miliardów: 1e9 },
  cs: { tis: 1e3, tisíc: 1e3, tisíce: 1e3, milion: 1e6, miliony: 1e6, milionů: 1e6, mld: 1e9, miliarda: 1e9, miliardy: 1e9, miliard: 1e9 },
  sk: { tis: 1e3, tisíc: 1e3, tisíce: 1e3, milión: 1e6, milióny: 1e6, miliónov: 1e6, mil: 1e6, mld: 1e9, miliarda: 1e9, miliardy: 1e9, miliárd: 1e9 },
  ru: { тыс: 1e3, тысяча: 1e3, тысячи: 1e3, тысяч: 1e3, млн: 1e6, миллион: 1e6, миллиона: 1e6, миллионов: 1e6, млрд: 1e9, миллиард: 1e9, миллиарда: 1e9, миллиардов: 1e9 },
  uk: { тис: 1e3, тисяча: 1e3, тисячі: 1e3, тисяч: 1e3, млн: 1e6, мільйон: 1e6, мільйони: 1e6, мільйонів: 1e6, млрд: 1e9, мільярд: 1e9, мільярди: 1e9, мільярдів: 1e9 },
  hi: { हज़ार: 1e3, हजार: 1e3, लाख: 1e5, करोड़: 1e7, अरब: 1e9 },
  // Urdu and Persian write the same scales in Arabic script (an arab is a hundred crore).
  ur: { ہزار: 1e3, لاکھ: 1e5, کروڑ: 1e7, ارب: 1e9, کھرب: 1e11, ملین: 1e6, بلین: 1e9 },
  fa: { هزار: 1e3, میلیون: 1e6, میلیارد: 1e9 },
  bn: { হাজার: 1e3, লাখ: 1e5, লক্ষ: 1e5, কোটি: 1e7 },
  ar: { ألف: 1e3, آلاف: 1e3, مليون: 1e6, ملايين: 1e6, مليونا: 1e6, مليار: 1e9, مليارات: 1e9, مليارا: 1e9 },
};

/** A language's scale words: the alternation that matches them (longest first, composed and decomposed, since a nukta or an accent may be printed either way) and the scale of a matched word. */
export interface Scales {
  alternation: string;
  of(word: string): number | undefined;
}

const built = new Map<string, Scales>();

/** The scale words of a language (ISO 639-1; English where claimtrail knows none of its own). */
export function scalesFor(language = "en"): Scales {
  const lang = language.slice(0, 2).toLowerCase();
  let scales = built.get(lang);
  if (!scales) {
    const table = SCALES[lang] ?? (SCALES.en as Readonly<Record<string, number>>);
    const alternation = [...new Set(Object.keys(table).flatMap((w) => [w.normalize("NFC"), w.normalize("NFD")]))].sort((a, b) => b.length - a.length).join("|");
    built.set(lang, (scales = { alternation, of: (word) => table[word.normalize("NFC").toLowerCase()] }));
  }
  return scales;
}

/**
 * Whether two figures are one figure misrendered: one ten times the other with the same digits, two or more of them
 * before the zeros ("1,200" → "12.000", "230" → "23"). A thousands mark read as a decimal one or a zero slipped in
 * retelling gives exactly this, and a translation is where it happens; two counts of other things rarely share their
 * digits so. One significant digit ("100", "1,000") is a round number, too common to tell one figure by.
 */
export function misrenderedFigures(a: number, b: number): boolean {
  const [low, high] = a < b ? [a, b] : [b, a];
  if (!Number.isInteger(low) || low <= 0 || high !== low * 10) return false;
  return String(low).replace(/0+$/u, "").length >= 2;
}
