/** French reading data: « selon », « a rapporté », « a déclaré à », guillemets, crédits photo. */
import type { LanguageFrames } from "./types.ts";
import { speechVerbForms } from "./verbForms.ts";
import { en } from "./en.ts";
import { DOMAIN, MEDIUM_NAME, NAME_AND_DATE_LINE, SENTENCE_CASE_TITLE, SIGNATURE_LINE } from "./common.ts";

/**
 * Publication nouns before a name ("le quotidien X", "le site X"), kept as the frame's `cue`, with at most one adjective,
 * never a preposition or a conjunction: "le journal de Valdore" says where the paper is, it names no outlet "Valdore".
 */
const CUE = "(?:(?:le|la|l’|l'|les)\\s*)?(?<cue>quotidien|journal|hebdomadaire|magazine|mensuel|site(?:\\s+web|\\s+internet)?|agence(?:\\s+de\\s+presse)?|chaîne|radio|télévision|média|tabloïd|revue|blog|portail)(?:\\s+(?!(?:de|du|des|et|que|en)(?![\\p{L}]))\\p{Ll}+)?\\s+";

/** What is posted on a network, and the account it is posted on ("un tweet", "un message Twitter", "le compte Facebook"), before whose it is. */
const POST = "(?:tweets?|messages?|posts?|publications?|comptes?)(?:\\s+\\p{Lu}[\\p{L}\\p{N}]*)?";

/** Verbs an outlet affirms or reveals with, after its name ("Mediapart affirme", "le quotidien X révèle"). */
const AFFIRMS = "affirme|affirmait|a\\s+affirmé|assure|a\\s+assuré|explique|a\\s+expliqué|souligne|note|indique|précise|révèle|dément|démentait|a\\s+démenti|avait\\s+démenti";

/**
 * Verbs an outlet announces or confirms a piece of news with, after its name ("Le Monde annonçait l'arrestation", "l'AFP
 * déclare que", "l'agence X avait confirmé l'information"). A person or a body says them as often: only a name the registry
 * knows, or one after a publication noun, is read as an outlet through them.
 */
const ANNOUNCES = "annonce|annonçait|a\\s+annoncé|avait\\s+annoncé|déclare|a\\s+déclaré|confirme|confirmait|a\\s+confirmé|avait\\s+confirmé|révélait|avait\\s+révélé";

/** Verbs of being first with a piece of news in a cleft ("c'est le quotidien X qui a lancé l'information"). */
const BROKE = "lancé|révélé|annoncé|dévoilé|sorti|publié|donné";

/** When a participle says a report came out ("avancée mardi par", "publiée le 3 mai par"): a weekday alone, or a date. */
const WHEN = "(?:\\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\\s+(?:matin|soir|dernier))?|{DATE}))?";

/**
 * Adverbs French sets between an inverted verb and the outlet after it ("écrit ainsi Le Monde", "rapporte notamment
 * Libération", "écrit par exemple « Le Monde »"), at most two: they qualify the credit, they name no one.
 */
/**
 * When an outlet put a piece out, between its verb and the piece ("a publié ce 1er avril un démenti", "a mis en ligne
 * lundi soir un article"): a weekday or a day of a month, no part of what was published.
 */
const WHEN_PUBLISHED = "(?:\\s+(?:ce|le)\\s+\\d{1,2}(?:er)?\\s+\\p{Ll}+(?:\\s+\\d{4})?|\\s+(?:(?:ce\\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|hier)(?:\\s+(?:matin|soir))?)?";

/** A short aside between commas after an inverted verb of reporting ("ce qu'affirme, pour rire, le site X"): no part of the name. */
const ASIDE = ",\\s*[^,.;:!?«»]{1,30}?,\\s+";
const INVERTED_ADVERBS = "(?:(?:ainsi|notamment|encore|aussi|également|alors|déjà|d['’]ailleurs|par\\s+exemple|entre\\s+autres|pour\\s+sa\\s+part|de\\s+son\\s+côté|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\\s+(?:matin|soir))?)\\s+){0,2}";

const WORD = "(?:(?:al|el|de|du|d’|d'|l’|l')[-\\u2011]?)?\\p{Lu}(?:[\\p{L}\\p{N}’'&\\-\\u2011]|\\.(?=\\p{L}))*";

export const fr: LanguageFrames = {
  language: "fr",
  occasionMedia: { spoken: ["interview\\p{L}*", "entretien\\p{L}*", "conférences?\\s+de\\s+presse", "discours", "allocutions?"] },
  complementisers: ["que", "qu’", "qu'"],
  name: `(?:${DOMAIN}|(?:(?<![\\p{L}\\p{N}\\-\\u2011])(?:le|la|les|l’|l')\\s*)?(?:${WORD}(?:\\s+(?:(?:de|du|des|d’|d'|et|&|al|el|la|le|the|of|for|and)\\s*)?${WORD}){0,5}))`,
  date: "(?:le|en|dès|au\\s+mois\\s+de)\\s+(?<date>\\d{1,2}(?:er)?\\s+\\p{Ll}+(?:\\s+\\d{4})?|\\p{Ll}+(?:\\s+\\d{4})?)",
  descriptor: "(?:le|la|l’|l')\\s*(?:[\\p{L}\\p{N}-]+\\s+){0,3}(?:quotidien|journal|agence|site|chaîne|hebdomadaire|média|radio|magazine)(?:\\s+[\\p{Ll}-]+){0,2}",
  // "que" elided before a vowel ("a dit à l'AFP qu'elle avait peur") ends a name as "que" does; so does the page or
  // account the words went out on ("a écrit la chaîne sur sa page Facebook").
  end: "(?=\\s*(?:[,.;:!?)»”’]|$|—|–)|\\s+qu['’]|\\s+(?:un|une|des|a|le|en|que|qui|et|mais|dans|citant|selon|il|elle|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avoir|être)\\b|\\s+sur\\s+(?:son|sa|ses|leur|leurs)\\s)",
  frames: [
    // "Le correspondant du Monde à Rome a indiqué …": what an outlet's correspondent or writer reports is the outlet's
    // report; the person is whose staff they are (`staffOf`), a place after the name is where they report from.
    { id: "fr.correspondant_de", frame: "reported", allowUnknown: false, staffOf: true, pattern: "(?<![\\p{L}\\p{N}])(?:[Ll]e|[Ll]a|[Uu]n|[Uu]ne)\\s+(?:correspondante?|envoyée?\\s+spéciale?|journaliste|chroniqueur|chroniqueuse|éditorialiste|reporter)\\s+(?:du\\s+|de\\s+la\\s+|de\\s+l['’]\\s*|des\\s+|de\\s+)(?=\\p{Lu}){SRC}(?:(?=\\s+(?:à|au|en)\\s+\\p{Lu})|{END})", example: "Le correspondant du Courrier des Landes à Lyon a indiqué que le pont fermera.", expect: "Courrier des Landes" },
    // "Anne Morel écrit dans Le Courrier des Landes que …": only a publication is written in (en.writing_in).
    { id: "fr.ecrit_dans", frame: "reported_by", allowUnknown: true, publication: true, pattern: "(?<![\\p{L}\\p{N}])(?:[ÉéEe]crivant|écrit|écrivait|a\\s+écrit)\\s+dans\\s+{SRC}{END}", example: "Anne Morel écrit dans Le Courrier des Landes que le pont fermera.", expect: "Le Courrier des Landes" },
    { id: "fr.selon", frame: "according_to", allowUnknown: true, pattern: `(?:selon|d’après|d'après)\\s+(?:(?:un|une|des|les)\\s+(?:\\p{L}+\\s+)?(?:rapport|article|informations?|révélations?|enquête)\\s+(?:de\\s+la|de\\s+l['’]|de|du|d’|d')\\s*|(?:nos|leurs|ses)\\s+confrères\\s+(?:de\\s+la|de\\s+l['’]|de|du|d’|d')\\s*|(?:un|une|la|le)\\s+(?:\\p{L}+\\s+)?(?:publication|vidéo|video|post|message|tweet|billet)(?:\\s+\\p{Ll}+)?\\s+(?:sur|dans)\\s+(?:(?:le|la)\\s+|l['’]\\s*)?)?(?:${CUE})?{SRC}{END}`, example: "Le chef de l’EI se cacherait près de Palmyre, selon Al-Akhbar.", expect: "Al-Akhbar" },
    // "…, confirmant une information du Parisien", "une information de Radio Lac confirmée par une source": a report
    // credited to the outlet that gave it first (after "selon" it is fr.selon's). A name the registry knows, or one after
    // a publication noun: "une information de Pierre Morel" is a person's.
    { id: "fr.information_de", frame: "reported", allowUnknown: false, pattern: `(?<!(?:selon|d’après|d'après)\\s+)(?:une|l['’]|les|des|cette|ces)\\s*(?:\\p{Ll}+\\s+)?informations?(?:\\s+exclusives?)?\\s+(?:de\\s+la|de\\s+l['’]|de|du|d’|d')\\s*{SRC}(?:{END}|(?=\\s+(?:confirmée|révélée|reprise|relayée|publiée|démentie)s?(?![\\p{L}])))`, example: "L’homme a été arrêté à l’aéroport, a annoncé une source proche de l’enquête, confirmant une information du Monde.", expect: "Monde" },
    { id: "fr.information_de.cue", frame: "reported", allowUnknown: true, pattern: `(?<!(?:selon|d’après|d'après)\\s+)(?:une|l['’]|les|des|cette|ces)\\s*(?:\\p{Ll}+\\s+)?informations?(?:\\s+exclusives?)?\\s+(?:de\\s+la|de\\s+l['’]|de|du|d’|d')\\s*${CUE}{SRC}(?:{END}|(?=\\s+(?:confirmée|révélée|reprise|relayée|publiée|démentie)s?(?![\\p{L}])))`, example: "Des doutes sont apparus, une information de la radio Onde du Lac confirmée par une source proche du dossier.", expect: "Onde du Lac" },
    // "un tweet du X", "un message Twitter du X", "posté sur le compte du X": what an outlet posts is its report. A person or
    // a body posts as often, so through these words only a name the registry knows, one the article shows as an outlet
    // elsewhere ("le site satirique X"), or one after a publication noun is an outlet.
    { id: "fr.post_de", frame: "reported", allowUnknown: false, pattern: `(?<![\\p{L}])${POST}\\s+(?:de\\s+la|de\\s+l['’]|de|du|d’|d')\\s*{SRC}{END}`, example: "La députée a cité un tweet du Monde, sans le vérifier.", expect: "Monde" },
    { id: "fr.post_de.cue", frame: "reported", allowUnknown: true, pattern: `(?<![\\p{L}])${POST}\\s+(?:de\\s+la|de\\s+l['’]|de|du|d’|d')\\s*${CUE}{SRC}{END}`, example: "La députée a cité un message Twitter du site parodique Onde du Lac.", expect: "Onde du Lac" },
    { id: "fr.rapporte", frame: "reported", allowUnknown: true, pattern: "{SRC}\\s+(?:a\\s+rapporté|rapporte|a\\s+révélé|révèle|a\\s+indiqué|écrit|a\\s+écrit)(?:\\s+{DATE})?(?:,?\\s+citant\\s+(?<citing>[^,.;:]+))?", example: "Le Parisien a rapporté le 3 mai, citant une source policière, que l’homme avait fui.", expect: "Le Parisien" },
    // "La Gazette du Lac a été la première à révéler l'affaire": the outlet that broke the story.
    { id: "fr.first_to_report", frame: "reported", allowUnknown: true, pattern: "{SRC}\\s+(?:a\\s+été|avait\\s+été|fut|était)\\s+(?:le|la)\\s+premi(?:er|ère)\\s+à\\s+(?:révéler|rapporter|publier|annoncer|dévoiler|sortir|relater)(?![\\p{L}])", example: "La Gazette du Lac a été la première à révéler l'affaire.", expect: "La Gazette du Lac" },
    // "Le Courrier du Lac, citant une source proche du dossier, affirme que …": the outlet, whom it cited, its verb.
    { id: "fr.citant_affirme", frame: "reported", allowUnknown: false, pattern: `{SRC},\\s+(?:en\\s+)?citant\\s+(?<citing>[^,.;:]{1,80}),\\s+(?:${AFFIRMS}|a\\s+rapporté|rapporte|écrit|a\\s+écrit|a\\s+révélé)(?![\\p{L}])`, example: "Le Courrier du Lac, citant une source proche du dossier, affirme que le port fermera.", expect: "Le Courrier du Lac" },
    // "selon une source sécuritaire citée par X": an unnamed source whose words came through X.
    { id: "fr.source_citee_par", frame: "reported_by", allowUnknown: true, pattern: `(?<citing>(?:une|des|d['’]une|de)\\s+sources?(?:\\s+[\\p{Ll}-]+){0,4}?)\\s+citée?s?\\s+par\\s+(?:${CUE})?{SRC}{END}`, example: "Le port fermera, selon une source sécuritaire citée par le Courrier du Lac.", expect: "le Courrier du Lac" },
    { id: "fr.citant", frame: "citing", allowUnknown: false, pattern: "citant\\s+(?:(?:le|la|les)\\s+)?{SRC}{END}", example: "Le ministère a démenti, citant l’AFP.", expect: "l’AFP" },
    { id: "fr.declare_a", frame: "told", allowUnknown: true, pattern: "{SAY}\\s+(?:à|au|aux)\\s+{SRC}{END}", example: "« Il est vivant », a déclaré à l’AFP un responsable irakien.", expect: "l’AFP" },
    // "X, interrogé par BFM, explique …": the outlet that put the questions, as "a déclaré à X" is. A judge or the police ask
    // too ("interrogé par les enquêteurs"), so only a name the registry knows or one after a publication noun.
    { id: "fr.interroge_par", frame: "told", allowUnknown: false, pattern: `(?<![\\p{L}])(?:interrogée?s?|interviewée?s?|questionnée?s?|jointe?s?)\\s+par\\s+{SRC}{END}`, example: "Le maire, interrogé par France Inter, a démenti.", expect: "France Inter" },
    { id: "fr.interroge_par.cue", frame: "told", allowUnknown: true, pattern: `(?<![\\p{L}])(?:interrogée?s?|interviewée?s?|questionnée?s?|jointe?s?)\\s+par\\s+${CUE}{SRC}{END}`, example: "Le maire, interrogé par la radio Onde Sud, a démenti.", expect: "Onde Sud" },
    // "…, a déclaré la capitaine du port Ilse Brandt à l'agence Elbdienst": a speaker between the verb and its addressee;
    // only with the publication noun, which tells the addressee from a place ("à Paris").
    { id: "fr.declare_sujet_a", frame: "told", allowUnknown: true, pattern: `{SAY}\\s+(?:[^,.;:!?«»]{1,60}?\\s+)?(?:à|au|aux)\\s+${CUE}{SRC}{END}`, example: "« Il est vivant », a déclaré un responsable irakien à l’agence Presse du Lac.", expect: "Presse du Lac" },
    // "…, rapporte Le Monde", "écrit le quotidien X", "comme l'indique X", "c'est ce qu'écrit le site X", "contrairement à
    // ce qu'affirme, pour rire, le site X": the outlet after its verb, French's commonest credit. A name the registry
    // knows, or one after a publication noun: "écrit Jean Dupont" is a person writing.
    { id: "fr.rapporte_inverse", frame: "reported", allowUnknown: false, pattern: `(?:^|[,»”"]\\s*|[Cc]omme\\s+(?:l['’]\\s*|le\\s+)?|[Cc]e\\s+qu['’]\\s*)(?:a\\s+rapporté|rapporte|rapportait|a\\s+révélé|révèle|a\\s+écrit|écrit|écrivait|indique|a\\s+indiqué|précise|a\\s+précisé|affirme|a\\s+affirmé|annonce|a\\s+annoncé|souligne|relève|note|titre|a\\s+titré|raconte|explique)(?:\\s*${ASIDE}|\\s+)${INVERTED_ADVERBS}{SRC}{END}`, example: "Le port fermera, rapporte Le Monde lundi.", expect: "Le Monde" },
    { id: "fr.rapporte_inverse.cue", frame: "reported", allowUnknown: true, pattern: `(?:^|[,»”"]\\s*|[Cc]omme\\s+(?:l['’]\\s*|le\\s+)?|[Cc]e\\s+qu['’]\\s*)(?:a\\s+rapporté|rapporte|rapportait|a\\s+révélé|révèle|a\\s+écrit|écrit|écrivait|indique|a\\s+indiqué|précise|a\\s+précisé|affirme|a\\s+affirmé|annonce|a\\s+annoncé|souligne|relève|note|titre|a\\s+titré|raconte|explique)(?:\\s*${ASIDE}|\\s+)${INVERTED_ADVERBS}${CUE}{SRC}{END}`, example: "Le port fermera, écrit le quotidien Courrier du Lac.", expect: "Courrier du Lac" },
    // Before "publié par X" and "publié sur X": "initialement publié sur X", "a d'abord été publié par X" credit the outlet of record (a syndication credit where the article is its subject).
    { id: "fr.publie_dans", frame: "first_appeared_in", allowUnknown: true, syndication: true, pattern: "(?:(?:initialement|d’abord|d'abord|à\\s+l['’]origine)\\s+(?:été\\s+)?(?:paru|publié)e?|(?:paru|publié)e?\\s+(?:initialement|d’abord|d'abord|pour\\s+la\\s+première\\s+fois|à\\s+l['’]origine|originellement))\\s+(?:dans|sur|par)\\s+(?:le\\s+site\\s+(?:de\\s+|d['’]\\s*)?)?{SRC}{END}", example: "Cet article a été initialement publié dans The Conversation.", expect: "The Conversation" },
    { id: "fr.rapporte_par", frame: "reported_by", allowUnknown: true, pattern: `(?:rapporté|révélé|publié|cité|confirmé|diffusé|dévoilé|avancé|imaginé|inventé)e?s?${WHEN}\\s+par\\s+(?:${CUE})?{SRC}{END}`, example: "Une information avancée mardi par le quotidien Courrier du Lac a relancé l’affaire.", expect: "Courrier du Lac" },
    { id: "fr.titrait", frame: "reported", allowUnknown: true, publication: true, pattern: `(?:titrait|titre|a\\s+titré|titraient|ont\\s+titré)\\s+(?:${CUE})?{SRC}{END}`, example: "« Le port ferme ! » titrait la Gazette du Lac, en citant un élu.", expect: "la Gazette du Lac" },
    { id: "fr.repere_par", frame: "reported_by", allowUnknown: true, pattern: `(?:repéré|repérée|repérés|repérées|relayé|relayée|relayés|relayées|signalé|signalée|traduit|traduite|reprise?s?)\\s+par\\s+(?:${CUE})?{SRC}{END}`, example: "Un article repéré par Le Courrier du Lac a relancé l’affaire.", expect: "Le Courrier du Lac" },
    { id: "fr.reprise_par", frame: "reported_by", allowUnknown: true, pattern: `(?:reprise|publication|diffusion|mise\\s+en\\s+ligne|traduction)\\s+(?:d['’]\\s*un|d['’]\\s*une|de\\s+la|de\\s+l['’]|du|des)\\s*[^,.;:!?]{1,60}?\\s+par\\s+(?:${CUE})?{SRC}{END}`, example: "Tout part de la reprise d’un faux communiqué par le site Ending the Feud, le 26 septembre.", expect: "Ending the Feud" },
    { id: "fr.publie_sur", frame: "reported_by", allowUnknown: true, publication: true, pattern: `(?:publié|publiée|publiés|publiées|paru|parue|parus|parues|mis\\s+en\\s+ligne)\\s+(?:le\\s+\\d{1,2}(?:er)?\\s+\\p{Ll}+\\s+)?(?:sur|dans)\\s+(?:${CUE})?{SRC}{END}`, example: "Dans un article publié sur le site lacnouvelles.fr, l’auteur se rétracte.", expect: "lacnouvelles.fr" },
    // After a publication noun a title may be written in sentence case.
    { id: "fr.publie_sur.titre", frame: "reported_by", allowUnknown: true, publication: true, pattern: `(?:publié|publiée|publiés|publiées|paru|parue|parus|parues|mis\\s+en\\s+ligne)\\s+(?:le\\s+\\d{1,2}(?:er)?\\s+\\p{Ll}+\\s+)?(?:sur|dans)\\s+${CUE}(?<name>${SENTENCE_CASE_TITLE}){END}`, example: "L’étude, publiée dans la revue Annales côtières du sud, était fausse.", expect: "Annales côtières du sud" },
    // "L'hebdomadaire Marianne cite un rapport": an outlet, by its publication noun, quoting a document or a source.
    // "Lacnouvelles.com publie un article : « … »": a name as the subject of publishing a piece. A person publishes too, so
    // only a name with an outlet's evidence (an address, the registry, an outlet word in it).
    { id: "fr.publie_article", frame: "reported", allowUnknown: false, publication: true, pattern: `{SRC}\\s+(?:publie|publiait|a\\s+publié|avait\\s+publié|met\\s+en\\s+ligne|a\\s+mis\\s+en\\s+ligne)${WHEN_PUBLISHED}\\s+(?:un|une|le|la|son|sa|ce|cet|cette)\\s+(?:\\p{Ll}+\\s+)?(?:article|papier|dépêche|enquête|reportage|texte|information|billet|éditorial|démenti|rectificatif|communiqué)(?![\\p{L}])`, example: "Lacnouvelles.com publie un article : « le maire a démissionné ».", expect: "Lacnouvelles.com" },
    { id: "fr.cite", frame: "reported", allowUnknown: true, pattern: `${CUE}{SRC}\\s+(?:cite|citait|a\\s+cité|publie|a\\s+publié|dévoile|a\\s+dévoilé)(?![\\p{L}])`, example: "L’hebdomadaire Courrier du Lac cite un rapport confidentiel.", expect: "Courrier du Lac" },
    { id: "fr.affirme.cue", frame: "reported", allowUnknown: true, pattern: `${CUE}{SRC}\\s+(?:${AFFIRMS}|${ANNOUNCES}|rapporte|écrit|a\\s+écrit)(?![\\p{L}])`, example: "Le quotidien régional Courrier du Lac affirme que les tarifs tripleront.", expect: "Courrier du Lac" },
    { id: "fr.affirme", frame: "reported", allowUnknown: false, pattern: `{SRC}\\s+(?:${AFFIRMS})(?:\\s+(?:même|aussi|encore))?(?![\\p{L}])`, example: "Mediapart affirme même que le ministre savait.", expect: "Mediapart" },
    { id: "fr.annonce", frame: "reported", allowUnknown: false, pattern: `{SRC}\\s+(?:${ANNOUNCES})(?![\\p{L}])`, example: "Ce samedi, l'AFP déclare que l'homme arrêté n'est pas le fugitif.", expect: "l'AFP" },
    // "c'est le quotidien X qui a lancé l'information", "C'est Le Monde qui avait révélé l'affaire": the outlet first
    // with the news, in a cleft. A name the registry knows, or one after a publication noun ("c'est Jean Morel qui a
    // révélé" is a person's doing).
    { id: "fr.cest_qui", frame: "reported", allowUnknown: false, pattern: `(?<![\\p{L}])[Cc](?:['’]est|['’]était)\\s+{SRC}\\s+qui\\s+(?:a|avait)\\s+(?:été\\s+(?:le\\s+premier|la\\s+première)\\s+à\\s+)?(?:${BROKE})(?![\\p{L}])`, example: "C'est Le Monde qui a révélé l'affaire.", expect: "Le Monde" },
    { id: "fr.cest_qui.cue", frame: "reported", allowUnknown: true, pattern: `(?<![\\p{L}])[Cc](?:['’]est|['’]était)\\s+${CUE}{SRC}\\s+qui\\s+(?:a|avait)\\s+(?:été\\s+(?:le\\s+premier|la\\s+première)\\s+à\\s+)?(?:${BROKE})(?![\\p{L}])`, example: "C'est le quotidien régional Courrier du Lac qui a lancé l'information.", expect: "Courrier du Lac" },
    { id: "fr.entretien", frame: "told", allowUnknown: true, pattern: `(?:(?:[Dd]ans|[Ll]ors\\s+d['’])\\s*(?:un\\s+entretien|une\\s+interview)|[Ee]n\\s+entretien|[Ii]nterrogé(?:e|s|es)?|[Cc]ontacté(?:e|s|es)?|[Ss]ollicité(?:e|s|es)?|[Jj]oint(?:e|s|es)?)\\s+(?:(?:accordé|accordée)\\s+)?(?:à|au|aux|par)\\s+(?:${CUE})?{SRC}{END}`, example: "Dans un entretien accordé au Courrier du Lac, le maire nie tout.", expect: "Courrier du Lac" },
    // "a confirmé auprès de l'AFP", "a expliqué M. Dorval auprès du Courrier de l'Est": what a source said to an outlet, as
    // "à l'AFP" after a speech verb says it; "auprès de" also names bodies and people asked ("auprès de la préfecture"),
    // so without an outlet noun only an outlet the registry knows is read.
    { id: "fr.aupres_de", frame: "told", allowUnknown: false, pattern: `(?<![\\p{L}])auprès\\s+(?:de\\s+la\\s+|de\\s+l['’]\\s*|du\\s+|des\\s+|de\\s+|d['’]\\s*){SRC}(?:{END}|(?=\\s+(?:de|du|des|d['’])\\s*\\p{L}))`, example: "Les proches du maire ont confirmé auprès de l'AFP de la réalité des images.", expect: "AFP" },
    { id: "fr.aupres_de.cue", frame: "told", allowUnknown: true, pattern: `(?<![\\p{L}])auprès\\s+(?:de\\s+|d['’]\\s*|du\\s+)${CUE}{SRC}{END}`, example: "« Tout est rentré dans l'ordre », a assuré le maire auprès du quotidien Courrier du Lac.", expect: "Courrier du Lac" },
    // "avoue-t-il au micro de Radio Nord", "à l'antenne de X", "sur le plateau de X", "sur les ondes de X": words said on
    // a broadcaster's air. Only a broadcaster has a microphone, an antenna, a studio set or airwaves.
    { id: "fr.au_micro", frame: "told", allowUnknown: true, pattern: `(?:au\\s+micro|à\\s+l['’]\\s*antenne|sur\\s+le\\s+plateau|sur\\s+les\\s+ondes)\\s+(?:de\\s+la\\s+|de\\s+l['’]\\s*|du\\s+|des\\s+|de\\s+|d['’]\\s*)(?:${CUE})?{SRC}{END}`, example: "« C'est faux », avoue-t-il au micro de Radio Littoral.", expect: "Radio Littoral" },
    // "Sur la chaîne Canal Nord, l'officier a affirmé", "Invité de Canal Nord, le ministre a dit": a speaker on a broadcaster's
    // air. "Sur" only opening the sentence: inside one it is as often where a text was published ("publié sur le site X").
    { id: "fr.sur_chaine", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}])(?:Sur\\s+(?:(?:la|l['’])\\s*)?(?<cue>chaîne|radio|antenne)(?:\\s+\\p{Ll}+)?\\s+(?:de\\s+|d['’]\\s*)?|Sur\\s+|[Ii]nvité(?:e|s|es)?\\s+(?:de\\s+la|de|du|d['’]|sur\\s+(?:la|le|l['’]))\\s*)(?:(?:la|le|l['’])\\s*)?{SRC}\\s*,`, example: "Sur la chaîne Canal Nord, l'officier a affirmé qu'ils avaient parlé à la fillette.", expect: "Canal Nord" },
    // "a affirmé le militaire à Télé Sierra", "a déclaré Anne Roux au Courrier": whom the speaker told, after the speaker (a
    // role or a name of up to four capitalised words), without a publication noun.
    { id: "fr.declare_sujet_a.nom", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `{SAY}\\s+(?:(?:le|la|les|un|une|l['’])\\s*(?:[^,.;:!?«»]{1,50}?\\s+)?|\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,3}\\s+)(?:à|au|aux)\\s+{SRC}{END}`, example: "« Nous la retrouverons », a affirmé le militaire à Télé Sierra.", expect: "Télé Sierra" },
    // "a annoncé sur la BBC que …", "avait réagi en janvier sur X :": a speech verb and the broadcaster it spoke on. "sur"
    // also names a platform or a subject, so only a name the registry knows, or after a publication noun.
    { id: "fr.declare_sur", frame: "told", allowUnknown: false, pattern: "{SAY}\\s+(?:(?:le|en|dès)\\s+[^,.;:!?«»]{1,30}?\\s+)?sur\\s+(?:la\\s+|le\\s+|l['’]\\s*)?{SRC}{END}", example: "L'avocat a annoncé sur la BBC que son client parlerait.", expect: "BBC" },
    { id: "fr.declare_sur.cue", frame: "told", allowUnknown: true, pattern: `{SAY}\\s+(?:(?:le|en|dès)\\s+[^,.;:!?«»]{1,30}?\\s+)?sur\\s+${CUE}{SRC}{END}`, example: "L'avocat a annoncé sur la radio régionale Onde Sud que son client parlerait.", expect: "Onde Sud" },
    // "révèle Olivier Faye dans Le Monde daté de jeudi", "écrit le journaliste Marc Olin dans X": a journalist and the
    // outlet that printed the words.
    { id: "fr.journaliste_dans", frame: "reported", allowUnknown: false, pattern: `(?:a\\s+révélé|révèle|a\\s+écrit|écrit|raconte|rapporte|explique|a\\s+expliqué|relate)\\s+(?:(?:le|la)\\s+journaliste\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}\\s+dans\\s+(?:${CUE})?{SRC}(?:{END}|(?=\\s+datée?\\s))`, example: "Le maire a menti, révèle Jean Morel dans Le Monde daté de jeudi.", expect: "Le Monde" },
    { id: "fr.journaliste_dans.cue", frame: "reported", allowUnknown: true, pattern: `(?:a\\s+révélé|révèle|a\\s+écrit|écrit|raconte|rapporte|explique|a\\s+expliqué|relate)\\s+(?:(?:le|la)\\s+journaliste\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}\\s+dans\\s+${CUE}{SRC}(?:{END}|(?=\\s+datée?\\s))`, example: "Le maire a menti, écrit le journaliste Jean Morel dans le quotidien Courrier du Val.", expect: "Courrier du Val" },
    // "[Outlet, 18-02-2016]": a bracketed source and date after a passage, as aggregators credit what they took.
    { id: "fr.bracket_source", frame: "according_to", allowUnknown: true, pattern: "[\\[(]{SRC},\\s*\\d{1,2}[-/.]\\s?\\d{1,2}[-/.]\\s?\\d{2,4}[\\])]", example: "Hier le ministre l’a confirmé [Agence Sud, 18-02-2016].", expect: "Agence Sud" },
  ],
  addresseeMarkers: ["s'adressant", "s’adressant"],
  textVerbs: ["lit-on", "peut-on lire"],
  speechVerbs: [
    ...speechVerbForms("fr", [
      "déclarer", "affirmer", "expliquer", "ajouter", "confier", "indiquer", "préciser", "assurer", "confirmer", "souligner",
      "estimer", "raconter", "annoncer", "insister", "avouer", "commenter", "observer", "noter", "témoigner", "lancer",
      // A post quotes its writer as a statement does ("a ainsi tweeté la maire", "a posté", "a publié"): verbs of posting.
      "tweeter", "poster", "publier", "ironiser", "nuancer", "résumer", "détailler", "marteler", "plaider", "regretter", "relater", "dénoncer", "nier",
      ["démentir", { present: "dément", presentPlural: "démentent", imperfect: "démentait", imperfectPlural: "démentaient", past: "démentit", pastPlural: "démentirent", participle: "démenti" }],
      ["dire", { present: "dit", presentPlural: "disent", imperfect: "disait", imperfectPlural: "disaient", past: "dit", pastPlural: "dirent", participle: "dit" }],
      ["écrire", { present: "écrit", presentPlural: "écrivent", imperfect: "écrivait", imperfectPlural: "écrivaient", past: "écrivit", pastPlural: "écrivirent", participle: "écrit" }],
      ["répondre", { present: "répond", presentPlural: "répondent", imperfect: "répondait", imperfectPlural: "répondaient", past: "répondit", pastPlural: "répondirent", participle: "répondu" }],
      ["reconnaître", { present: "reconnaît", presentPlural: "reconnaissent", imperfect: "reconnaissait", imperfectPlural: "reconnaissaient", past: "reconnut", pastPlural: "reconnurent", participle: "reconnu" }],
      ["soutenir", { present: "soutient", presentPlural: "soutiennent", imperfect: "soutenait", imperfectPlural: "soutenaient", past: "soutint", pastPlural: "soutinrent", participle: "soutenu" }],
      ["poursuivre", { present: "poursuit", presentPlural: "poursuivent", imperfect: "poursuivait", imperfectPlural: "poursuivaient", past: "poursuivit", pastPlural: "poursuivirent", participle: "poursuivi" }],
      ["avertir", { present: "avertit", presentPlural: "avertissent", imperfect: "avertissait", imperfectPlural: "avertissaient", past: "avertit", pastPlural: "avertirent", participle: "averti" }],
      // "a réagi sur RTL : « … »": French journalism quotes a reaction with it as with "déclarer".
      ["réagir", { present: "réagit", presentPlural: "réagissent", imperfect: "réagissait", imperfectPlural: "réagissaient", past: "réagit", pastPlural: "réagirent", participle: "réagi" }],
      ["admettre", { present: "admet", presentPlural: "admettent", imperfect: "admettait", imperfectPlural: "admettaient", past: "admit", pastPlural: "admirent", participle: "admis" }],
      ["conclure", { present: "conclut", presentPlural: "concluent", imperfect: "concluait", imperfectPlural: "concluaient", past: "conclut", pastPlural: "conclurent", participle: "conclu" }],
      ["rappeler", { present: "rappelle", presentPlural: "rappellent" }],
      ["répéter", { present: "répète", presentPlural: "répètent" }],
    ]),
    // Sharing information gives it: "le journaliste X a partagé l'information" credits X with it.
    "a partagé l'information", "a partagé l’information", "a partagé cette information", "a partagé la nouvelle", "ont partagé l'information", "ont partagé l’information",
    // "en appeler à" (to appeal to) is an exhortation said aloud: "le maire en a appelé à la prudence : « … »". Only with
    // its "en" and "à": "appeler" alone calls someone ("a appelé la police").
    "en appelle à", "en appellent à", "en a appelé à", "en ont appelé à", "en appelait à", "en appelaient à", "en avait appelé à",
  ],
  // "lancer" and "confier" report speech ("a lancé : « … »", "a confié à l'AFP que") and do things ("a lancé une enquête").
  thingObjects: { verbs: speechVerbForms("fr", ["lancer", "confier"]), articles: ["un", "une", "des"] },
  opinionLeads: ["pour", "selon", "d’après", "d'après"],
  // "C'est ce qu'a annoncé la maire mardi.": a cleft pointing back at the words before.
  attributionOnlyForms: ["C['’](?:est|était)\\s+ce\\s+qu(?:['’]|e\\s+)(?:{SAY})"],
  // "la ministre du Travail Katrin Vollmer": the role's portfolio, then the person (speakers/namePrefix.ts placeOfRole).
  portfolios: ["travail", "santé", "économie", "intérieur", "justice", "défense", "finances", "culture", "agriculture", "éducation", "environnement", "affaires", "logement", "transports", "industrie", "commerce", "budget", "armées", "enseignement", "recherche", "sports", "solidarités", "énergie", "numérique", "emploi", "outre-mer", "écologie", "comptes", "mer"],
  articleSelf: ["cet", "cette", "ce", "il", "elle", "une version de cet"],
  anonymityClauses: ["qui (?:a|avait|ont|avaient) (?:requis|demandé|souhaité|exigé|préféré) (?:l['’] ?anonymat|à (?:rester|garder) (?:l['’] ?)?anonym(?:e|es|at)|(?:à )?ne pas être (?:nommée?s?|identifiée?s?|citée?s?))", "qui (?:souhaite|souhaitent|veut|veulent|préfère|préfèrent) (?:rester |garder l['’] ?)anonym(?:e|es|at)", "qui (?:n['’] ?(?:a|avait|ont|avaient) pas (?:souhaité|voulu|désiré)|ne (?:souhaite|souhaitent|veut|veulent) pas) (?:être (?:nommée?s?|identifiée?s?|citée?s?)|se nommer|donner son nom)", "sous (?:le )?(?:couvert|condition|réserve) (?:de l['’] ?|d['’] ?)anonymat"],
  // A call to pass the text on, a greeting or a closing wish: no claim (analyse/claims/noProposition.ts).
  readerAddress: ["partagez|faites\\s+(?:circuler|tourner|passer)", "(?:je\\s+vous\\s+souhaite\\s+)?(?:une\\s+)?bonne\\s+(?:journée|soirée|nuit)", "bonjour|bonsoir", "merci(?:\\s+à\\s+tous|\\s+de\\s+(?:partager|votre\\s+lecture))?"],
  pronouns: { singular: ["il", "elle"], plural: ["ils", "elles"] },
  citingCues: ["en citant", "citant"],
  anonymousHeads: ["source", "sources", "porte-parole", "responsable", "responsables", "officiel", "officiels", "expert", "experts", "diplomate", "diplomates", "témoin", "témoins", "proche", "proches", "habitant", "habitants", "commandant", "analyste"],
  channelPhrases: [`(?:dans|lors\\s+d['’]|lors\\s+de|par|via|en)\\s*(?:(?:un|une|le|la|l['’]|son|sa|ses|leur|leurs)\\s*)?(?:communiqués?|conférences?\\s+de\\s+presse|points?\\s+(?:de\\s+)?presse|entretiens?|interviews?|déclarations?|messages?|courriels?|e-?mails?|tweets?|lettres?|allocutions?|discours|interventions?)`],
  // "un faux communiqué de la mairie", "une lettre falsifiée attribuée au port": the issuer named was impersonated.
  forgedIssuerLeads: [
    "(?:faux|fausses?|prétendue?s?|soi-disant)\\s+(?:communiqué|lettre|courrier|message|note|document|avis|circulaire|déclaration|publication)s?(?:\\s+[\\p{L}-]+)?\\s+(?:de|du|des|d['’]|signée?s?\\s+(?:par|de)|attribuée?s?\\s+(?:à|au|aux)|au\\s+nom\\s+(?:de|du|des|d['’]))",
    "(?:communiqué|lettre|courrier|message|note|document|avis|circulaire|déclaration|publication)s?\\s+(?:falsifiée?s?|frauduleuse?s?|frauduleux|truquée?s?|bidon|contrefaite?s?)\\s+(?:de|du|des|d['’]|attribuée?s?\\s+(?:à|au|aux))",
  ],
  determiners: ["un", "une", "des", "plusieurs", "deux", "trois", "la", "le", "les", "ces", "cette", "ce", "certains", "certaines"],
  possessives: ["son", "sa", "leur"],
  // "a déclaré à l'AFP un responsable": whom the speaker told, before an inverted subject.
  mediumPhrases: [`(?:sur|via)\\s+(?:(?:son|sa|le|la|l['’])\\s*)?(?:(?:compte|page|profil|réseau\\s+social|plateforme)\\s+)?${MEDIUM_NAME}`, "sur\\s+les\\s+réseaux\\s+sociaux"],
  toldPrepositions: ["à l'", "à l’", "à la", "au", "aux", "à"],
  roleNouns: ["ingénieur", "ingénieure", "expert", "experte", "journaliste", "analyste", "porte-parole", "ministre", "professeur", "chercheur", "chercheuse", "commandant", "auteur", "autrice", "directeur", "directrice", "responsable", "spécialiste", "avocat", "avocate", "diplomate", "ambassadeur", "historien", "historienne", "économiste", "consultant", "consultante", "député", "maire", "colonel", "général", "capitaine", "lieutenant", "sergent", "préfet", "préfète", "président", "présidente", "pape", "roi", "reine", "prince", "princesse", "cardinal", "évêque", "procureur", "procureure", "juge", "magistrat", "magistrate", "sénateur", "sénatrice", "députée"],
  // "un journal proche du Parti X", "un hebdomadaire détenu par le Groupe X": the name describes the noun before it.
  nounDescriptions: [
    { words: ["proches?"], prepositions: ["de", "du", "des", "de la", "de l'", "d'"] },
    { words: ["lié(?:e|s|es)?", "affilié(?:e|s|es)?", "allié(?:e|s|es)?", "fidèles?", "favorables?", "hostiles?", "opposé(?:e|s|es)?"], prepositions: ["à", "au", "aux", "à la", "à l'"] },
    { words: ["détenu(?:e|s|es)?", "possédé(?:e|s|es)?", "contrôlé(?:e|s|es)?", "financé(?:e|s|es)?", "dirigé(?:e|s|es)?", "soutenu(?:e|s|es)?"], prepositions: ["par", "par le", "par la", "par les", "par l'"] },
  ],
  organisationCues: ["banque", "ministère", "gouvernement", "armée", "police", "renseignement", "conseil", "observatoire", "office", "commission", "agence", "parquet", "tribunal", "préfecture", "hôpital", "clinique", "université", "institut", "fondation", "onu", "otan"],
  institutions: {
    government: ["gouvernement", "gouvernemental", "gouvernementale", "gouvernementales", "gouvernementaux", "Exécutif"],
    ministry: ["ministère", "ministériel", "ministérielle", "ministériels", "ministérielles"],
    police: ["police", "policier", "policière", "policiers", "policières"],
    military: ["armée", "militaire", "militaires"],
    intelligence: ["renseignement", "renseignements"],
  },
  genericSources: ["médias", "les médias", "la presse", "presse locale", "sources", "réseaux sociaux", "internautes", "experts", "journaux"],
  outletSuffixes: [],
  outletCues: ["journal", "quotidien", "agence", "radio", "télévision", "télé", "tv", "chaîne", "canal", "presse", "magazine", "hebdo", "info", "infos", "actu", "médias", "monde", "figaro", "libération", "parisien", "tribune", "gazette", "courrier", "écho", "echo", "dépêche", "nouvelles", "soir", "matin"],
  subjectRelatives: ["qui"],
  possessiveStatementLeads: ["sa déclaration", "son message", "sa lettre", "sa réponse", "son communiqué", "son discours", "leur déclaration", "leur communiqué"],
  accordingLeads: ["selon"],
  // A figure or photo pointed back to at a sentence's start: its next sentence may say who put it out (types.ts).
  restatementLeads: ["le chiffre", "les chiffres", "le nombre", "l'estimation", "l’estimation", "le pourcentage", "la statistique", "les données", "la photo", "la photographie", "l'image", "l’image", "les images", "la vidéo", "la publication", "l'information", "l’information", "la rumeur", "ce chiffre", "cette photo", "cette image"],
  studyAuthorLeads: ["étude", "enquête", "chercheurs", "chercheuses", "scientifiques", "experts"].flatMap((n) => [`${n} de`, `${n} du`, `${n} des`, `${n} de la`, `${n} de l'`]),
  beforeVerbWords: ["aussi", "nous", "vous", "leur"],
  verbAdverbs: ["ainsi", "notamment", "déjà", "aussi", "également", "ensuite", "encore", "toujours", "pourtant", "cependant", "toutefois", "néanmoins", "alors", "enfin", "récemment", "publiquement"],
  ownerPrepositions: ["de", "du", "des", "par"],
  prepositions: ["à", "au", "aux", "de", "du", "des", "en", "dans", "sur", "sous", "avec", "pour", "par", "chez", "vers", "contre", "depuis", "pendant", "entre", "près"],
  nameStopwords: ["un", "une", "mais", "et", "selon", "hier", "aujourd’hui", "depuis", "ce", "cette", "il", "elle", "ils", "elles", "en", "dans", "pour", "ainsi", "alors", "cependant"],
  photoCredits: ["(?:Photo|Crédit(?:s)?\\s+photo|Illustration|Image)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  referenceNouns: ["article", "articles", "art", "alinéa", "paragraphe", "chapitre", "section", "loi", "décret", "résolution", "directive", "règlement"],
  yearNouns: ["année"],
  newCountWords: ["jusqu'à présent", "jusqu'ici", "à ce jour", "désormais", "maintenant", "est passé à", "est passée à", "a atteint", "s'élève désormais à", "grimpé à"],
  titleCues: ["livre", "ouvrage", "intitulé", "intitulée", "titre", "film", "documentaire", "roman", "rapport", "article", "chanson", "essai", "émission", "reportage", "rubrique", "séquence", "chronique", "segment"],
  compositionVerbs: ["écrit", "écrivit", "composé", "composa", "rédigé", "rédigea"],
  without: ["sans"],
  creditLines: [
    NAME_AND_DATE_LINE,
    SIGNATURE_LINE,
    "^\\s*(?:Cet|L’|L')\\s*(?:article|texte)\\s+a\\s+été\\s+(?:(?:initialement|d’abord|d'abord)\\s+publié|publié\\s+(?:initialement|d’abord|d'abord|pour\\s+la\\s+première\\s+fois))\\s+(?:dans|sur|par)\\s+(?<name>[^\\n]{2,80}?)[.\\s]*$",
    "^\\s*(?:Source|(?<contributed>Avec))\\s*:?\\s+(?<name>[^\\n]{2,60}?)\\s*$",
    en.creditLines[2] as string,
  ],
  madeByLines: ["(?:Vérification(?:\\s+des\\s+faits)?|Fact[- ]?check(?:ing)?|Article|Texte|Reportage|Enquête)\\s+(?:réalisée?|effectuée?|écrite?|rédigée?|produite?)\\s+par"],
};
