/** Italian reading data: «secondo», «riporta», «ha detto al», «pubblicato sulla rivista», «sul sito», virgolette, crediti foto. */
import { BOW, capitalisedName, DOMAIN, EOW, MEDIUM_NAME, NAME_AND_DATE_LINE, SENTENCE_CASE_TITLE, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";
import { speechVerbForms } from "./verbForms.ts";

/** Lower-case articles and articled prepositions that stand before a name and are not part of it ("il Corriere" is the Corriere). */
const ART = "(?:il|lo|la|i|gli|le|l['’])";
/** Nouns that say the name after them is a publication ("il quotidiano X", "la testata X", "sul sito X"). */
// A public broadcaster is named by what it is ("la televisione pubblica", "la tv di Stato"), its country after it as the one adjective.
const OUTLET_NOUNS = ["quotidiano", "giornale", "testata", "sito", "sito web", "portale", "rivista", "settimanale", "mensile", "periodico", "agenzia", "agenzia di stampa", "emittente", "canale", "tv", "radio", "blog", "magazine", "tabloid", "tg", "televisione", "televisione pubblica", "tv pubblica", "radio pubblica", "emittente pubblica", "televisione di stato", "tv di stato"];
const NOUN = `(?:${[...OUTLET_NOUNS].sort((a, b) => b.length - a.length).map((n) => n.replace(/\s+/g, "\\s+")).join("|")})`;
/** An outlet noun before the name, with its article and at most one adjective or "di" and a noun ("il quotidiano romano", "il sito di debunking"), captured as `cue`. */
// The adjective is never a preposition or a conjunction: "il quotidiano di Bologna" says where the paper is, it names no
// outlet "Bologna".
const CUE = `(?:${ART}\\s*)?(?<cue>${NOUN}(?:\\s+(?:di|d['’])\\s*\\p{Ll}+|\\s+(?!(?:di|del|della|e|che|in)${EOW})\\p{Ll}+)?)\\s+`;
/** Prepositions fused with an article before a name ("al Corriere", "sulla rivista", "dalla Stampa"). */
const TO = "(?:al|allo|alla|all['’]|ai|agli|alle|a)";
const ON = "(?:su|sul|sullo|sulla|sull['’]|sui|sugli|sulle|in|nel|nello|nella|nell['’])";
const BY = "(?:da|dal|dallo|dalla|dall['’]|dai|dagli|dalle)";

export const it: LanguageFrames = {
  language: "it",
  occasionMedia: { spoken: ["intervist\\p{L}*", "conferenz[ae]\\s+stampa", "discors[oi]"] },
  complementisers: ["che"],
  // A capitalised run with Italian particles (and English ones: foreign titles stay in their language), or a web address.
  name: `(?:${DOMAIN}|${capitalisedName(["di", "del", "della", "dello", "dei", "degli", "delle", "per", "of", "for", "and", "the", "de", "al", "el"], "d|dell|dall|nell|sull")})`,
  date: `(?:il|lo|l['’]|a|ad|in|nel|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\\s+(?<date>\\d{1,2}(?:°)?\\s+\\p{Ll}+(?:\\s+\\d{4})?|\\p{Ll}+\\s+\\d{4})`,
  descriptor: `${ART}\\s*(?:[\\p{L}\\p{N}-]+\\s+){0,2}(?:${NOUN})(?:\\s+[\\p{Ll}-]+){0,2}`,
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+(?:che|e|ed|ma|il|lo|la|i|gli|le|un|una|in|nel|nella|nello|nei|negli|nelle|a|al|alla|su|sul|sulla|per|con|pubblicat[oaie]|uscit[oaie]|appars[oaie]|diffus[oaie]|citat[oaie]|ieri|oggi|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|avrebbe|sarebbe|ha|hanno|è|non|si|citando|secondo|come|mentre|dopo|prima|durante|nel\\s+corso)${EOW})`,
  frames: [
    // "Il corrispondente della Gazzetta da Parigi ha scritto …": what an outlet's correspondent or writer reports is the
    // outlet's report; the person is whose staff they are (`staffOf`), a place after the name is where they report from.
    { id: "it.corrispondente_di", frame: "reported", allowUnknown: false, staffOf: true, pattern: `${BOW}(?:[Ii]l|[Ll]a|[Uu]n|[Uu]na|[Ll]['’]|[Uu]n['’])\\s*(?:corrispondente|inviat[oa](?:\\s+special[ei])?|giornalista|cronista|editorialista)\\s+(?:di|del|della|dello|de)\\s+{SRC}(?:(?=\\s+(?:da|a|in)\\s+\\p{Lu})|{END})`, example: "Il corrispondente della Gazzetta del Lago da Parigi ha scritto che il ponte sarà chiuso.", expect: "Gazzetta del Lago" },
    // "Scrivendo sulla Gazzetta del Lago, Anna Neri ha sostenuto …": only a publication is written in (en.writing_in).
    { id: "it.scrivendo_su", frame: "reported_by", allowUnknown: true, publication: true, pattern: `${BOW}[Ss]crivendo\\s+(?:su|sul|sullo|sulla|per|nel|nella|nello)\\s+{SRC}{END}`, example: "Scrivendo sulla Gazzetta del Lago, Anna Neri ha sostenuto che il ponte sarà chiuso.", expect: "Gazzetta del Lago" },
    // "secondo" is also the ordinal ("il secondo gruppo"): never after an article or articled preposition.
    { id: "it.secondo", frame: "according_to", allowUnknown: true, pattern: `${BOW}(?<!(?:il|al|del|nel|dal|sul|Il|Al)\\s)(?:[Ss]econdo|[Ss]tando\\s+a|[Aa]\\s+detta\\s+d(?:i|el|ella|ell['’]))\\s+(?:(?:un|una|un['’]|il|la|l['’])\\s*(?:\\p{Ll}+\\s+)?(?:articolo|servizio|inchiesta|indiscrezione|rapporto|reportage|analisi|post|video|messaggio|pubblicazione)(?:\\s+\\p{Ll}+)?\\s+(?:di|del|della|dello|dell['’]|${ON})\\s*|(?:(?:i|le)\\s+)?(?:dati|cifre|numeri|fonti)\\s+(?:di|del|della|dello|dell['’]|dei)\\s*)?(?:${CUE})?(?:${ART}\\s*)?{SRC}{END}`, example: "Il porto resterà chiuso, secondo il Corriere del Lago.", expect: "Corriere del Lago" },
    // "secondo quanto riportato da X": what X published, so initials there are an outlet's (publishingVerb).
    { id: "it.secondo_riportato", frame: "according_to", allowUnknown: true, publishingVerb: true, pattern: `${BOW}(?<!(?:il|al|del|nel|dal|sul|Il|Al)\\s)(?:[Ss]econdo|[Ss]tando\\s+a)\\s+(?:quanto\\s+)?(?:riportato|scritto|rivelato|pubblicato)\\s+${BY}\\s*(?:${CUE})?(?:${ART}\\s*)?{SRC}{END}`, example: "Secondo quanto riportato da Gazzetta Alpina, il porto chiuderà.", expect: "Gazzetta Alpina" },
    { id: "it.riporta", frame: "reported", allowUnknown: true, publishingVerb: true, pattern: `${BOW}(?:[Cc]ome\\s+)?(?:riporta|riportava|ha\\s+riportato|scrive|scriveva|ha\\s+scritto|rivela|ha\\s+rivelato|racconta|ha\\s+raccontato|ricorda|ha\\s+ricordato|spiega|ha\\s+spiegato|anticipa|ha\\s+anticipato|annuncia|ha\\s+annunciato|riferisce|ha\\s+riferito)\\s+(?:(?:oggi|ieri)\\s+)?(?:${CUE})?(?:${ART}\\s*)?{SRC}{END}`, example: "Le indagini sono chiuse, riporta la Gazzetta di Borgo.", expect: "Gazzetta di Borgo" },
    { id: "it.titola", frame: "reported", allowUnknown: true, publication: true, pattern: `${BOW}(?:titola|titolava|ha\\s+titolato|titolavano|hanno\\s+titolato)\\s+(?:(?:oggi|ieri)\\s+)?(?:${CUE})?(?:${ART}\\s*)?{SRC}{END}`, example: "«Il porto chiude», titolava il Mattino Alpino.", expect: "Mattino Alpino" },
    { id: "it.subject_reported", frame: "reported", allowUnknown: true, pattern: `{SRC}\\s+(?:(?:ha|aveva|hanno|avevano)\\s+(?:riportato|scritto|rivelato|pubblicato|titolato)|riporta|riportava|scrive|scriveva|rivela|pubblica|titola|titolava)${EOW}`, example: "Il Foglio Verde ha rivelato che il sindaco era assente.", expect: "Il Foglio Verde" },
    // "…, si legge su Repubblica", "come si legge sul Corriere": where the words stand printed.
    { id: "it.si_legge", frame: "according_to", allowUnknown: true, publication: true, pattern: `${BOW}si\\s+legge\\s+(?:su|sul|sulla|sullo|nel|nella|in)\\s+(?:${CUE})?(?:${ART}\\s*)?{SRC}{END}`, example: "Il porto chiuderà, si legge sul Corriere del Lago.", expect: "Corriere del Lago" },
    { id: "it.detto_a", frame: "told", allowUnknown: true, pattern: `${BOW}(?:{SAY}|(?:ha|aveva|avrebbe|hanno|avevano)\\s+(?:confidato|rivelato)|avrebbe\\s+(?:detto|dichiarato|spiegato|raccontato|riferito|confermato|assicurato))\\s+${TO}\\s*(?:${CUE})?{SRC}{END}`, example: "«Non ci arrenderemo», ha detto al Messaggero Alpino un funzionario.", expect: "Messaggero Alpino" },
    // "…, ha detto la capitana del porto Ilse Brandt all'agenzia Corriere Alpino": a speaker between the verb and its
    // addressee; only with the publication noun, which tells the addressee from a place ("a Roma").
    { id: "it.detto_soggetto_a", frame: "told", allowUnknown: true, pattern: `${BOW}(?:{SAY}|(?:ha|aveva|avrebbe|hanno|avevano)\\s+(?:confidato|rivelato)|avrebbe\\s+(?:detto|dichiarato|spiegato|raccontato|riferito|confermato|assicurato))\\s+(?:[^,.;:!?«»"“”]{1,60}?\\s+)?${TO}\\s*${CUE}{SRC}{END}`, example: "«Non ci arrenderemo», ha detto un funzionario all'agenzia Corriere Alpino.", expect: "Corriere Alpino" },
    // "ha detto Katrin Vollmer all'ANSA": after the speaker, an outlet without its noun only where the registry knows it,
    // as "a Roma" or "al Senato" after a name are places and bodies.
    { id: "it.detto_soggetto_a_noto", frame: "told", allowUnknown: false, pattern: `${BOW}(?:{SAY}|(?:ha|aveva|avrebbe|hanno|avevano)\\s+(?:confidato|rivelato)|avrebbe\\s+(?:detto|dichiarato|spiegato|raccontato|riferito|confermato|assicurato))\\s+(?:[^,.;:!?«»"“”]{1,60}?\\s+)?${TO}\\s*{SRC}{END}`, example: "«Non ci arrenderemo», ha detto Paolo Ferrante all'ANSA.", expect: "ANSA" },
    { id: "it.intervista", frame: "told", allowUnknown: true, pattern: `${BOW}(?:(?:[Ii]n|[Dd]urante)\\s+un['’]\\s*intervista(?:\\s+(?:concessa|rilasciata))?\\s+(?:${TO}|con(?:\\s+${ART})?)|(?:[Ii]ntervistat|[Cc]ontattat|[Rr]aggiunt|[Ii]nterpellat)[oaie]\\s+${BY}|[Pp]arlando\\s+con|[Ii]n\\s+dichiarazioni\\s+${TO})\\s*(?:${CUE})?{SRC}{END}`, example: "In un’intervista alla Tribuna di Riva, il ministro ha smentito.", expect: "Tribuna di Riva" },
    // "Ospite di Canale Nord, il ministro ha detto": a speaker on a broadcaster's air. Not "sulla/sul X": that is as often
    // where a study or a post was published ("pubblicato sulla rivista X", "sul sito X"), which the publication frames read.
    { id: "it.ospite", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${BOW}[Oo]spite\\s+(?:di|del|della|dello|dell['’]|a|al|alla)\\s*(?:${CUE})?{SRC}{END}`, example: "Ospite di Canale Nord, il ministro ha detto che la notizia è falsa.", expect: "Canale Nord" },
    { id: "it.pubblicato_su", frame: "reported_by", allowUnknown: true, publication: true, pattern: `${BOW}(?:pubblicat[oaie]|appars[oaie]|uscit[oaie]|diffus[oaie])\\s+(?:(?:oggi|ieri|anche)\\s+|(?:il|l['’])\\s*\\d{1,2}°?\\s+\\p{Ll}+(?:\\s+\\d{4})?\\s+)?${ON}\\s*(?:${CUE})?{SRC}{END}`, example: "Lo studio, pubblicato sulla rivista Annals of Coastal Research, è stato smentito.", expect: "Annals of Coastal Research" },
    // After a publication noun a title may be written in sentence case.
    { id: "it.pubblicato_su.titolo", frame: "reported_by", allowUnknown: true, publication: true, pattern: `${BOW}(?:pubblicat[oaie]|appars[oaie]|uscit[oaie]|diffus[oaie])\\s+(?:(?:oggi|ieri|anche)\\s+)?${ON}\\s*${CUE}(?<name>${SENTENCE_CASE_TITLE}){END}`, example: "Lo studio è uscito sulla rivista Annals of coastal research. Poi è stato ritirato.", expect: "Annals of coastal research" },
    // "sul suo profilo Facebook": one's own profile is on a platform, where one posts; the platform is no outlet cited.
    { id: "it.sul_sito", frame: "reported_by", allowUnknown: true, publication: true, pattern: `${BOW}(?:sul|nel)\\s+(?:suo\\s+(?!profilo${EOW}))?(?<cue>sito(?:\\s+web|\\s+internet)?|blog|portale|profilo)\\s+{SRC}{END}`, example: "Il ricercatore, sul sito notizieverdi.it, ha commentato i dati.", expect: "notizieverdi.it" },
    // "lo annuncia un flash del Corriere Alpino", "in un'ultim'ora della Gazzetta": a piece of news named with the
    // outlet it belongs to. An article is as often a writer's ("un articolo di Marco Vanni"): only a name the registry knows.
    { id: "it.notizia_di", frame: "reported", allowUnknown: false, pattern: `${BOW}(?:un|una|uno|il|la|lo|l['’]|un['’])\\s*(?:flash|ultim['’]ora|breaking\\s+news|notizia|lancio|articolo|servizio|scoop|retroscena|titolo)\\s+(?:(?:appars[oa]|pubblicat[oa]|uscit[oa])\\s+)?(?:di|del|della|dello|dell['’]|de)\\s*(?:${ART}\\s*)?{SRC}{END}`, example: "Lo sciopero è stato annunciato in un flash del Corriere Alpino.", expect: "Corriere Alpino" },
    // "sulla home page del Corriere Alpino", "sul sito della Gazzetta", "sulla home page del sito del Mattino": where the
    // words were published, the outlet's own pages. "Il sito del Comune" is a body's: only a name the registry knows.
    { id: "it.sito_di", frame: "reported_by", allowUnknown: false, publication: true, pattern: `${BOW}(?:sul|sulla|nella|nel)\\s+(?:home\\s*page|homepage|prima\\s+pagina|sito(?:\\s+web|\\s+internet)?|edizione\\s+online|pagina)(?:\\s+(?:del\\s+sito|del\\s+portale))?\\s+(?:di|del|della|dello|dell['’]|de)\\s*(?:${ART}\\s*)?{SRC}{END}`, example: "Il bando è rimasto per ore sulla home page del Corriere Alpino.", expect: "Corriere Alpino" },
    { id: "it.riportato_da", frame: "reported_by", allowUnknown: true, publishingVerb: true, pattern: `${BOW}(?:riportat[oaie]|rivelat[oaie]|pubblicat[oaie]|lanciat[oaie]|ripres[oaie]|anticipat[oaie]|confermat[oaie])(?:\\s+(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|{DATE}))?\\s+(?:per\\s+prim[oa]\\s+|anche\\s+)?${BY}\\s*(?:${CUE})?{SRC}{END}`, example: "La notizia, riportata per prima dalla Voce di Lecco, è falsa.", expect: "Voce di Lecco" },
    // "come riferito dall'agenzia Nuova Alpina", "riferita dal Corriere Alpino": who relayed the news; a person relays too
    // ("riferito da Marco Vanni", "la storia, raccontata da Marco Vanni"), so unlike "riportato da" initials alone are no
    // outlet here (no publishingVerb), and a person so named is the source of the story.
    { id: "it.riferito_da", frame: "reported_by", allowUnknown: true, pattern: `${BOW}(?:[Cc]ome\\s+)?(?:riferit[oaie]|raccontat[oaie]|narrat[oaie]|(?:è|sono)\\s+stat[oaie]\\s+(?:riferit|raccontat)[oaie])(?:\\s+(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|{DATE}))?\\s+(?:per\\s+prim[oa]\\s+|anche\\s+)?${BY}\\s*(?:${CUE})?{SRC}{END}`, example: "Come riferito dall'agenzia Nuova Alpina, il porto chiuderà.", expect: "Nuova Alpina" },
    // "Il dato, diffuso nei giorni scorsi dal consigliere regionale Marco Vanni, …": who put out a figure, a photo or a
    // post, with when and a description of the person (or an outlet's noun) before the name.
    { id: "it.diffuso_da", frame: "reported_by", allowUnknown: true, pattern: `${BOW}(?:diffus[oaie]|rilanciat[oaie]|annunciat[oaie]|divulgat[oaie]|postat[oaie]|condivis[oaie]|res[oaie]\\s+not[oaie])(?:\\s+(?:nei\\s+giorni\\s+scorsi|la\\s+settimana\\s+scorsa|il\\s+mese\\s+scorso|di\\s+recente|recentemente|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|{DATE}))?\\s+(?:per\\s+prim[oa]\\s+|anche\\s+)?${BY}\\s*(?:${CUE}|(?:\\p{Ll}+\\s+){0,3}?){SRC}{END}`, example: "Il dato, diffuso nei giorni scorsi dal consigliere regionale Marco Vanni, è contestato.", expect: "Marco Vanni" },
    // "Secondo quanto apprende l'Ansa", "A rivelarlo è stato il quotidiano Domani": what an outlet learned or revealed.
    // "come ha fatto notare X", "come sottolinea il sito X": X pointed it out; a person so named is a source (cited.ts).
    { id: "it.fatto_notare", frame: "reported", allowUnknown: true, pattern: `${BOW}[Cc]ome\\s+(?:(?:ha|aveva|hanno|avevano)\\s+(?:fatto\\s+notare|notato|sottolineato|evidenziato|segnalato|osservato|ricordato)|fa\\s+notare|facevano\\s+notare|faceva\\s+notare|nota|sottolinea|evidenzia|segnala|osserva)\\s+(?:${CUE})?(?:${ART}\\s*)?{SRC}{END}`, example: "Non esiste alcuna legge, come ha fatto notare il sito Lente Civica.", expect: "Lente Civica" },
    { id: "it.apprende", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:[Ss]econdo\\s+quanto|[Cc]ome|[Dd]a\\s+quanto)\\s+(?:apprende|appreso|ha\\s+appreso|riferisce|scrive|anticipa|rivela)\\s+(?:${CUE})?(?:${ART}\\s*)?{SRC}{END}`, example: "Secondo quanto apprende l'agenzia Nuova Alpina, lo studio esisteva.", expect: "Nuova Alpina" },
    { id: "it.a_rivelarlo", frame: "reported", allowUnknown: true, pattern: `${BOW}[Aa]\\s+(?:rivelarlo|riportarlo|scriverlo|anticiparlo|darne\\s+notizia)\\s+(?:è\\s+stat[oa]|sono\\s+stat[ie]|è)\\s+(?:${CUE})?(?:${ART}\\s*)?{SRC}{END}`, example: "A rivelarlo è stato il quotidiano Corriere Alpino.", expect: "Corriere Alpino" },
    // "Lo riporta il Sole 24 Ore nell'edizione di oggi": the outlet after its verb, before where it ran it.
    { id: "it.lo_riporta", frame: "reported", allowUnknown: false, pattern: `${BOW}[Ll]o\\s+(?:riporta|scrive|rivela|anticipa|riferisce)\\s+(?:${CUE})?(?:${ART}\\s*)?{SRC}(?=\\s*(?:[,.;:!?]|$)|\\s+(?:nell['’]|nel|nella|in|sul|sulla|online|oggi|ieri))`, example: "Lo riporta il Sole Alpino nell'edizione di oggi.", expect: "Sole Alpino" },
    // "durante il programma di Radio Nord", "nel corso di una nota trasmissione di Tele Sud", "su Radio Nord", "ai
    // microfoni di … a Radio Nord": on a broadcaster's air. A programme is as often a host's ("il programma di Anna
    // Neri"), and "su"/"a" take anything: only a name the registry knows or whose own words make it a broadcaster.
    { id: "it.programma_di", frame: "reported_by", allowUnknown: false, pattern: `${BOW}(?:durante|nel\\s+corso\\s+d(?:i|el|ella)|in)\\s+(?:(?:il|la|un|una|un['’])\\s*)?(?:\\p{Ll}+\\s+)?(?:programma|trasmissione|puntata|diretta|servizio|telegiornale)\\s+(?:di|del|della|dell['’])\\s*{SRC}(?:{END}|(?=\\s+[‘"“«]))`, example: "La storia è stata raccontata durante il programma di Radio Valdessa ‘Il Sasso’, ieri.", expect: "Radio Valdessa" },
    { id: "it.su_emittente", frame: "reported_by", allowUnknown: false, pattern: `${BOW}(?:su|a)\\s+(?=(?:Radio|Tele|TV|Rete|Canale)${EOW}|Radio\\p{Lu}|Tele\\p{Lu})(?:{SRC}){END}`, example: "Lo ha raccontato la conduttrice, su Radio Valdessa.", expect: "Radio Valdessa" },
    { id: "it.citando", frame: "citing", allowUnknown: false, pattern: `${BOW}citando\\s+(?:${CUE})?(?:${ART}\\s*)?{SRC}{END}`, example: "Il ministero ha smentito, citando l'Ansa.", expect: "Ansa" },
    { id: "it.citato_da", frame: "cited_by", allowUnknown: false, pattern: `${BOW}(?:come\\s+)?(?:citat[oaie]|ripres[oaie])\\s+${BY}\\s*{SRC}{END}`, example: "Il dato, citato dal Sole Adriatico, è contestato.", expect: "Sole Adriatico" },
    { id: "it.first_appeared_in", frame: "first_appeared_in", allowUnknown: true, publication: true, syndication: true, pattern: `${BOW}(?:pubblicat[oa]|appars[oa]|uscit[oa])\\s+(?:originariamente|originalmente|per\\s+la\\s+prima\\s+volta|inizialmente)\\s+${ON}\\s*(?:${CUE})?{SRC}{END}`, example: "Questo articolo è stato pubblicato originariamente su The Harbour Review.", expect: "The Harbour Review" },
    // "[Outlet, 18-02-2016]": a bracketed source and date after a passage, as aggregators credit what they took.
    { id: "it.bracket_source", frame: "according_to", allowUnknown: true, pattern: "[\\[(]{SRC},\\s*\\d{1,2}[-/.]\\s?\\d{1,2}[-/.]\\s?\\d{2,4}[\\])]", example: "Ieri il ministro lo ha confermato [Agenzia Sud, 18-02-2016].", expect: "Agenzia Sud" },
  ],
  textVerbs: ["recita", "recitava", "si legge"],
  speechVerbs: [
    ...speechVerbForms("it", [
      "dichiarare", "spiegare", "affermare", "sottolineare", "precisare", "raccontare", "commentare", "assicurare", "osservare",
      "confermare", "ricordare", "denunciare", "evidenziare", "rimarcare", "annunciare", "puntualizzare", "incalzare", "ribadire", "riferire",
      "smentire", "negare",
      // A post quotes its writer as a statement does ("ha twittato il sindaco", "ha scritto su X"): verbs of posting.
      "twittare", "postare", "pubblicare",
      ["dire", { present: "dice", presentPlural: "dicono", imperfect: "diceva", imperfectPlural: "dicevano", past: "disse", pastPlural: "dissero", participle: "detto" }],
      ["aggiungere", { present: "aggiunge", presentPlural: "aggiungono", past: "aggiunse", pastPlural: "aggiunsero", participle: "aggiunto" }],
      ["concludere", { present: "conclude", presentPlural: "concludono", past: "concluse", pastPlural: "conclusero", participle: "concluso" }],
      ["ammettere", { present: "ammette", presentPlural: "ammettono", past: "ammise", pastPlural: "ammisero", participle: "ammesso" }],
      ["scrivere", { present: "scrive", presentPlural: "scrivono", past: "scrisse", pastPlural: "scrissero", participle: "scritto" }],
      ["rispondere", { present: "risponde", presentPlural: "rispondono", past: "rispose", pastPlural: "risposero", participle: "risposto" }],
      ["sostenere", { present: "sostiene", presentPlural: "sostengono", past: "sostenne", pastPlural: "sostennero", participle: "sostenuto" }],
      ["avvertire", { present: "avverte", presentPlural: "avvertono" }],
    ]),
    "ha detto a", "ha così commentato",
  ],
  opinionLeads: ["per", "secondo"],
  // '"…". Lo ha scritto il consigliere X.': the object clitic points back at the words before.
  attributionOpeners: ["Lo"],
  // "la ministra del Lavoro Katrin Vollmer": the role's portfolio, then the person (speakers/namePrefix.ts placeOfRole).
  portfolios: ["lavoro", "salute", "economia", "interno", "interni", "giustizia", "difesa", "finanze", "cultura", "agricoltura", "istruzione", "ambiente", "esteri", "affari", "trasporti", "infrastrutture", "sviluppo", "università", "turismo", "sport", "energia", "tesoro", "welfare", "famiglia", "sanità", "pubblica"],
  articleSelf: ["questo", "questa", "una versione di questo"],
  anonymityClauses: ["che (?:ha|hanno|aveva|avevano) (?:chiesto|preferito|voluto|domandato) (?:di )?(?:restare |rimanere |mantenere l['’] ?)anonim(?:[oaie]|ato)", "che (?:ha|hanno) chiesto di non essere (?:nominat|identificat|citat)[oaie]", "che (?:chiede|chiedono|preferisce|preferiscono|vuole|vogliono) (?:di )?(?:restare|rimanere) anonim[oaie]", "(?:sotto|in|dietro) (?:garanzia di |condizione di |richiesta di )?anonimato"],
  // A call to pass the text on, a greeting or a closing wish: no claim (analyse/claims/noProposition.ts).
  readerAddress: ["(?:fai|fate)\\s+girare|condividi(?:te)?|diffondi(?:te)?|passaparola", "(?:ti|vi)\\s+auguro\\s+una?\\s+(?:\\p{L}+\\s+)?(?:giornata|serata)", "buona\\s+(?:giornata|serata|notte|domenica)|buongiorno|buonasera", "grazie(?:\\s+a\\s+tutti)?"],
  pronouns: { singular: ["lui", "lei", "egli", "ella"], plural: ["loro", "essi", "esse"] },
  dropsSubject: true,
  citingCues: ["citando"],
  anonymousHeads: ["fonte", "fonti", "funzionario", "funzionari", "esperto", "esperti", "diplomatico", "diplomatici", "testimone", "testimoni", "residente", "residenti", "abitante", "abitanti", "portavoce", "analista", "analisti", "investigatore", "investigatori", "inquirenti", "collaboratore", "collaboratori", "dirigente", "dirigenti", "ufficiale", "ufficiali", "medico", "medici"],
  channelPhrases: [`(?:in|nel|nella|durante|attraverso|tramite|con)\\s+(?:(?:un|una|uno|il|la|lo|l['’]|suo|sua)\\s*)?(?:comunicat[oi]|conferenz[ae]\\s+stampa|intervist[ae]|dichiarazion[ei]|messaggi[oi]|not[ae]|letter[ae]|discors[oi]|intervent[oi])`],
  determiners: ["un", "uno", "una", "un’", "un'", "alcuni", "alcune", "diversi", "diverse", "vari", "varie", "due", "tre", "il", "lo", "la", "i", "gli", "le", "questi", "queste", "quel", "quei", "altri", "altre", "molti", "molte"],
  possessives: ["il suo", "la sua", "il loro", "la loro", "suo", "sua"],
  mediumPhrases: [`(?:su|sul|sulla|via)\\s+(?:(?:suo|sua|proprio|propria)\\s+)?(?:(?:profilo|account|pagina|canale|bacheca)\\s+(?:(?:di|su)\\s+)?)?(?:social\\s+)?${MEDIUM_NAME}`, "sui\\s+social(?:\\s+network)?"],
  // "ha detto all'ANSA il portavoce": whom the speaker told, before an inverted subject.
  toldPrepositions: ["all'", "all’", "alla", "allo", "al", "ai", "agli", "a"],
  roleNouns: ["esperto", "esperta", "giornalista", "analista", "portavoce", "ministro", "ministra", "professore", "professoressa", "ricercatore", "ricercatrice", "direttore", "direttrice", "autore", "autrice", "avvocato", "avvocata", "diplomatico", "ambasciatore", "storico", "storica", "deputato", "deputata", "senatore", "sindaco", "presidente", "segretario", "consulente", "medico", "nutrizionista", "docente", "economista", "scienziato", "scienziata", "corrispondente", "redattore", "fondatore", "responsabile", "capo", "generale", "colonnello", "consigliere", "consigliera", "assessore", "assessora", "governatore", "governatrice", "sindaca", "senatrice", "parlamentare", "prefetto", "questore", "procuratore", "procuratrice", "comandante"],
  // "un quotidiano vicino al Partito X", "un settimanale controllato dal Gruppo X": the name describes the noun before it.
  nounDescriptions: [
    { words: ["vicin[oaie]", "legat[oaie]", "affiliat[oaie]", "allineat[oaie]", "fedel[ei]", "ostil[ei]", "contrari[oaie]"], prepositions: ["a", "al", "allo", "alla", "ai", "agli", "alle", "all'"] },
    { words: ["controllat[oaie]", "finanziat[oaie]", "possedut[oaie]", "sostenut[oaie]", "gestit[oaie]", "dirett[oaie]"], prepositions: ["da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall'"] },
    { words: ["di\\s+proprietà"], prepositions: ["di", "del", "dello", "della", "dei", "degli", "delle", "dell'"] },
  ],
  organisationCues: ["banca", "ministero", "governo", "esercito", "polizia", "carabinieri", "procura", "tribunale", "consiglio", "comune", "regione", "prefettura", "università", "istituto", "fondazione", "associazione", "commissione", "agenzia", "autorità", "ufficio", "dipartimento", "partito", "ospedale", "onu", "nato", "ue"],
  institutions: {
    government: ["governo", "governativo", "governativa", "governativi", "governative", "Esecutivo"],
    ministry: ["ministero", "ministeriale", "ministeriali"],
    police: ["polizia"],
    military: ["esercito", "militare", "militari"],
    intelligence: ["intelligence"],
  },
  outletCues: [...OUTLET_NOUNS.filter((n) => !n.includes(" ")), "corriere", "gazzetta", "giornale", "messaggero", "notizie", "news", "stampa", "tribuna", "post", "fatto", "foglio", "tg", "rai", "today", "sport", "online", "web", "tele", "telegiornale"],
  outletSuffixes: [],
  genericSources: ["media", "stampa locale", "stampa", "giornali", "quotidiani", "fonti", "agenzie", "indiscrezioni", "voci", "social", "social network", "rete", "studio", "studi", "ricerca", "esperti"],
  subjectRelatives: ["che"],
  possessiveStatementLeads: ["la sua dichiarazione", "il suo messaggio", "la sua lettera", "la sua risposta", "il suo comunicato", "il suo discorso"],
  accordingLeads: ["secondo"],
  // A figure or photo pointed back to at a sentence's start: its next sentence may say who put it out (types.ts).
  restatementLeads: ["il dato", "i dati", "la cifra", "le cifre", "il numero", "i numeri", "la stima", "la percentuale", "la statistica", "la foto", "la fotografia", "l'immagine", "l’immagine", "le immagini", "il video", "il filmato", "il post", "la notizia", "la voce", "questo dato", "quel dato", "questa foto", "quella foto"],
  studyAuthorLeads: ["studio", "indagine", "ricerca", "ricercatori", "scienziati", "esperti"].flatMap((n) => [`${n} del`, `${n} della`, `${n} dell'`, `${n} dello`, `${n} di`]),
  // "Le autorità non solo hanno confermato": "not only", "only" stand between a subject and its verb, no part of the subject.
  beforeVerbWords: ["ci", "solo", "non solo", "soltanto"],
  verbAdverbs: ["già", "anche", "poi", "inoltre", "ancora", "sempre", "pure", "tuttavia", "però", "invece", "comunque", "recentemente", "pubblicamente"],
  ownerPrepositions: ["di", "del", "della", "dello", "dei", "degli", "delle"],
  prepositions: ["a", "al", "allo", "alla", "ai", "agli", "alle", "di", "del", "dello", "della", "dei", "degli", "delle", "in", "nel", "nello", "nella", "nei", "negli", "nelle", "con", "per", "su", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "tra", "fra"],
  nameStopwords: ["ma", "e", "secondo", "ieri", "oggi", "anche", "poi", "però", "tuttavia", "intanto", "inoltre", "quindi", "dopo", "prima", "mentre", "se", "questo", "questa", "lui", "lei", "loro", "in", "nel", "nella", "per", "come", "già", "ora", "ancora"],
  photoCredits: ["(?:Foto|Fotografia|Immagine|Credit(?:i)?|Crediti\\s+foto|Ph\\.?|Video)\\s*:\\s*[^\\n]{0,80}", "\\((?:Foto|Immagine|Ph)\\s*(?::|di)\\s*[^)]{0,80}\\)", "©\\s*[^\\n]{0,60}", "(?:Foto|Immagine)\\s+(?:di|per\\s+gentile\\s+concessione\\s+di)\\s+[^\\n.]{0,60}"],
  referenceNouns: ["articolo", "articoli", "art", "comma", "paragrafo", "capo", "capitolo", "sezione", "legge", "decreto", "risoluzione", "direttiva", "regolamento"],
  yearNouns: ["anno"],
  titleCues: ["libro", "volume", "intitolato", "intitolata", "dal titolo", "titolo", "film", "documentario", "romanzo", "rapporto", "articolo", "canzone", "saggio", "programma", "trasmissione", "rubrica", "servizio", "puntata", "studio", "titolava", "titola"],
  compositionVerbs: ["scritto", "scrisse", "composto", "compose", "redatto"],
  without: ["senza"],
  creditLines: [
    NAME_AND_DATE_LINE,
    SIGNATURE_LINE,
    "^\\s*(?:Questo|Il\\s+presente|L['’])\\s*(?:articolo|testo|pezzo)\\s+(?:è\\s+stato\\s+)?(?:pubblicato|apparso|uscito)\\s+(?:originariamente|originalmente|per\\s+la\\s+prima\\s+volta|inizialmente)\\s+(?:su|sul|sulla|in|da)\\s+(?<name>[^\\n]{2,80}?)[.\\s]*$",
    "^\\s*(?:Fonte|Fonti|Via)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$",
    "^\\s*(?<name>(?:\\p{Lu}[\\p{Lu} .&'-]{2,40}))\\s*$",
  ],
  madeByLines: ["(?:Verifica(?:\\s+dei\\s+fatti)?|Fact[- ]?check(?:ing)?|Articolo|Testo|Inchiesta)\\s+(?:realizzat[oa]|effettuat[oa]|scritt[oa]|redatt[oa]|curat[oa])\\s+(?:da|dal|dalla|dallo|dai|dalle|dall['’])"],
};
