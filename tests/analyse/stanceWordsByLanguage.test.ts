// Stance words of each language on sentences of our own (invented places and people), one row per language: a debunk
// in its words reports the story false, its hedges only mention it, and words that share their letters with a cue are
// no cue. A language's stance words get a row here; what each field asks is said on `StanceRow`.
import { describe, expect, it } from "vitest";
import { debunkCues, negationCues } from "../../src/analyse/stance.ts";
import { stanceOfFirst } from "./stanceHelpers.ts";

/** What the stance words of one language must read, each on a sentence of our own. */
interface StanceRow {
  /** The language code the words are read under. */
  language: string;
  /** A sentence holding a debunk word, and the cue read in it. */
  debunks: readonly (readonly [sentence: string, cue: string])[];
  /** Sentences without a debunk word, some holding words that share a cue's letters. */
  plain: readonly string[];
  /** A story stated by its first sentence and reported false by the next (none where the words were only tested alone). */
  reportedFalse?: readonly string[];
  /** A story stated with a hedge: only mentioned (none for a language whose hedges are not tested). */
  mentioned?: string;
  /** Sentences stating the story as true: a plain report, or one with a word spelt like a hedge that is none. */
  stated?: readonly string[];
  /** A sentence and the negation cues read in it (none for "not only"). */
  negations?: readonly (readonly [sentence: string, cues: readonly string[]])[];
}

const ROWS: readonly StanceRow[] = [
  {
    // "ei vasta tõele" (does not match the truth), "libauudis" (fake news), "väidetavalt" (allegedly); "vale aadress" is
    // a wrong address, no lie; "mitte ainult" is not only.
    language: "et",
    debunks: [
      ["Vallavanem Jaan Kask kinnitab, et jutt praamide peatamisest ei vasta tõele.", "ei vasta tõele"],
      ["Sotsiaalmeedias levib libauudis praami kohta.", "libauudis"],
      ["Vallavanem Jaan Kask eitas seda teadet.", "eitas"],
    ],
    plain: ["Kuller tõi paki vale aadressi peale.", "Vallavanem astus teisipäeval tagasi."],
    reportedFalse: ["Lõunaküla sadam suletakse terveks kuuks.", "Vallavanem Jaan Kask kinnitab, et see teade ei vasta tõele."],
    mentioned: "Lõunaküla sadam suletakse väidetavalt terveks kuuks.",
    // The partitive of the participle "olev" (being), no quotative: "the information there".
    stated: ["Vald avaldas kõik seal olevat infot puudutavad otsused."],
    negations: [
      ["Sadam on suletud mitte ainult laevadele, vaid ka praamidele.", []],
      ["Sadamat ei suleta.", ["ei"]],
    ],
  },
  {
    // "nepatiesa" (untrue), "viltus ziņa" (fake news), "it kā" (as if, reportedly); "viltus bārda" is a false beard;
    // "ne tikai" is not only.
    language: "lv",
    debunks: [
      ["Policija norāda, ka ziņa par tilta slēgšanu ir nepatiesa.", "nepatiesa"],
      ["Sociālajos tīklos izplatās viltus ziņa par prāmi.", "viltus ziņa"],
      ["Dome šo informāciju noliedza.", "noliedza"],
    ],
    plain: ["Aktieris uz skatuves uzlika viltus bārdu.", "Mērs otrdien atkāpās no amata."],
    reportedFalse: ["Ostu Lejasciemā slēgs uz visu mēnesi.", "Dome norāda, ka šī ziņa ir nepatiesa."],
    mentioned: "Ostu Lejasciemā it kā slēgs uz visu mēnesi.",
    negations: [["Osta slēgta ne tikai kuģiem, bet arī prāmjiem.", []]],
  },
  {
    // "lažna novica" (fake news), "ni res" (is not true), "naj bi" (supposedly); "ni res lepo" is not really nice;
    // "ne samo" is not only.
    language: "sl",
    debunks: [
      ["Policisti opozarjajo, da gre za lažno novico.", "lažno"],
      ["Na občini pravijo, da to ni res.", "ni res"],
      ["Županja Ana Kovač je novico zanikala.", "zanikala"],
    ],
    plain: ["Razgled z gradu ni res lep.", "Županja je v torek odstopila."],
    reportedFalse: ["Pristanišče v Gornji vasi bodo zaprli za ves mesec.", "Policija opozarja, da gre za lažno novico."],
    mentioned: "Pristanišče v Gornji vasi naj bi zaprli za ves mesec.",
    negations: [["Pristanišče je zaprto ne samo za ladje, ampak tudi za trajekte.", []]],
  },
  {
    // "është i pavërtetë" (is untrue), "i rremë" (false), "gjoja" (allegedly); "rremat" are oars.
    language: "sq",
    debunks: [
      ["Bashkia sqaron se njoftimi për urën është i pavërtetë.", "pavërtetë"],
      ["Në rrjete qarkullon një lajm i rremë për urën.", "i rremë"],
      ["Bashkia e mohoi këtë lajm.", "mohoi"],
    ],
    plain: ["Peshkatarët i lanë rremat në breg.", "Kryetari dha dorëheqjen të martën."],
    reportedFalse: ["Porti i Fshatit të Ri do të mbyllet për një muaj.", "Bashkia sqaron se njoftimi për portin është i pavërtetë."],
    mentioned: "Porti i Fshatit të Ri gjoja do të mbyllet për një muaj.",
  },
  {
    // "melaginga informacija" (false information), "esą" (reportedly); "gandras" is a stork, no "gandas" (rumour);
    // negation is the word "ne" and the negated forms of to be and can, not every word that starts with ne-;
    // "ne tik" is not only.
    language: "lt",
    debunks: [
      ["Susisiekimo ministras tikina, kad tai melaginga informacija.", "melaginga"],
      ["„Tai yra melagiena“, – sakė merė Rūta Žemaitė.", "melagiena"],
      ["Savivaldybė žinią apie uždarytą uostą paneigė.", "paneigė"],
      ["Ministerija teigia, kad tai netiesa.", "netiesa"],
    ],
    plain: ["Virš ežero praskrido gandras.", "Merė antradienį atsistatydino."],
    reportedFalse: ["Uostas Marovėje bus uždarytas visam mėnesiui.", "Ministras Tomas Rudaitis tikina – tai melaginga informacija."],
    mentioned: "Uostas Marovėje esą bus uždarytas visam mėnesiui.",
    negations: [
      ["Uostas nėra uždarytas.", ["nėra"]],
      ["Neseniai nelaimė ištiko uostą.", []],
      ["Uostas uždarytas ne tik laivams, bet ir keltams.", []],
    ],
  },
  {
    // "nie waar nie" (not true), "fopnuus" (fake news), "glo" (reportedly); the verb "glo", believe, is no hedge.
    language: "af",
    debunks: [
      ["Kol. Jan Botha het gesê die berig oor die hawe is nie waar nie.", "nie waar nie"],
      ["Moenie fopnuus oor die brug by Wesdorp versprei nie, pleit die polisie.", "fopnuus"],
      ["Die polisie het gerugte oor ʼn optog ontken.", "ontken"],
    ],
    plain: ["Die burgemeester het Dinsdag bedank."],
    reportedFalse: ["Die hawe by Wesdorp word vir ʼn maand gesluit.", "Die polisie sê die berig is nie waar nie."],
    mentioned: "Die hawe by Wesdorp word glo vir ʼn maand gesluit.",
    // The verb "glo" (believe), not the adverb.
    stated: ["Die polisie glo dat die hawe by Wesdorp gesluit word."],
  },
  {
    // "sio za kweli" (not true), "inadaiwa" (is alleged); "kuzusha hofu", to raise fear, is no fabrication.
    language: "sw",
    debunks: [
      ["Kamanda Juma Kimaro amesema taarifa hizo sio za kweli.", "sio za kweli"],
      ["Polisi wamewataka wananchi kuacha kusambaza habari za kupotosha.", "kupotosha"],
      ["Jeshi la polisi limewataka wananchi kuacha tabia ya kutuma taarifa za kuzusha.", "za kuzusha"],
    ],
    plain: ["Mvua kubwa imezusha hofu kwa wakazi wa Pwani Ndogo."],
    reportedFalse: ["Bandari ya Pwani Ndogo itafungwa kwa mwezi mmoja.", "Kamanda Juma Kimaro amesema taarifa hizo sio za kweli."],
    mentioned: "Meya huyo anadaiwa kujiuzulu mjini Pwani Ndogo.",
    // "-daiwa" of a person before no verb: "owes", not "is alleged".
    stated: ["Mfanyabiashara Juma Kimaro anadaiwa shilingi milioni tano na benki ya Pwani Ndogo."],
  },
  {
    // "er ekki rétt" (is not right), "falsfrétt" (fake news), "er sagt hafa" (is said to have); Icelandic had no stance
    // words, so a debunk left the story presented as true. "rangt heimilisfang" is a wrong address and "neitaði að
    // svara" refused to answer, no denial; "ekki aðeins" is not only.
    language: "is",
    debunks: [
      ["Hafnarstjórinn segir að fréttin um ferjuna sé ekki rétt.", "sé ekki rétt"],
      ["Á netinu dreifist falsfrétt um ferjuna.", "falsfrétt"],
      ["Félagið neitaði fréttinni.", "neitaði"],
    ],
    plain: ["Pósturinn kom pakkanum á rangt heimilisfang.", "Hún neitaði að svara spurningum blaðamanna."],
    reportedFalse: ["Höfninni í Suðurvík verður lokað í heilan mánuð.", "Bæjarstjórinn segir að þessi frétt sé ekki rétt."],
    mentioned: "Höfnin í Suðurvík er sögð hafa verið lokuð í heilan mánuð.",
    negations: [
      ["Höfninni er lokað ekki aðeins fyrir skipum heldur líka ferjum.", []],
      ["Höfninni verður ekki lokað.", ["ekki"]],
    ],
  },
  {
    // "не е вистина" (is not true), "лажна вест" (fake news), "наводно" (allegedly); Macedonian had no stance words
    // either. "мери неточно" measures imprecisely and "лажица" is a spoon, no lie; "не само" is not only.
    language: "mk",
    debunks: [
      ["Општината соопшти дека веста за фериботот не е вистина.", "не е вистина"],
      ["На мрежите кружи лажна вест за фериботот.", "лажна"],
      ["Клубот ја демантираше веста.", "демантираше"],
    ],
    plain: ["Инструментот мери неточно на ниски температури.", "Лажицата падна на подот."],
    reportedFalse: ["Пристаништето во Јужно Село ќе биде затворено цел месец.", "Општината соопшти дека оваа вест не е вистина."],
    mentioned: "Пристаништето во Јужно Село наводно ќе биде затворено цел месец.",
    negations: [
      ["Пристаништето е затворено не само за бродови.", []],
      ["Пристаништето нема да се затвори.", ["нема"]],
    ],
  },
  {
    // "فیک نیوز" (fake news), "جھوٹی خبر" (false news), "من گھڑت" (made up), "تردید" (denial); a plain report states
    // the story. Its hedges are not tested here.
    language: "ur",
    debunks: [
      ["وزیر نادر قلی نے کہا کہ ساحل اخبار کی رپورٹ فیک نیوز ہے۔", "فیک نیوز"],
      ["ترجمان کے مطابق پل گرنے کی خبر جھوٹی ہے۔", "جھوٹی"],
      ["پولیس نے اس دعوے کو من گھڑت قرار دیا۔", "من گھڑت"],
      ["وزارت نے خبر کی تردید کر دی۔", "تردید"],
    ],
    plain: ["میئر نے منگل کو استعفیٰ دے دیا۔"],
    reportedFalse: ["دریا پور کے 20 کونسلر پارٹی چھوڑ گئے ہیں۔", "وزیر نادر قلی نے کہا کہ یہ خبر فیک نیوز ہے۔"],
    stated: ["دریا پور کے 20 کونسلر پارٹی چھوڑ گئے ہیں۔"],
  },
  {
    // "ข่าวปลอม" (fake news), "เท็จ" (false), "ไม่ใช่เรื่องจริง" (not true): Thai writes no spaces between words, so a cue
    // is matched anywhere, but "เท็จ" is no cue inside "ข้อเท็จจริง" (the facts). Its hedges are not tested here.
    language: "th",
    debunks: [
      ["โฆษกกระทรวงยืนยันว่าการจัดอันดับของเว็บไซต์ทะเลทองเป็นข่าวปลอม", "ข่าวปลอม"],
      ["เว็บไซต์ทะเลทองเผยแพร่ข้อมูลอันเป็นเท็จ", "เท็จ"],
      ["นายสมปอง ใจดี กล่าวว่า ก็ไม่ใช่เรื่องจริง", "ไม่ใช่เรื่องจริง"],
    ],
    plain: ["ผู้สื่อข่าวตรวจสอบข้อเท็จจริงกับกระทรวง"],
    reportedFalse: ["นายสมปอง ใจดี ติดอันดับเศรษฐีของเอเชีย", "โฆษกกระทรวงยืนยันว่าเป็นข่าวปลอม"],
  },
  {
    // "פייק ניוז" (fake news), "אינו נכון" (is not true), "הכחישה" (denied), read with the letters Hebrew writes onto
    // words ("והכחישה"); a negation is a whole word only: "לא" is also the first letters of "לאומי" (national). Only
    // the words are tested, on single sentences.
    language: "he",
    debunks: [
      ["ראש העיר אמר כי הסיפור על קריסת הגשר הוא פייק ניוז.", "פייק ניוז"],
      ["העירייה בדקה והכחישה את הדיווח על סגירת הגשר.", "הכחישה"],
      ["לדברי המהנדס, הדיווח על קריסת הגשר אינו נכון.", "אינו נכון"],
    ],
    plain: [],
    negations: [
      ["ראש העיר לא התפטר.", ["לא"]],
      ["המוזיאון הלאומי נפתח מחדש בשבוע שעבר.", []],
    ],
  },
  {
    // "गलत बताया" (called it wrong), "कोई सच्चाई नहीं" (no truth in it): a report judged wrong; "गलत तरीके से"
    // (wrongly, in the wrong way) and "गलत काम" (wrongdoing) judge no report.
    language: "hi",
    debunks: [
      ["नगर निगम ने रामपुर पुल टूटने की खबर को गलत बताया।", "गलत बताया"],
      ["पुलिस के अनुसार इस खबर में कोई सच्चाई नहीं है।", "कोई सच्चाई नहीं"],
      ["जांच में यह दावा गलत निकला।", "गलत निकला"],
    ],
    plain: ["ठेकेदार पर गलत तरीके से पैसा लेने का आरोप है।", "रामपुर का नया पुल सोमवार को खुल गया।"],
    reportedFalse: ["रामपुर का नया पुल सोमवार को टूट गया।", "नगर निगम ने इस खबर को गलत बताया।"],
  },
];

describe("debunk words, language by language", () => {
  it.each(ROWS.flatMap((r) => r.debunks.map(([sentence, cue]) => [r.language, sentence, cue] as const)))("%s: reads a debunk in: %s", (language, sentence, cue) => {
    expect(debunkCues(sentence, language).map((h) => h.text)).toContain(cue);
  });

  it.each(ROWS.flatMap((r) => r.plain.map((sentence) => [r.language, sentence] as const)))("%s: no debunk word in the plain sentence %s", (language, sentence) => {
    expect(debunkCues(sentence, language)).toEqual([]);
  });

  it.each(ROWS.flatMap((r) => (r.negations ?? []).map(([sentence, cues]) => [r.language, sentence, cues] as const)))("%s: negation in %s is %j", (language, sentence, cues) => {
    expect(negationCues(sentence, language).map((h) => h.text)).toEqual(cues);
  });
});

describe("a story stated beside a debunk word is reported false, beside a hedge only mentioned", () => {
  it.each(ROWS.flatMap((r) => (r.reportedFalse ? [[r.language, r.reportedFalse] as const] : [])))("%s: false", (language, sentences) => {
    expect(stanceOfFirst(language, [...sentences])).toBe("false");
  });

  it.each(ROWS.flatMap((r) => (r.mentioned === undefined ? [] : [[r.language, r.mentioned] as const])))("%s: mentioned: %s", (language, sentence) => {
    expect(stanceOfFirst(language, [sentence])).toBe("mentions");
  });

  it.each(ROWS.flatMap((r) => (r.stated ?? []).map((sentence) => [r.language, sentence] as const)))("%s: no hedge, the claim stated: %s", (language, sentence) => {
    expect(stanceOfFirst(language, [sentence])).toBe("true");
  });
});
