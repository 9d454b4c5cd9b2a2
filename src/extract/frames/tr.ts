/**
 * Turkish reading data: «X'in aktardığına göre», «X'e göre», «X'in haberinde», «X'te yayımlanan», «X muhabirine», «X'e
 * atfen»; "dedi", "söyledi". Turkish writes a proper name's case ending after an apostrophe ("Reuters'ın", "Kuzey
 * Gazetesi'ne"): the ending is kept out of the name, and a frame reads it as the case it needs.
 */
import { DOMAIN, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** One capitalised word, without the apostrophe that other languages let into names: in Turkish it opens a suffix. */
const WORD = "\\p{Lu}(?:[\\p{L}\\p{N}&\\-\\u2011]|\\.(?=\\p{L}))*";
const EOW = "(?![\\p{L}\\p{N}])";
/** A case ending written after an apostrophe: genitive ('in, 'nın, 'ün), dative ('e, 'ya, 'na), locative ('de, 'nda), ablative. */
const SUFFIX = "['’]\\p{Ll}{1,5}";
/** The genitive ending ("Haber'in", "AA'nın", "Sözcü'nün"). */
const GEN = "['’](?:n|y)?[ıiuü]n";
/** The dative ending ("Haber'e", "AA'ya", "Gazetesi'ne"). */
const DAT = "['’](?:n|y)?[ae]";
/** The locative ending ("Haber'de", "Gazetesi'nde", "Reuters'ta"). */
const LOC = "['’]n?[dt][ae]";
/** The ablative ending ("Gazetesi'nden", "Haber'den", "Reuters'tan"). */
const ABL = "['’]n?[dt][ae]n";
/** When, between a locative outlet and "yayınlanan": "dün", "perşembe akşamı", "geçen hafta" — up to three words in small letters. */
const WHEN = "(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+";
/** What an outlet's report is called before "göre" ("according to what X conveyed / wrote / its report"). */
const REPORT = "aktardığına|bildirdiğine|yazdığına|duyurduğuna|açıkladığına|haberine|haberlerine|iddiasına|yayımladığı\\s+habere|yayınladığı\\s+habere|verdiği\\s+bilgiye|verdiği\\s+bilgilere";

export const tr: LanguageFrames = {
  language: "tr",
  occasionMedia: { post: ["paylaşım\\p{L}*"] },
  name: `(?:${DOMAIN}|${WORD}(?:\\s+${WORD}){0,4})`,
  date: `(?<date>\\d{1,2}\\s+\\p{L}+(?:\\s+\\d{4})?)\\s+(?:tarihinde|günü)`,
  descriptor: `(?:gazete|ajans|site|portal|kanal|televizyon)(?:\\s+\\p{Ll}+){0,1}`,
  // A case ending after an apostrophe, punctuation, or a word in small letters ends a name.
  end: `(?=${SUFFIX}|\\s*(?:[,.;:!?)»”"]|$|—|–)|\\s+\\p{Ll})`,
  nameSuffixApostrophe: true,
  frames: [
    // "X adlı internet sitesinde yayımlandı": what was published on the site the text names by what it is called.
    { id: "tr.adli_sitede", frame: "published_in", allowUnknown: true, publication: true, pattern: `{SRC}\\s+(?:adlı|isimli)\\s+(?:internet\\s+|haber\\s+)?(?<cue>sitesinde|sayfasında|gazetesinde|blogunda)\\s+(?:\\p{Ll}+\\s+){0,2}?(?:yayımlandı|yayınlandı|yer\\s+aldı|paylaşıldı)${EOW}`, example: "Haber, mart ayında Liman Haber adlı internet sitesinde yayımlandı.", expect: "Liman Haber" },
    { id: "tr.aktardigina_gore", frame: "according_to", allowUnknown: true, pattern: `{SRC}${GEN}\\s+(?:${REPORT})\\s+göre${EOW}`, example: "Kuzey Gazetesi'nin aktardığına göre liman kapandı.", expect: "Kuzey Gazetesi" },
    // "X'e göre" is as often a person's view ("Yılmaz'a göre"): only a name with an outlet's evidence (the registry, an outlet word) is read.
    { id: "tr.gore", frame: "according_to", allowUnknown: false, pattern: `{SRC}${DAT}\\s+göre${EOW}`, example: "Kuzey Haber'e göre liman kapandı.", expect: "Kuzey Haber" },
    { id: "tr.haberinde", frame: "reported", allowUnknown: false, pattern: `{SRC}${GEN}\\s+(?:\\d{1,2}\\s+\\p{L}+\\s+tarihli\\s+)?(?:haberinde|haberine\\s+göre|yayımladığı|yayınladığı|manşetinde|manşeti|internet\\s+sitesinde)${EOW}`, example: "Kuzey Haber'in haberinde limanın kapandığı belirtildi.", expect: "Kuzey Haber" },
    // "X'in ulaştığı bakanlık kaynakları" (the ministry sources X reached), "X'in de son dakika olarak verdiği açıklamada"
    // (in the statement X ran as breaking news): what X reached or ran is X's report; only a name known as an outlet.
    { id: "tr.ulastigi_kaynaklar", frame: "reported", allowUnknown: false, pattern: `{SRC}${GEN}\\s+(?:ulaştığı|görüştüğü|konuştuğu)\\s+(?:\\p{L}+\\s+){0,2}?(?:kaynak|yetkili)\\p{Ll}*${EOW}`, example: "Kuzey Gazetesi'nin ulaştığı bakanlık kaynakları açıklamanın sahte olduğunu bildirdi.", expect: "Kuzey Gazetesi" },
    { id: "tr.verdigi_haber", frame: "reported", allowUnknown: false, pattern: `{SRC}${GEN}\\s+(?:d[ae]\\s+)?(?:son\\s+dakika\\s+olarak\\s+)?(?:verdiği|geçtiği|duyurduğu)\\s+(?:haber|açıklama)\\p{Ll}*${EOW}`, example: "Dağ TV'nin de son dakika olarak verdiği açıklamada şu ifadeler yer aldı.", expect: "Dağ TV" },
    // "X'in muhabirlerinden Ad Soyad": one of X's reporters, named; what they tell is X's reporting.
    { id: "tr.muhabirlerinden", frame: "reported", allowUnknown: false, staffOf: true, pattern: `{SRC}${GEN}\\s+(?:muhabir|yazar|editör)(?:ler)?[iı]nden(?=\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)`, example: "Kuzey Gazetesi'nin muhabirlerinden Ayla Toprak, yaşananları anlattı.", expect: "Kuzey Gazetesi" },
    { id: "tr.yayimlanan", frame: "reported_by", allowUnknown: true, publication: true, pattern: `{SRC}${LOC}\\s+(?:${WHEN}\\s+)?(?:yayımlanan|yayınlanan|çıkan|yer\\s+alan)${EOW}`, example: "Kuzey Gazetesi'nde yayımlanan haber yalanlandı.", expect: "Kuzey Gazetesi" },
    // "AA muhabirine açıklama yapan …", "Kuzey Haber'e konuşan …": whom a speaker told.
    { id: "tr.muhabirine", frame: "told", allowUnknown: false, pattern: `{SRC}(?:${GEN})?\\s+muhabirine${EOW}`, example: "AA muhabirine konuşan vali, limanın kapandığını söyledi.", expect: "AA" },
    { id: "tr.konusan", frame: "told", allowUnknown: false, pattern: `{SRC}${DAT}\\s+(?:konuşan|konuştu|açıklama\\s+yapan|açıklama\\s+yaptı|demeç\\s+veren|yaptığı\\s+açıklamada|verdiği\\s+demeçte)${EOW}`, example: "Kuzey Haber'e konuşan vali, limanın kapandığını söyledi.", expect: "Kuzey Haber" },
    // "Avukat X, Kuzey Haber'e, yayınlanan görüntülerle ilgili olarak bir yazılı açıklamada bulundu": the outlet set off by
    // commas, what the statement was about between it and the verb.
    { id: "tr.aciklamada_bulundu", frame: "told", allowUnknown: false, pattern: `{SRC}${DAT},\\s+[^.;:!?"“”«»]{1,80}?\\s+(?:bir\\s+)?(?:yazılı\\s+)?(?:açıklamada\\s+bulundu|açıklama\\s+yaptı|demeç\\s+verdi)${EOW}`, example: "Avukat Ali Demir, Kuzey Haber'e, iddialarla ilgili olarak bir yazılı açıklamada bulundu.", expect: "Kuzey Haber" },
    // "Kuzey Haber, 12 Mart 2013'te “…” başlıklı haberinde": the outlet's own report, named by its title.
    { id: "tr.basliki_haberinde", frame: "reported", allowUnknown: true, publication: true, pattern: `{SRC},?\\s+(?:[^.;:!?"“”«»]{1,40}?\\s+)?[“"«][^”"»\\n]{1,150}[”"»]\\s+başlıklı\\s+(?:haberinde|haberiyle|manşetinde|manşetiyle)${EOW}`, example: "Kuzey Postası, 12 Mart 2013'te “Büyük skandal” başlıklı haberinde olayı duyurdu.", expect: "Kuzey Postası" },
    // "Kuzey TV ekranında", "Kuzey Haber'in canlı yayınında": on the broadcaster's screen or air.
    { id: "tr.ekraninda", frame: "reported_by", allowUnknown: false, pattern: `{SRC}(?:${GEN})?\\s+(?:ekranında|ekranlarında|canlı\\s+yayınında|yayınında|programında)${EOW}`, example: "Vali, Kuzey TV ekranında bir programda açıklama yaptı.", expect: "Kuzey TV" },
    // "Kuzey Gazetesi'nden Ayşe Kara …": a journalist of the outlet, named after it in the ablative; the outlet's name
    // must show it is one (the registry, an outlet word), as "İzmir'den Ayşe Kara" is where she is from.
    { id: "tr.ablative_journalist", frame: "reported", allowUnknown: false, pattern: `{SRC}${ABL}\\s+(?=\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)`, example: "Kuzey Gazetesi'nden Ayşe Kara, olayı ilk kez aktarmıştı.", expect: "Kuzey Gazetesi" },
    // "Kuzey gazetesinden Ayşe Kara’nın haberine göre": the outlet noun itself in the ablative, a journalist of the paper
    // after it. The noun is the evidence (`cue`); a name and the noun in small letters, never a place's ablative.
    { id: "tr.gazetesinden", frame: "reported", allowUnknown: true, pattern: `{SRC}\\s+(?<cue>gazetesi|ajansı|sitesi|portalı|kanalı|televizyonu|dergisi|radyosu)(?:n[dt]en)(?=\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)`, example: "Karadeniz gazetesinden Ayla Toprak’ın haberine göre belediye talimat verdi.", expect: "Karadeniz" },
    // "Kuzey gazetesinin haberine göre", "Kuzey ajansının aktardığına göre": the outlet noun itself in the genitive after
    // the name, whose report the sentence follows. The noun is the evidence (`cue`).
    { id: "tr.gazetesinin_haberine", frame: "according_to", allowUnknown: true, pattern: `{SRC}\\s+(?<cue>gazetesi|ajansı|sitesi|portalı|kanalı|televizyonu|dergisi|radyosu)n[ıiuü]n\\s+(?:(?:${REPORT})\\s+göre|haberinde)${EOW}`, example: "Karadeniz gazetesinin haberine göre belediye talimat verdi.", expect: "Karadeniz" },
    // "Kuzey Gazetesi tarafından servis edilen haber": the report served, published or shared by X (the agent). A ministry
    // or a person publishes too ("Bakanlık tarafından yayınlanan genelge"): only a name with an outlet's evidence.
    { id: "tr.tarafindan", frame: "reported_by", allowUnknown: false, publication: true, pattern: `{SRC}\\s+tarafından\\s+(?:servis\\s+edilen|yayınlanan|yayımlanan|paylaşılan|duyurulan|verilen|aktarılan)${EOW}`, example: "Kuzey Gazetesi tarafından servis edilen haber yalanlandı.", expect: "Kuzey Gazetesi" },
    // "Karadeniz gazetesinde Ayla Toprak'ın imzasıyla yayınlanan haber": the outlet noun in the locative after the name,
    // a byline or a time between it and "published". The noun is the evidence (`cue`).
    { id: "tr.gazetesinde_yayinlanan", frame: "reported_by", allowUnknown: true, publication: true, pattern: `{SRC}\\s+(?<cue>gazetesi|ajansı|sitesi|portalı|dergisi)n[dt]e\\s+(?:[^.;:!?"“”«»\\n]{1,60}?\\s+)?(?:yayımlanan|yayınlanan|çıkan|yer\\s+alan)${EOW}`, example: "İlk olarak Karadeniz gazetesinde Ayla Toprak'ın imzasıyla yayınlanan haber çok okundu.", expect: "Karadeniz" },
    // "Kuzey Haber Ajansı'ndan (KHA) alınan haber": a report taken from X, its acronym in brackets between. "Hastane'den
    // alınan bilgi" is taken from a hospital: only a name with an outlet's evidence.
    { id: "tr.alinan", frame: "citing", allowUnknown: false, pattern: `{SRC}${ABL}\\s+(?:\\([^()\\n]{1,12}\\)\\s+)?alınan${EOW}`, example: "Kuzey Haber Ajansı'ndan (KHA) alınan habere göre liman kapandı.", expect: "Kuzey Haber Ajansı" },
    { id: "tr.atfen", frame: "citing", allowUnknown: false, pattern: `{SRC}(?:${DAT}\\s+atfen|${GEN}\\s+(?:haberine|haberlerine)\\s+dayanarak)${EOW}`, example: "Ajans, Kuzey Haber'e atfen limanın kapandığını duyurdu.", expect: "Kuzey Haber" },
  ],
  speechVerbs: ["diye konuştu", "diye ekledi", "diye belirtti", "diye açıkladı", "diye sordu", "diye söyledi", "diye uyardı", "diye vurguladı", "diye ifade etti", "diye kaydetti", "diye yanıtladı", "diye anlattı", "diye bildirdi", "diye iddia etti", "ifadelerini kullandı", "ifadesini kullandı",
    // Converbs ("saying", "using the words"): '"…" diyerek tepki gösterdi', '"…" ifadelerini kullanarak X'i işaret etti'.
    "diyerek", "ifadelerini kullanarak", "ifadesini kullanarak", "sözlerini kullanarak",
    // "Giving place to the words" ('"…" ifadelerine yer verdi / yer vererek'), a post's or a statement's formula.
    "ifadelerine yer verdi", "ifadesine yer verdi", "sözlerine yer verdi", "ifadelerine yer vererek", "ifadesine yer vererek", "sözlerine yer vererek",
    // The past perfect of a report ("had said"): '"…" demişti', 'X, … söylemişti'.
    "demişti", "söylemişti", "belirtmişti", "açıklamıştı", "aktarmıştı", "ifade etmişti", "yazmıştı",
    // An answer given in words ('"…" diye cevap verdi', "yanıt verdi"): the one who answers speaks.
    "diye cevap verdi", "diye yanıt verdi", "diye cevap vermiş", "diye yanıt vermiş", "diye yazdı",
    // A demonstrative object before the verb announces the quotation after a colon ("X şunları söyledi: \"…\"").
    "şunları söyledi", "şunları kaydetti", "şunları belirtti", "şunları ifade etti", "şunları dile getirdi", "şunları yazdı", "şöyle konuştu", "şöyle dedi", "şöyle yazdı", "şöyle devam etti",
    // The reported past (-mış, "it is said that X said"), which retellings and columns use: '"…" demiş', '"…" diye yazmış'.
    "demiş", "söylemiş", "diye yazmış", "diye konuşmuş", "belirtmiş", "açıklamış", "ifade etmiş", "eklemiş", "diye sormuş",
    "dedi", "dediler", "diyor", "diyorlar", "söyledi", "söylediler", "söylüyor", "belirtti", "belirttiler", "açıkladı", "açıkladılar", "ifade etti", "vurguladı", "kaydetti", "ekledi", "dile getirdi", "anlattı", "aktardı", "uyardı", "yanıtladı", "iddia etti", "bildirdi", "bildirdiler"],
  verbFinal: true,
  // Between the subject and its quotation: a locative or instrumental ("açıklamasında", "sosyal medyada", "tweetlerle"),
  // a participle of the act ("yaptığı", "attığı", "paylaştığı"), "buna" (to this), "de/da" (too), "ise", "dün", "bugün".
  subjectAdverbial: "(?:\\p{Ll}+(?:[dt][ae]|n[dt][ae]|y?l[ae]|[dt][ıiuü]ğ[ıiuü]|[dt][ıiuü]ğ[ıiuü]n[dt][ae])|buna|bunun|üzerine|de|da|ise|ayrıca|dün|bugün|yine|sosyal|yazılı|kısa|bir)",
  dropsSubject: true,
  pronouns: { singular: ["o"], plural: ["onlar"] },
  anonymousHeads: ["kaynak", "kaynaklar", "kaynağı", "kaynakları", "kaynağa", "kaynaklara", "kaynağın", "kaynakların", "yetkili", "yetkililer", "yetkilisi", "yetkilileri", "yetkiliye", "yetkililere", "uzman", "uzmanlar", "uzmanlara", "sözcü", "sözcüsü", "tanık", "tanıklar", "gözlemci", "gözlemciler", "diplomat", "diplomatlar", "görevli", "görevliler", "çalışan", "çalışanlar"],
  // After a source noun, "according to": "kaynaklara göre", "yetkililerin verdiği bilgiye göre".
  anonymousAccording: "(?<tail>\\p{Ll}{0,6})\\s+(?:(?:verdiği\\s+bilgiye|açıklamasına|aktardığına)\\s+)?göre(?![\\p{L}\\p{N}])",
  determiners: ["bir", "iki", "üç", "bazı", "birkaç", "çok", "birçok"],
  // "deprem uzmanı", "tarih araştırmacısı": a role noun heading a compound takes the possessive (speakers/lexicon.ts).
  compoundHeadPossessive: true,
  roleNouns: ["başkanı", "müdürü", "sözcüsü", "bakanı", "yardımcısı", "temsilcisi", "direktörü", "koordinatörü", "valisi", "uzman", "gazeteci", "analist", "bakan", "sözcü", "profesör", "prof", "doç", "dr", "müdür", "başkan", "vali", "belediye başkanı", "milletvekili", "general", "komutan", "yazar", "editör", "muhabir", "sismolog", "jeolog", "akademisyen", "araştırmacı", "büyükelçi", "diplomat", "doktor", "kaptan", "kaptanı", "şef", "şefi", "sahibi", "yöneticisi", "avukat", "avukatı", "muhtar", "muhtarı", "komutanı", "üyesi",
    // Occupations written before a name as a role is ("Çiftçi Mehmet Yurtsever", the farmer M. Y.).
    "çiftçi", "esnaf", "öğretmen", "şoför", "işçi", "emekli", "öğrenci", "hemşire", "mühendis", "balıkçı"],
  organisationCues: ["bakanlığı", "bakanlık", "valiliği", "valilik", "hükümet", "hükümeti", "ordu", "polis", "emniyet", "meclis", "belediyesi", "belediye", "üniversitesi", "üniversite", "enstitüsü", "kurumu", "kurulu", "müdürlüğü", "başkanlığı", "afad", "vakfı", "derneği", "partisi", "mahkemesi"],
  outletCues: ["haber", "haberleri", "gazete", "gazetesi", "ajans", "ajansı", "kanal", "kanalı", "tv", "televizyonu", "radyo", "radyosu", "gündem", "postası", "postası", "news", "medya", "online", "dergisi"],
  genericSources: ["medya", "basın", "yerel basın", "yerel medya", "sosyal medya", "haberler", "iddialar", "kaynaklar", "uzmanlar"],
  prepositions: [],
  nameStopwords: ["ve", "ama", "ancak", "fakat", "bu", "şu", "o", "dün", "bugün", "ayrıca", "öte", "yandan", "bir", "daha", "sonra", "önce", "her", "gibi"],
  photoCredits: ["(?:Fotoğraf|Foto|Görsel|Kaynak\\s+görsel)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["kitap", "kitabı", "film", "filmi", "makale", "makalesi", "rapor", "raporu", "başlıklı", "adlı", "manşet"],
  // Turkish news credits the state agency by its initials ("Kaynak: AA", "DERİNSU (AA) -", "AA muhabirine").
  localAliases: [{ alias: "AA", outlet: "Anadolu Agency" }],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:Kaynak|Haber\\s+kaynağı)\\s*:?\\s+(?<name>[^\\n]{2,60}?)\\s*$"],
  // `Bakan Yılmaz'ın "…" sözleri tepki çekti`: the words are the minister's, named in the genitive before them.
  quotedWordsNouns: ["sözleri", "sözlerini", "sözlerine", "sözleriyle", "ifadeleri", "ifadelerini", "ifadelerine", "ifadeleriyle"],
  genitiveEnding: GEN,
  genitiveStatementLead: "(?:açıklaması|açıklamaları|sözleri|ifadeleri|yanıtı|cevabı|mesajı|paylaşımı|tweeti|yazısı)\\s+(?:şöyle|şu\\s+şekilde)",
  attributionOpenings: ["[^,]{1,100}\\s(?:açıklamaya|açıklamasına|bilgiye|bilgilere|aktardığına|ifadesine|ifadelerine)\\s+göre"],
};
