/**
 * Every language's negation words ("not", "nicht", "ne … pas"), by ISO 639-1 code: one list that reading (a report
 * denied, "was not reported by X": extract/negation.ts), alignment (a quotation's negated word) and stance (a claim's
 * denial: analyse/stance/) all read, so no stage depends on a later one for them.
 */
import { dataLanguage } from "./languages.ts";
import { cueTest, type WordCue } from "./cues.ts";

/** A language's negation words, and how any word list of the language is matched (stance's lists take both from here). */
export interface NegationWords {
  /** ISO 639-1 code. */
  language: string;
  /** False when words are not separated by spaces or carry clitics (Chinese, Korean, Arabic, Persian): cues match anywhere. */
  wordBoundaries: boolean;
  /** Words that negate a statement ("not", "never"): a statement negating what the claim affirms reports it false. */
  negation: readonly WordCue[];
}

/** No Hebrew letter before: a Hebrew cue that may take "and" (ו) or "that" (ש) written onto it, then itself. */
export const HEBREW_WHOLE_BEFORE = "(?<![\\u05D0-\\u05EA])[וש]?";
/** No Hebrew letter after. */
export const HEBREW_WHOLE_AFTER = "(?![\\u05D0-\\u05EA])";

/** Each language's negation words; a language missing here has none (readers fall back to English where they need some). */
export const NEGATION_WORDS = {
  af: {
    language: "af",
    wordBoundaries: true,
    negation: [{ cue: "nie|geen|nooit|niks|niemand", example: "Die burgemeester het nie bedank nie." }],
  },
  ar: {
    language: "ar",
    wordBoundaries: false,
    negation: [
      // Whole words, a conjunction joined before them ("ولم", "فلا"): Arabic is read without word boundaries, and "لن" is
      // also the letters inside "النورس", "لا" those inside "إعلان".
      { cue: "(?<![\\p{L}])[وف]?(?:لم|لن|ليس|ليست)(?![\\p{L}])", example: "لم يستقل رئيس البلدية." },
      { cue: "(?<![\\p{L}])[وف]?لا(?![\\p{L}])", example: "لا يساعد الشوكولاتة على النوم." },
    ],
  },
  bg: {
    language: "bg",
    wordBoundaries: true,
    negation: [
      { cue: "не|няма", example: "Кметът не подаде оставка." },
      { cue: "никога|нито|никакв\\p{L}*", example: "Кметът никога не е подавал оставка." },
    ],
  },
  ca: {
    language: "ca",
    wordBoundaries: true,
    negation: [
      { cue: "no", example: "L'alcalde no ha dimitit." },
      { cue: "mai|ni|tampoc", example: "L'alcalde mai ha dimitit." },
    ],
  },
  cs: {
    language: "cs",
    wordBoundaries: true,
    negation: [
      { cue: "ne|není|nejsou|nebyl\\p{L}*|nebud\\p{L}*|nemá|nemají|neměl\\p{L}*|nemůže|nemohou|nemohl\\p{L}*|nesmí", example: "Starosta není ve funkci." },
      { cue: "nikdy|žádn\\p{L}*|nic|nikdo", example: "Starosta nikdy neodstoupil." },
    ],
  },
  da: {
    language: "da",
    wordBoundaries: true,
    negation: [
      { cue: "ikke", example: "Borgmesteren er ikke gået af." },
      { cue: "aldrig", example: "Borgmesteren gik aldrig af." },
      { cue: "ingen|intet", example: "Borgmesteren gav ingen forklaring." },
    ],
  },
  de: {
    language: "de",
    wordBoundaries: true,
    negation: [
      // Not "nicht nur", which adds to what it names.
      { cue: "nicht(?!\\s+nur(?![\\p{L}]))", example: "Kräutertee hilft nicht beim Einschlafen." },
      { cue: "kein(?:e|en|er|em|es)?", example: "Der Bürgermeister gab keine Erklärung ab." },
      { cue: "nie(?:mals)?", example: "Der Bürgermeister trat nie zurück." },
    ],
  },
  el: {
    language: "el",
    wordBoundaries: true,
    negation: [
      { cue: "δεν|δε|μην", example: "Ο δήμαρχος δεν παραιτήθηκε." },
      { cue: "ποτ[εέ]|ο[υύ]τε|καν[εέ]ν\\p{L}*|καμ[ιί]\\p{L}*", example: "Ο δήμαρχος ποτέ δεν παραιτήθηκε." },
    ],
  },
  en: {
    language: "en",
    wordBoundaries: true,
    negation: [
      // Not "not only" / "not just", which add to what they name ("Not only did the mayor resign, she left town").
      { cue: "not(?!\\s+(?:only|just|merely|solely)(?![\\p{L}]))", example: "The mayor has not resigned." },
      { cue: "\\w+n['’]t", example: "The mayor hasn't resigned." },
      { cue: "never", example: "The mayor never resigned." },
      { cue: "none", example: "None of the ferries sailed." },
      { cue: "no", example: "No, the mayor resigned nothing." },
    ],
  },
  es: {
    language: "es",
    wordBoundaries: true,
    negation: [
      // Not "no solo", "no sólo", "no solamente", which add to what they name.
      { cue: "no(?!\\s+(?:s[oó]lo|solamente|únicamente)(?![\\p{L}]))", example: "El alcalde no dimitió." },
      { cue: "nunca|jamás", example: "El alcalde nunca dimitió." },
    ],
  },
  et: {
    language: "et",
    wordBoundaries: true,
    negation: [
      { cue: "ei|pole|polnud|mitte(?!\\s+ainult(?![\\p{L}]))", example: "Linnapea ei astunud tagasi." },
      { cue: "ükski|ühtegi|mitte\\s+kunagi|eales", example: "Ühtegi sellist juhtumit toimunud ei ole." },
    ],
  },
  fa: {
    language: "fa",
    wordBoundaries: false,
    negation: [
      { cue: "نیست|نبود|نکرد|نشد", example: "شهردار استعفا نکرد." },
      { cue: "هرگز", example: "شهردار هرگز استعفا نداد." },
    ],
  },
  fi: {
    language: "fi",
    wordBoundaries: true,
    negation: [
      { cue: "ei|eivät|en|emme", example: "Pormestari ei eronnut." },
      { cue: "koskaan|mitään|yhtään", example: "Pormestari ei koskaan eronnut." },
    ],
  },
  fr: {
    language: "fr",
    wordBoundaries: true,
    negation: [
      // "ne … que" restricts ("ce n'est qu'un début": it is only a beginning), it does not deny.
      { cue: "(?:ne|n['’]\\p{L}+)(?![^.!?;,]{0,40}?(?<![\\p{L}])qu(?:e(?![\\p{L}])|['’]))", example: "Le maire n'a pas démissionné." },
      { cue: "pas", example: "Le maire a pas démissionné." },
      { cue: "jamais", example: "Le maire a jamais démissionné." },
      { cue: "aucun(?:e)?", example: "Aucun maire n'a démissionné." },
    ],
  },
  he: {
    language: "he",
    wordBoundaries: false,
    negation: [
      { cue: `${HEBREW_WHOLE_BEFORE}(?:לא|אין|אינו|אינה|אינם|אינן|איננו|מעולם\\s+לא)${HEBREW_WHOLE_AFTER}`, example: "ראש העיר לא התפטר." },
      { cue: `${HEBREW_WHOLE_BEFORE}(?:אף\\s+פעם|שום)${HEBREW_WHOLE_AFTER}`, example: "ראש העיר אף פעם לא התפטר." },
    ],
  },
  hi: {
    language: "hi",
    wordBoundaries: false,
    negation: [{ cue: "कभी नहीं|नहीं", example: "महापौर ने इस्तीफा नहीं दिया।" },],
  },
  hr: {
    language: "hr",
    wordBoundaries: true,
    negation: [
      { cue: "ne|nije|nisu|nisam|nismo|niste|neće|nema|не|није|нису|неће|нема", example: "Gradonačelnik nije podnio ostavku." },
      { cue: "nikad(?:a)?|ništa|nitko|niko|nijedan\\p{L}*|никад(?:а)?|ништа|нико|ниједан\\p{L}*", example: "Gradonačelnik nikada nije podnio ostavku." },
    ],
  },
  hu: {
    language: "hu",
    wordBoundaries: true,
    negation: [
      { cue: "nem|nincs|nincsenek", example: "A polgármester nem mondott le." },
      { cue: "soha|sosem|egyetlen\\s+\\p{L}+\\s+sem", example: "A polgármester soha nem mondott le." },
    ],
  },
  id: {
    language: "id",
    wordBoundaries: true,
    negation: [{ cue: "tidak pernah|tidak|tak|bukan|belum", example: "Wali kota tidak pernah mengundurkan diri." },],
  },
  is: {
    language: "is",
    wordBoundaries: true,
    negation: [
      { cue: "ekki(?!\\s+(?:aðeins|einungis|bara)(?![\\p{L}]))|aldrei|hvorki", example: "Bæjarstjórinn sagði ekki af sér." },
      { cue: "enginn|engin|ekkert|engir|engar|engan|engum|engra", example: "Enginn slíkur fundur fór fram." },
    ],
  },
  it: {
    language: "it",
    wordBoundaries: true,
    negation: [
      // Not "non solo", "non soltanto", which add to what they name.
      { cue: "non(?!\\s+(?:solo|soltanto|solamente)(?![\\p{L}]))", example: "Il sindaco non si è dimesso." },
      { cue: "mai", example: "Il sindaco si è mai dimesso." },
      { cue: "nessun(?:o|a)?", example: "Nessun sindaco si è dimesso." },
    ],
  },
  ja: {
    language: "ja",
    wordBoundaries: false,
    negation: [{ cue: "ではない|ではなかった|していない|しなかった|ません", example: "市長は辞任していない。" },],
  },
  ko: {
    language: "ko",
    wordBoundaries: false,
    negation: [
      { cue: "않|아니|없", example: "시장은 사임하지 않았다." },
      { cue: "못", example: "시장은 사임하지 못했다." },
    ],
  },
  lt: {
    language: "lt",
    wordBoundaries: true,
    negation: [
      // Not "ne tik" (not only … but also), which negates nothing.
      { cue: "ne(?!\\s+tik(?![\\p{L}]))|nėra|nebuvo|nebus|neturi|neturėjo|negali|negalėjo", example: "Meras nėra atsistatydinęs." },
      { cue: "niekada|niekuomet|joks|jokia|jokio|jokios|jokių|jokį|jokią|nieko|niekas", example: "Meras niekada neatsistatydino." },
    ],
  },
  lv: {
    language: "lv",
    wordBoundaries: true,
    negation: [{ cue: "ne(?!\\s+tikai(?![\\p{L}]))|nav|nebija|nebūs|nevar|nevarēja|nekad|nekas|neko|neviens|neviena|nekāds|nekāda|nekādu|nekādi", example: "Mērs nav atkāpies." },],
  },
  mk: {
    language: "mk",
    wordBoundaries: true,
    negation: [
      { cue: "не(?!\\s+само(?![\\p{L}]))|нема|никогаш|ниту", example: "Градоначалникот не поднесе оставка." },
      { cue: "никој|ништо|ниеден|ниедна|ниедно", example: "Ниеден таков состанок не се одржал." },
    ],
  },
  nl: {
    language: "nl",
    wordBoundaries: true,
    negation: [{ cue: "niet|geen|nooit", example: "De burgemeester is niet afgetreden." }],
  },
  no: {
    language: "no",
    wordBoundaries: true,
    negation: [
      { cue: "ikke", example: "Ordføreren har ikke gått av." },
      { cue: "aldri", example: "Ordføreren gikk aldri av." },
      { cue: "ingen|intet|ingenting", example: "Ordføreren ga ingen forklaring." },
    ],
  },
  pl: {
    language: "pl",
    wordBoundaries: true,
    negation: [
      { cue: "nie", example: "Burmistrz nie podał się do dymisji." },
      { cue: "nigdy|żaden|żadna|żadne", example: "Burmistrz nigdy nie podał się do dymisji." },
    ],
  },
  pt: {
    language: "pt",
    wordBoundaries: true,
    negation: [
      // Not "não só", "não apenas", "não somente", which add to what they name.
      { cue: "não(?!\\s+(?:só|apenas|somente)(?![\\p{L}]))", example: "O prefeito não renunciou." },
      { cue: "nunca|jamais", example: "O prefeito nunca renunciou." },
      { cue: "nenhum(?:a)?", example: "Nenhum prefeito renunciou." },
    ],
  },
  ro: {
    language: "ro",
    wordBoundaries: true,
    negation: [
      { cue: "nu", example: "Primarul nu a demisionat." },
      { cue: "niciodată|nicio|niciun", example: "Primarul nu a demisionat niciodată." },
    ],
  },
  ru: {
    language: "ru",
    wordBoundaries: true,
    negation: [
      { cue: "не", example: "Мэр не ушёл в отставку." },
      { cue: "нет|никогда", example: "Мэр никогда не уходил в отставку." },
    ],
  },
  sk: {
    language: "sk",
    wordBoundaries: true,
    negation: [
      { cue: "nie|nie\\s+je|nie\\s+sú|nebol\\p{L}*|nebud\\p{L}*|nemá|nemajú|nemal\\p{L}*|nemôže|nemôžu|nemohol|nemohl\\p{L}*|nesmie", example: "Starosta nie je vo funkcii." },
      { cue: "nikdy|žiadn\\p{L}*|nič|nikto", example: "Starosta nikdy neodstúpil." },
    ],
  },
  sl: {
    language: "sl",
    wordBoundaries: true,
    negation: [{ cue: "ne(?!\\s+(?:samo|le)(?![\\p{L}]))|ni|niso|nista|nima|nimajo|nikoli|noben|nobena|nobeno|nobenega|nobene|nič", example: "Župan ni odstopil." },],
  },
  sq: {
    language: "sq",
    wordBoundaries: true,
    negation: [{ cue: "nuk|mos|kurrë|asnjë|asgjë|askush", example: "Kryetari nuk dha dorëheqjen." },],
  },
  sv: {
    language: "sv",
    wordBoundaries: true,
    negation: [
      { cue: "inte|ej", example: "Borgmästaren har inte avgått." },
      { cue: "aldrig", example: "Borgmästaren avgick aldrig." },
      { cue: "ingen|inget|inga", example: "Borgmästaren gav ingen förklaring." },
    ],
  },
  sw: {
    language: "sw",
    wordBoundaries: true,
    negation: [
      { cue: "si|sio|siyo|hakuna|hapana|kamwe", example: "Meya si mgombea." },
      // The negative perfect and past: "ha-" with its subject, then "-ja-" or "-ku-" ("haijatoa", "hawakusema").
      { cue: "(?:ha|hai|hawa|hatu|hazi|hali|haya|haki)(?:ja|ku)\\p{L}{3,}", example: "Meya hajajiuzulu." },
    ],
  },
  th: {
    language: "th",
    wordBoundaries: false,
    negation: [{ cue: "ไม่ได้|ไม่ใช่|ไม่มี", example: "นายกเทศมนตรีไม่ได้ลาออก" },],
  },
  tr: {
    language: "tr",
    wordBoundaries: true,
    negation: [
      { cue: "değil\\p{L}*", example: "Başkan istifa etmiş değil." },
      { cue: "asla|hiçbir|yok", example: "Başkan asla istifa etmedi." },
    ],
  },
  uk: {
    language: "uk",
    wordBoundaries: true,
    negation: [
      { cue: "не", example: "Мер не пішов у відставку." },
      { cue: "ні|ніколи|немає", example: "Мер ніколи не йшов у відставку." },
    ],
  },
  ur: {
    language: "ur",
    wordBoundaries: false,
    negation: [{ cue: "کبھی نہیں|نہیں", example: "میئر نے استعفیٰ نہیں دیا۔" },],
  },
  vi: {
    language: "vi",
    // Syllables are written apart, so a cue is matched as whole syllables ("bác bỏ", never inside another word).
    wordBoundaries: true,
    negation: [
      // "không" is also a syllable of words that negate nothing: "hàng không" (aviation), "không khí" (air), "không gian"
      // (space), "không quân" (air force), and "không chỉ" is "not only"; "chưa được xác nhận" (not yet confirmed) hedges.
      {
        cue: "(?<!hàng\\s)(?:không hề|không phải|không|chưa từng|chưa hề|chưa(?!\\s+được\\s+(?:xác nhận|kiểm chứng|xác minh))|chẳng|chả)(?!\\s+(?:khí|gian|quân|trung|lưu|phận|chỉ|những)(?![\\p{L}\\p{N}]))",
        example: "Thị trưởng không từ chức.",
      },
    ],
  },
  zh: {
    language: "zh",
    wordBoundaries: false,
    negation: [
      { cue: "不是|并非|並非|没有|沒有", example: "市长没有辞职。" },
      { cue: "未|不", example: "市长未辞职。" },
    ],
  },
} as const satisfies Readonly<Record<string, NegationWords>>;

/** A language's negation words (by the code its data is kept under: "en-GB" by "en", "nb" by "no"), if it has any. */
export function negationWordsOf(language: string): NegationWords | undefined {
  return (NEGATION_WORDS as Readonly<Record<string, NegationWords>>)[dataLanguage(language)];
}

const tests = new WeakMap<NegationWords, RegExp>();

/**
 * A language's negation words as one test (not global: `test` keeps no position), whole words where the language
 * separates them, accepting the legacy letters a page may print (acceptingLegacyLetters); made once per word list.
 */
export function negationTest(words: NegationWords): RegExp {
  let re = tests.get(words);
  if (!re) {
    re = cueTest(words.negation, words.wordBoundaries);
    tests.set(words, re);
  }
  return re;
}
