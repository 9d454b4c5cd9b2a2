/**
 * Describing words and the prepositions each takes before a name ("close" + "to", "proche" + "du"): every word of `words`
 * with every one of `prepositions`. Words are expression sources (their forms: "cercan[oa]s?"); a preposition is
 * written as printed, with the article it fuses with or takes ("al", "de la"), and one ending in an apostrophe ("de l'")
 * runs into the name.
 */
export interface NounDescription {
  words: readonly string[];
  prepositions: readonly string[];
}

/** The shape of one language's reading data: attribution frames, speech verbs, source nouns and credit patterns, kept as data so a language can be added without code. */
import type { AttributionFrame } from "../types.ts";

/**
 * One attribution phrase pattern. `pattern` is a regular-expression source using the language's macros ({SRC}, {END}, {DATE},
 * {SAY}: any form of the language's `speechVerbs`),
 * or with its own `(?<name>…)` group where the language's name pattern cannot delimit the name (Chinese 据…报道); `example` must
 * match and yield `expect` (tested). Named groups a pattern may carry besides `name`: `citing` (who the outlet cited), `date`,
 * and `cue` — an outlet cue word the frame read right before the name and kept out of it ("il quotidiano" in "secondo il
 * quotidiano La Voce", "خبرگزاری" in "به گزارش خبرگزاری پارس"): evidence that the name is an outlet.
 */
export interface FrameRule {
  id: string;
  frame: AttributionFrame;
  pattern: string;
  /** True when a capitalised name unknown to the registry may be taken as an outlet through this frame ("according to al-Khaleej"). */
  allowUnknown: boolean;
  /** True when the frame says the whole article is another outlet's story (syndication) rather than a citation. */
  syndication?: boolean;
  /** True when only a publication fits the frame ("published in X", "a headline in X"): evidence that an unknown name is an outlet. */
  publication?: boolean;
  /**
   * True when the span is bounded by the frame rather than by the shape of a name — scripts without capitals (ko, zh, fa, ar),
   * or a cue after which an ordinary noun phrase often stands (Arabic حسب "according to the latest statements"). The span is
   * then only a candidate: the reader takes it as an outlet only with outside evidence — a registry entry matched whole, a
   * `cue` group, an outlet cue word or suffix in the span (`outletCues`, `outletSuffixes`), a domain — and never when it is
   * one of `genericSources`.
   */
  needsEvidence?: boolean;
  /**
   * True when the frame is a language's fixed credit formula, whose object is by convention a news outlet ("به گزارش X،"
   * opening a Persian sentence, the comma right after the name): a single unknown word there is taken as an outlet without
   * other evidence, unless it is a role, source, generic or organisation noun or a place. Only on `needsEvidence` frames.
   */
  formula?: boolean;
  /**
   * True when the frame's verb is one of publishing ("riportato da X", "come riporta X", "reported by X"): only a
   * publication or a body that publishes can be its subject, so a name written in capitals only, an agency's or a site's
   * initials ("riportato da TMW"), is read as an outlet at the frame's own confidence — never a place or a known body.
   */
  publishingVerb?: boolean;
  /**
   * True when only a publication can be the frame's subject, whatever its name looks like ("X denied publishing such a
   * report": no person denies having published a report in a news outlet's sense): a name no registry knows is read as
   * an outlet, even one that reads as a person's, unless an outlet-noun or organisation reading says otherwise.
   */
  publisherOnly?: boolean;
  /**
   * True when the frame names an outlet through its staff ("Journalisten van X", "journalists of X"): a person there is whose
   * staff they are, no source the text relies on.
   */
  staffOf?: boolean;
  /**
   * True when the frame reads what an outlet did to get or check its story ("X spoke to", "X contacted", "X found that"):
   * a person doing it (a reporter interviewing, someone who found something) is no source the text relies on, so only
   * an outlet is taken from it.
   */
  newsWork?: boolean;
  /**
   * True when the frame's preposition also says what a publication is about ("a piece on X", "a video on X"): a person
   * there is whom the piece is about, no source the text relies on, so only an outlet is taken from it.
   */
  topical?: boolean;
  /** True when only a name the registry knows, written whole, may be taken ("die ZDF-Reportage": a compound's first part is as often a topic or a person). */
  registryOnly?: boolean;
  /**
   * True when the frame names who issued a document quoted or cited ("a press release from X", "die Pressemitteilung des
   * X"): the issuer published what is cited, so the name is read as its publisher whatever kind of body it is (an
   * institute, a company), never a person or a place.
   */
  issuer?: boolean;
  /**
   * True when the name stands in an oblique case (Russian, Ukrainian: the genitive after "журналист", "в сюжете", the
   * prepositional after "на"): an unknown name is taken only under a form the text writes — a nominative the article shows
   * as an outlet, or the written form where it holds an outlet word (cited.ts) — never a nominative guessed from its ending.
   */
  oblique?: boolean;
  /**
   * True when the frame names the outlet's report by a noun, as an object ("не подтвердил информацию X": did not confirm X's
   * report): a negation before it denies what the report says, never that the outlet made it.
   */
  reportNoun?: boolean;
  example: string;
  /** The cited name the example yields. */
  expect: string;
}

/** Everything the reading stage needs to know about one language. */
export interface LanguageFrames {
  language: string;
  /** Regex source for one capitalised name (or, in scripts without case, one name word). */
  name: string;
  /** Regex source for a date phrase as written after a frame ("on March 28", "in February"); must contain the group `date`. */
  date: string;
  /** Regex source for a descriptive reference to an outlet ("the Hong Kong-based outlet"); must be a non-capturing expression. */
  descriptor: string;
  /** Regex source that must follow a name which ends a frame: punctuation or a clause word, never a lower-case noun ("according to Iraqi officials" is not an outlet). */
  end: string;
  frames: FrameRule[];
  /** Verbs that report speech ("said", "told"): a speaker is their subject or, after a quotation, their inverted subject. */
  speechVerbs: string[];
  /**
   * The form of a finite verb of the language told by its ending (a regular-expression source; Hungarian's past third
   * person "-tt", "-lt", "-ta/-te"), for dash dialogue: in a line "– … – VERB Subject." the verb right after the dash that
   * closes the words, with only its subject after it to the line's end, is how the words were said, whatever the verb
   * ("– … – méltatlankodott X": X protested). Read as a speech verb there alone; its list (`speechVerbs`) cannot hold every
   * verb of manner a reporter writes.
   */
  dialogueVerbForm?: string;
  /**
   * Demonstratives that open a sentence saying only who said the words before it, followed by a speech verb ("Das
   * sagte X", "Dat zei X", "That is what X said"): such a sentence tells no claim of its own. As written at a sentence's start.
   */
  attributionOpeners?: string[];
  /**
   * Other whole forms of such a sentence, as regex sources matched at its start, `{SAY}` standing for the language's
   * speech verbs: a passive with its agent ("This was announced by X"), a cleft ("C'est ce qu'a annoncé X"), a verb
   * the speech verbs lack whose particle closes the sentence ("Das gab die Stadt am Montag bekannt"). Optional.
   */
  attributionOnlyForms?: string[];
  /**
   * Words that, right before a speech verb, make what follows the verb its object rather than an inverted speaker ("I must
   * say X", "he was declared X"). Lower case. Optional.
   */
  auxiliaries?: string[];
  /**
   * Forms of "to be" that make a speech verb right after them passive ("residents were told to leave", "he is said to
   * have resigned"): its subject is who was told or spoken of, never the speaker. Lower case. Optional.
   */
  passiveAuxiliaries?: string[];
  /**
   * Articles, lower case, that only ever open a noun phrase ("a", "an", "the"): a reporting verb's form right after one is an
   * adjective on the noun that follows ("an alleged ruling", "the reported closure"), never a verb with a speaker before
   * it. Only articles no pronoun is spelt like (French "le" is both). Optional.
   */
  nounArticles?: string[];
  /**
   * Relative pronouns, lower case, that stand for a thing and never for a person ("that" in "a ruling that declared …"):
   * the subject of a speech verb right after one is the noun before it, never the words of the clause before, so no
   * speaker is read there. Only pronouns spelt unlike a complementiser that opens a reported clause before an inverted
   * speaker (French "ce que dit le ministre"). Optional.
   */
  thingRelatives?: string[];
  /**
   * Particles of the language's name pattern that say where ("di", "w", "v"): after a person's name they tell where the
   * person was ("ujar Hendra di Surabaya", "powiedziała Ewa Lis w Gdańsku") and end the name; a body keeps them in its
   * name ("Sąd Rejonowy w Gdańsku"). Optional.
   */
  placeParticles?: string[];
  /**
   * Prepositions that tie a person to the body or place they are from, after their full name ("uvedl neurolog Tomáš Král
   * z fakultní nemocnice", "powiedziała dr Ewa Lis z Wydziału Nauk o Zdrowiu"): the speaker's name ends before one, and
   * what follows is where they work, no part of who speaks. Lower case. Optional.
   */
  fromParticles?: string[];
  /**
   * Endings a name takes in the language's grammatical cases ("Marii" for "Maria", "Kowalskiego" for "Kowalski"), lower
   * case: two full names that differ only in them are one person (names.ts `caseFormsOf`). Optional.
   */
  nameCaseEndings?: string[];
  /**
   * Case endings the language writes after a hyphen on a name it cannot inflect (an abbreviation, a web address, a name
   * ending in a digit or a foreign letter: Hungarian "MTI-nek", "Harbour.hu-ról", "Tavi TV-ben"), lower case: no part of
   * the name, taken off before the name is looked up (names.ts `cleanName`). Optional.
   */
  hyphenCaseEndings?: string[];
  /**
   * Endings of a grammatical case no speaker is named in, lower case (Finnish allative "-lle": "Pohjolan Sanomille",
   * to whom it was told): a word bearing one is no part of the speaker's name, nor is any word before it ("Pohjolan
   * Sanomille Virtanen kertoi" is Virtanen telling the paper); with no word after it, no one is named. Optional.
   */
  toldCaseEndings?: string[];
  /**
   * The ending of a transitive verb's subject where the language writes it straight onto the name's last word (Basque
   * ergative "-k"/"-ek": "Etxeberriak esan du", E. has said): a regular expression source matched at the word's end, no
   * part of the speaker's name (speakers/nameEntry.ts). Write only endings the word alone tells apart from a name's own
   * letters; a word matched is taken off only where it is written as a plain name (a capital, then small letters). Optional.
   */
  subjectCaseEnding?: string;
  /**
   * True where the language writes a body's noun in small letters right before the capitalised name of its place or
   * field ("công an Hà Tây", the Hà Tây police; "sở Y tế", the health department): a name right after one of the
   * `organisationCues` is that body's, never a person's. Optional.
   */
  bodyNounBeforeName?: true;
  /**
   * Nouns in small letters a head-first language writes right before the capitalised name of the place or thing they are
   * (Vietnamese "tỉnh Hà Giang", a province; "nhà máy thủy điện Sông Mây", a hydropower plant; "tài khoản Quillbook", an
   * account): a name after one, or listed after such a name ("huyện Sông Mây, Lũng Vân"), is that place's or thing's,
   * never a person's; after a body's noun (`bodyNounBeforeName`) it is the body's ("công an tỉnh Hà Giang"). Optional.
   */
  nounsBeforeNames?: string[];
  /**
   * Words that put a quotation in a person's mouth without a verb, before the name and a comma ("Pour Jean Morel, « … »",
   * "Según Ana Gil, «…»", "According to Mara Lind, \"…\""). Lower case; only a quotation right after the comma is theirs.
   * Optional.
   */
  opinionLeads?: string[];
  /**
   * The speech verb ends the sentence and its subject opens it, set off by a comma, with the quotation or the reported
   * words between ("Bakan Ayşe Demir, \"…\" dedi."): a verb with no subject right before it has the sentence's opening
   * name as its speaker. Only for languages written with capitals. Optional.
   */
  verbFinal?: true;
  /**
   * In a verb-final language, one word that may stand between the sentence's opening subject and its quotation where no
   * comma sets the subject off: where and how the words were given, or to what ("Bakan Ayşe Demir yaptığı açıklamada
   * \"…\" dedi", "Demir buna, \"…\" diye cevap verdi"). An expression source for the whole word, matched in small
   * letters; a word it does not match (a case ending of its own, "öldükten sonra") leaves the opener unread. Optional.
   */
  subjectAdverbial?: string;
  /**
   * The finite verb of a main clause stands second: a phrase put first ("Till Radio Norrvik säger Karin Lund, att …",
   * "Gegenüber dem Sender sagte Anna Lang") leaves the subject after the verb. A name run opening on a preposition before a
   * speech verb is then the preposition's object, never the speaker, who follows the verb. Optional.
   */
  verbSecond?: true;
  /**
   * A subject follows its speech verb only where the verb opens the sentence or follows the reported words ("“…,” said
   * the curator", "The port will close, said the harbour master"): after words of the sentence's own ("A spokesperson
   * … denied the reports, telling …"), what follows the verb is its object, never an inverted speaker. Optional.
   */
  invertsOnlyAfterReport?: true;
  /**
   * Speech verbs that also take a thing as their object ("a lancé une enquête", launched an inquiry; "avait confié une
   * mission à", entrusted a task to): `verbs` (forms as in `speechVerbs`, lower case) followed by one of `articles`
   * (indefinite, lower case) report no speech where their subject stands before them. After reported words the same
   * article opens an inverted subject ("…, a confié un proche"), which is read as ever. Optional.
   */
  thingObjects?: { verbs: string[]; articles: string[] };
  /**
   * Adjectives that follow an outlet noun and describe the outlet without naming it ("صحيفة صينية", a Chinese newspaper;
   * "روزنامه محلی", a local paper): a name a frame bounds that is one of them leaves the outlet unnamed. `pattern`: an
   * expression source for the whole word; `placeSuffixes`: endings that make an adjective of a place's name, and
   * `placeStems`: how the place's name is written from what is left ("{}" is it; "{}ه" adds ه), looked up in the
   * gazetteer ("چینی" from "چین", "روسی" from "روسیه"). Optional.
   */
  describingAdjectives?: { pattern?: string; placeSuffixes?: string[]; placeStems?: string[] };
  /**
   * Nouns for a public body that the language uses without an article ("police said", "according to Jakarta police",
   * "federal prosecutors said"): the body speaks, named as written, like "the police". Lower case. Optional.
   */
  bareBodies?: string[];
  /**
   * Organisation words that stand for a body of any kind ("the agency", "the organisation"): where the article named no
   * body with the word itself, "the agency said" refers back to the one body it named before (a name holding one of its
   * organisation words, "the Velmar Ministry of Transport"), and to none where it named two. Lower case. Optional.
   */
  anyBodyNouns?: string[];
  /**
   * Adjectives or participles with the prepositions that join them to a name, describing the noun before them ("aligned
   * with", "close to", "owned by"; "proche du", "cercano al"): in "a newspaper aligned with the X Party is reporting" the
   * name after it is inside the description, and the noun, not the name, is the verb's subject. Optional.
   */
  nounDescriptions?: readonly NounDescription[];
  /**
   * Forms a bare body's noun takes after the language's "according to" (genitive, dative), each with the form it has as a
   * subject: "lögreglunnar" (of the police) → "lögreglan". Lower case. Optional.
   */
  bareBodyCases?: Record<string, string>;
  /**
   * Particles that close a quotation and make it the object of a speech verb later in the sentence, with other words
   * between ("…"이라며 … 댓글을 달았다", "…"는 반응을 보였다): the quotation is the words of that verb's speaker, named
   * before it. Without one, only a verb right after the quotation takes it. Expression sources. Optional.
   */
  quotativeMarkers?: string[];
  /**
   * The verb carries its subject, which is left out once known (Turkish "\"…\" dedi.", Spanish "Explicó que …" after a
   * sentence naming the speaker): a sentence of only a quotation and its verb, or a verb opening its sentence followed at
   * once by its reported clause (`complementisers`) or quotation, has the source most recently speaking as its speaker.
   * Optional.
   */
  dropsSubject?: true;
  /**
   * A person's name takes the definite article as any noun does ("Ο Πέτρος Λάμπρου μίλησε …", Peter Lambrou spoke): an
   * article opening a sentence before a given name and a surname is the name's, and the person is the sentence's
   * subject. Optional.
   */
  articleBeforeNames?: true;
  /**
   * The role follows the name, in small letters and without a comma, and the verb follows the role ("Kovács Anna
   * gyermekorvos azt mondta"): a subject ending in a role noun after a name is that named person, with the role. Optional.
   */
  roleAfterName?: true;
  /**
   * Asides that may stand between a subject and its speech verb and say nothing of who speaks (Hungarian "az MTI szerint"
   * in "X szóvivő az MTI szerint azt mondta"): regular expression sources, stepped over before the subject is read. Optional.
   */
  verbAsides?: string[];
  /**
   * A role may name its organisation or portfolio before the person, in capitals and without a comma ("trenér Slavoje
   * Bránice Jan Novotný" in the genitive, "Menteri Lingkungan Hidup Andi Bunga"): after a role, a run of three to five
   * capitalised words is that body and a given name and surname, the last two. Optional.
   */
  bodyAfterRole?: true;
  /**
   * The language writes no article before a role it refers back with ("— заявил губернатор."): a role noun alone after an
   * inverted verb, with at most the body it heads in small letters, ending the clause, is the person the article
   * introduced with that role, as "the governor said" is. Optional.
   */
  bareRoleRefers?: true;
  /**
   * Endings of a middle name written between a given name and a surname (the Russian and Ukrainian patronymic "Ильич",
   * "Петровна"), lower case: a name of three words whose middle one ends so is one person's, never a body and a name of
   * two (`bodyAfterRole`). Optional.
   */
  middleNameEndings?: string[];
  /**
   * A particle that marks the agent of a past verb, after it ("मंत्री राजेश वर्मा ने कहा"): the words between a role noun
   * and it, before a speech verb, are a named speaker. Only after a role: in a script without capitals nothing else tells a
   * person's name from an organisation's ("स्वास्थ्य मंत्रालय ने कहा"). Optional.
   */
  agentParticle?: string;
  /**
   * Words after an outlet's credit that say whom the outlet relied on ("…, rapporte X, citant une source anonyme"), lower
   * case: what follows them is read as the source the outlet relayed, as a frame's own `citing` group is. Optional.
   */
  citingCues?: string[];
  /**
   * Verbs of reporting whose unnamed subject is a source ("local media reported", "officials have claimed"), lower case.
   * Only an anonymous subject is read through them: a named one is an outlet's or a person's, for the frames. Optional.
   */
  reportVerbs?: string[];
  /**
   * Words that open a sentence about the article itself ("This article first appeared in X", "Cet article a d'abord paru
   * dans X"), lower case: a syndication frame under any other subject ("The story first appeared on X" in a fact-check) says
   * where the story started, a citation. A frame with no subject before it ("Originally published in X") is the article's
   * own credit. Optional: absent, every syndication frame is a credit.
   */
  articleSelf?: string[];
  /**
   * For a language whose verb carries its subject (Arabic "وأضاف أن …", "and he added that …"): the words that open a
   * speech verb's clause. A speech verb followed by a quotation mark, straight or after one of them, has the source most
   * recently speaking as its speaker. Optional.
   */
  subjectInVerb?: string[];
  /**
   * For a script without capitals or spaces between a noun and its particle (Korean, Japanese): a regular-expression
   * source for the words after a source noun that make it the source of the sentence ("소식통에 따르면", "関係者によると",
   * "according to sources"). The noun is one of `anonymousHeads`, with what is written onto it ("업계소식통", "政府関係者").
   * Optional.
   */
  anonymousAccording?: string;
  /**
   * True where the language's `anonymousAccording` follows a body's noun as well, in the case it governs ("Ministeriön
   * mukaan", by the ministry's account; "Yhtiön mukaan", by the company's): one of the `organisationCues`, with its
   * ending or at the end of a compound, is that body; the article's organisation whose name ends in the noun where it
   * named one. In a script without spaces (Japanese "県警によると", by the prefectural police's account) the noun is a run
   * of name characters ending in one of the `organisationCues` (or `placeBodies`) before the "according to". Optional.
   */
  bodyAccording?: true;
  /**
   * For a script without spaces: one-character nouns for a place's public body ("県", prefecture; "市", city) that also
   * end family names ("中村", "高市"), so no organisation cue: read as a body only before the language's "according to"
   * (`bodyAccording`), alone ("市によると", the city's) or ending a name of three characters at least ("北浜市"). Optional.
   */
  placeBodies?: string[];
  /**
   * Sentence endings that mark what is told as hearsay without naming the teller (Japanese "という。", so it is said): such
   * a sentence with no topic of its own, right after one opening on a body ("北浜県警は…逮捕した。"), is that body's
   * account (speakers/hearsay.ts). Optional.
   */
  hearsayEndings?: string[];
  /**
   * Clauses that say a source is not to be named ("who asked not to be named", "qui a requis l'anonymat", "sous couvert
   * d'anonymat"), as regular-expression sources, a space standing for any run of spaces: the noun phrase such a clause
   * describes, or that the verb's inverted subject is after it, is an anonymous source whatever its noun ("a port clerk",
   * "un cadre de la direction"), and the clause is no part of its name. Optional.
   */
  anonymityClauses?: string[];
  /**
   * Pronouns, or words in the dative, of whom a source told, which stand between a speech verb and its inverted subject
   * ("powiedział nam urzędnik", "заявил нашему изданию губернатор"): lower case, stepped over, never part of the speaker.
   * Optional.
   */
  toldPronouns?: string[];
  /**
   * Where the words were posted, written between a speech verb and its inverted subject ("ha scritto su X il consigliere
   * …", "a écrit sur le réseau social X le maire …", "escribió en Facebook el alcalde …"): regular-expression sources of
   * the phrase (a preposition and the platform's name, maybe after a noun for an account or a network), stepped over,
   * never part of the speaker. Optional.
   */
  mediumPhrases?: string[];
  /**
   * Prepositions, with an article written with them, that put whom a source told between a speech verb and its inverted
   * subject ("a déclaré à l'AFP un responsable", "dijo a EFE el portavoz", "δήλωσε στο ΑΠΕ-ΜΠΕ ο εκπρόσωπος"): one
   * capitalised word or an outlet noun after them is whom, stepped over, never part of the speaker. Lower case. Optional.
   */
  toldPrepositions?: string[];
  /**
   * Articles in the case of whom a source told, where the language marks it by case alone ("sagte ein Sprecher des
   * Ministeriums der Zeitung X", "… dem Sender Y"): after an inverted subject, one of them before an outlet noun or a
   * known outlet's name starts whom was told, never part of the speaker; right after a role or source noun it is read as
   * that noun's genitive ("ein Sprecher der Zeitung" is the paper's own). Lower case. Optional.
   */
  toldArticles?: string[];
  /**
   * Words that open whom a speaker addressed ("خطاب به X گفت", "قال مخاطبا X", "s'adressant à X", "addressing X"): the
   * words after them up to the speech verb, or after the verb, are whom the speaker spoke to, never the speaker, who stands
   * before them. Lower case, a space standing for any run of spaces. Optional.
   */
  addresseeMarkers?: string[];
  /**
   * Speech participles that follow a comma and carry on the sentence's main clause ("X has urged …, saying it …"): their
   * speaker is the person who opens the sentence and does what the main clause says. Lower case. Optional.
   */
  speechParticiples?: string[];
  /**
   * Words that open a sentence giving a statement's text after the sentence that says who issued it ("It reads:", "The
   * statement said:"): lower case, up to the colon. The quotation is the issuer's. Optional.
   */
  statementLeads?: string[];
  /**
   * Speech phrases (among `speechVerbs`) saying that someone issued a statement ("released a media statement"): a
   * quotation tagged later with a statement lead ('"…," the statement says.', `statementLeads`) is that issuer's. Lower case.
   * Optional.
   */
  statementIssuedVerbs?: string[];
  /**
   * Words that open a reported clause right after a speech verb ("said that …", "a dit que …"), lower case: a subject
   * after one, or straight after the verb, is the reported clause's, and its speech is reported by the verb's speaker,
   * never a source of the article's own ("Jan Ek said the workers had warned …"). Optional.
   */
  complementisers?: string[];
  /**
   * Nouns for someone's words written right after a quotation, whose owner stands before it with `genitiveEnding`
   * (Turkish `Bakan Yılmaz'ın "…" sözleri tepki çekti`): the quotation is the owner's. Lower case. Optional.
   */
  quotedWordsNouns?: string[];
  /**
   * The genitive case ending a language writes onto a name, as a regular-expression source ("'ın", "'nin"; Finnish "n"):
   * before `quotedWordsNouns` it gives the words' owner; before a name in a `toldCaseEndings` case it is part of that name
   * ("Pohjan Sanomille"). Optional.
   */
  genitiveEnding?: string;
  /**
   * What stands after a name in `genitiveEnding` and before a colon that opens its quotation: the owner's statement noun
   * and "as follows" (Turkish `Demir'in açıklaması şöyle: "…"`). The owner speaks the quotation. A regular-expression
   * source, in small letters. Optional.
   */
  genitiveStatementLead?: string;
  /**
   * A possessive and a statement's noun opening a lead-in that ends in a colon ("His statement was released this
   * evening:", "Sa déclaration :"): the quotation after it is the words of the person the article named last before the
   * lead-in. Lower case. Optional.
   */
  possessiveStatementLeads?: string[];
  /**
   * A statement's noun and the word that gives its owner, opening the sentence right after a quotation that ends its own
   * ("… .” The full statement by Senator X can be read here."): the owner named after it speaks the quotation. Lower case,
   * ending on the word before the owner ("the full statement by"). Optional.
   */
  statementOwnerLeads?: string[];
  /**
   * The language's "according to" opening a lead-in that ends in a colon ("According to the original claim, …:",
   * "Laut dem Beitrag:"): the paragraph after it, printed without marks, is the words of what the lead-in names, a
   * block quotation, so a citation inside it ("…, reports the X Herald") is that text's, not the article's. Lower case. Optional.
   */
  accordingLeads?: string[];
  /**
   * A definite noun phrase opening a sentence that points back to what the sentence before stated as a thing someone
   * put out ("the figure", "il dato", "the photo", "la foto"): where that sentence names who put it out or who reported
   * it ("The figure, put out last week by councillor X, …", "The photo was taken …, local media reported."), the
   * statement before rests on them (analyse/support.ts). Lower case. Optional.
   */
  restatementLeads?: string[];
  /**
   * Nouns for content the writer holds false or unfounded ("fake news", "hoax", "rumour"): a speech verb in the clause
   * such a noun opens with a complementiser ("a fake news that the Council had announced …") is the rumour's content, and
   * its subject said nothing to anyone (speakers/verbSubject.ts). Lower case, each as written before the complementiser.
   * Optional.
   */
  rumourNouns?: string[];
  /**
   * Patterns for a document called forged or fake up to the word that names its issuer ("fake statement from", "forged
   * letter signed by"): the name after one was impersonated and said nothing, so it never speaks the document's words
   * (extract/forgedIssuer.ts). Regular-expression sources, matched without regard to case. Optional.
   */
  forgedIssuerLeads?: string[];
  /**
   * Verbs with which a broadcast hands over to its own reporter or a byline sentence signs off ("Tavia Orrin reports."):
   * a person's name before one, ending a sentence at a paragraph's edge, is the article's reporter, no cited outlet
   * (extract/reporterSignOff.ts). Lower case. Optional.
   */
  signOffVerbs?: string[];
  /**
   * True where the language writes a proper name's case ending after an apostrophe ("Cumhuriyet’in haberinde", "Reuters'ın"):
   * a common word so written is a name even where it opens a sentence, as an outlet whose masthead is a common word
   * (cited.ts mastheadCited). Optional.
   */
  nameSuffixApostrophe?: boolean;
  /**
   * Relative pronouns that can be a clause's subject ("who", "que", "qui", "che", "der", "som"): lower case. "X, who said:"
   * has X speak. Optional: without them a relative clause names no speaker.
   */
  subjectRelatives?: string[];
  /**
   * Relative pronouns that open a clause written with no comma between a subject and its verb ("A friend who works at
   * the agency told me"): the subject is the noun phrase before the pronoun, and what the clause names (the agency) is
   * none. Only pronouns that are no article or conjunction too (en "who"); lower case. Optional.
   */
  restrictiveRelatives?: string[];
  /**
   * Words that may stand between a subject and its speech verb and are stepped over to find the subject: adverbs,
   * auxiliaries and object pronouns ("A source also said", "Une source nous confie", "una fonte ci ha detto"). Lower case.
   */
  beforeVerbWords?: string[];
  /**
   * Verbs with which a written text gives its own words ("the message reads", "recita il testo", "reza el texto"): no
   * speech verb of a person, but, in a short dash-set tag inside quotation marks ("«… – recita il testo – …»"), a tag the
   * article put there, as a speech verb's would be. Lower case. Optional.
   */
  textVerbs?: string[];
  /**
   * Adverbs that may stand inside a compound speech verb, between its auxiliary and its participle ("Des sources au
   * ministère ont déjà indiqué", "Fonti del ministero hanno già detto"). Lower case. Optional.
   */
  verbAdverbs?: string[];
  /**
   * Words that report someone's speech at one remove between the subject and its verb ("Anna Lind is reported to have
   * said", "was claimed to have told"): stepped over, the subject is still the one who spoke. Lower case. Optional.
   */
  hedgedSpeechLinks?: string[];
  /**
   * A study's or its researchers' noun with the word that ties it to who made it ("study by", "researchers at", "Studie
   * des"), lower case: a body named after it (one whose name holds an organisation word) is a source of what the study
   * found ("A study by the Institute of Soil and Water shows …"). Optional.
   */
  studyAuthorLeads?: string[];
  /**
   * A relative clause that may stand between a subject and its verb in a verb-final language, as a pattern ending the
   * text ("یک مقام … که نخواست نامش فاش شود گفت": an official who did not want to be named said): the subject is what it describes.
   */
  relativeClauseBeforeVerb?: string;
  /**
   * The preposition "without" ("sans", "ohne"), lower case: opening what follows a credit ("reproduced by X without the
   * caveat that …"), it says what the source left out, not what it printed. Optional.
   */
  without?: string[];
  /**
   * A sentence's opening that only says whose account follows, up to its comma ("Sahil Güvenlik'ten yapılan açıklamaya
   * göre,", "Όπως δήλωσε ο εκπρόσωπος,", "По словам губернатора,"), as regular-expression sources without the comma, read
   * case-insensitively from the sentence's start: a claim's label starts after it. Only where the language's grammar
   * closes such an opening with a comma or a word of its own ("göre"): "Laut Polizei wurden drei …" has none, and a
   * comma further on would end the claim instead. Optional.
   */
  attributionOpenings?: string[];
  /**
   * How an outlet tells its own reporting steps: `contact`, having contacted someone ("has contacted", "ha contactado
   * con"), and `noAnswer`, getting no answer ("has not responded", "no ha respondido", "declined to comment"), as
   * regular-expression sources read case-insensitively anywhere in a sentence. A sentence with both ("X has contacted the
   * ministry, which has not responded") says how the article was made, never a claim of the story. So does a contact
   * with `purpose`, what the outlet asked for ("reached out to a ministry for comment", "sought comment"):
   * reprints copy such a line with the story, so it was grouped and drawn as a claim. Optional.
   */
  newsroomSteps?: { contact: string[]; noAnswer: string[]; purpose?: string[] };
  /**
   * Words by which a text turns to its reader or listener instead of telling anything: a call to pass it on ("share
   * this", "fai girare", "sebarkan"), a greeting or a closing wish ("Have a lovely weekend", "buona giornata", "merci"),
   * as regular-expression sources read case-insensitively. A sentence made of one with hardly a word besides states no
   * claim (analyse/claims/noProposition.ts), however many chain messages or quotations print it. Optional.
   */
  readerAddress?: string[];
  /**
   * A speech verb's form that opens a clause of wish or condition instead of a report ("so Gott will": God willing, "so
   * es die Zeit erlaubt": time permitting), as regular-expression sources matched from the verb on, case-insensitively:
   * the words there name no speaker. Optional.
   */
  wishClauses?: string[];
  /**
   * Words that open a clause of condition or a question put indirectly ("if", "unless", "whether"), lower case: a speech
   * verb a few words after one ("Would you believe it if Freedonia stated that …") says what someone would have said,
   * not what anyone did, and names no speaker and cites no outlet. Optional.
   */
  conditionals?: string[];
  /** Pronouns that can stand for a speaker, by number. */
  pronouns: { singular: string[]; plural: string[] };
  /**
   * Words that end an anonymous source's prepositional tail, lower case: a day or the preposition of the one told, which
   * belong to the clause ("bronnen rond het kabinet | dinsdag aan het ANP"). Optional.
   */
  tailBreaks?: string[];
  /**
   * The statement or occasion through which a source spoke, as a prepositional phrase ("in a statement", "dans un
   * communiqué", "lors d'une conférence de presse", "en declaraciones a", "auf Anfrage"): regular-expression sources,
   * preposition first. Such a phrase ends an anonymous source's prepositional tail ("une porte-parole de la police |
   * dans un communiqué"): how the words were given is no part of who gave them. Optional.
   */
  channelPhrases?: string[];
  /**
   * The language's generic words for the medium a quotation was given in (align/quoteOccasion.ts): `post`, a post on a
   * network ("in a post", "opslag", "inlägg"), and `spoken`, words said aloud ("told reporters", "in an interview", "at a
   * press conference", "a speech"). Regular-expression sources matched whole at a word's start, case-folded (a stem ends
   * in \p{L}*); the two lists never share a word. The networks' own names and the verbs made from "tweet" are no
   * language's and stand beside them in quoteOccasion.ts. Optional: a language without them says no medium in words.
   */
  occasionMedia?: { post?: string[]; spoken?: string[] };
  /**
   * How the language writes a person's place or portfolio after their name ("Hendrika Valkhof van Infrastructuur"): the
   * particle, and the portfolio words (lower case) that make what follows it an affiliation rather than a surname
   * (affiliation.ts). Optional.
   */
  affiliation?: { particle: string; portfolios: string[] };
  /**
   * A ministry's or department's field, as a role names it before the person with the particle of "of" and a capital
   * ("la ministre du Travail Katrin Vollmer", "la ministra del Lavoro Katrin Vollmer"), lower case: evidence, as a place
   * the gazetteer knows is, that the capitalised word after the role is its portfolio and the name follows it. Optional.
   */
  portfolios?: string[];
  /** Nouns that head an anonymous source ("source", "official"). */
  anonymousHeads: string[];
  /** Words that start a noun phrase (articles, quantifiers). */
  determiners: string[];
  /**
   * Possessive determiners, lower case, with their article where the language writes one ("his", "su", "il suo"): they
   * open a description of someone ("His agent, Tessa Quaid, said"; speakers/subjectBefore.ts describedLead). Optional.
   */
  possessives?: string[];
  /**
   * Titles written straight before a person's name, ranks and honorifics ("العقيد", "الدكتورة"): in a script without
   * capitals, where a role noun is as often followed by an adjective ("الخبير الاقتصادي"), only these introduce a name
   * (speakers/caseless.ts `titledName`). Optional.
   */
  titles?: string[];
  /**
   * Words that open an appositive saying who the person just named is, after a comma ("سمير الحداد، وهو مسؤول في …": X,
   * and he is an official at …): in a script without capitals the words before are a person's name where a role or
   * source noun follows them, and the appositive up to the next punctuation is the role. Optional.
   */
  appositionOpeners?: string[];
  /**
   * The language's own titles before a person's name, written as abbreviations with a full stop ("Bi.", "Bw.", "Mhe."),
   * without it: read as the English honorifics are (HONORIFIC), never part of the name, and a sentence cut at their full
   * stop runs on to the name. Optional.
   */
  abbreviatedTitles?: string[];
  /**
   * For a script without capitals: words that join the parts of a person's name ("كريم بن سليمان", son of), lower case.
   * Words on either side of one are a person's name. Optional.
   */
  nameJoiners?: string[];
  /**
   * For a script without capitals: words after a role noun that name whom the role speaks for ("المتحدث باسم الشركة", the
   * spokesman on behalf of the company); the body after one ends on its first word with the definite article
   * (`definitePrefix`), as a construct chain does. Optional.
   */
  roleLinks?: string[];
  /** The definite article written onto a word ("ال"): a person's given name never carries it. Optional. */
  definitePrefix?: string;
  /**
   * The conjunction "and" written onto the next word (Hebrew "ו": "ואמר", and he said): a word with it after a speaker's
   * name opens the next clause, no part of the name. Optional.
   */
  conjunctionPrefix?: string;
  /** Nouns that make an appositive a role ("a Baghdad-based terrorism expert"). */
  roleNouns: string[];
  /**
   * Role nouns a later reference uses for a title the article gave in other words ("the pontiff" for "Pope …", "the
   * monarch" for "King …"), each with the titles it stands for, lower case. "The pontiff said" names the one person the
   * article gave such a title, never one of two nor anyone named near the noun. Optional.
   */
  roleVariants?: Readonly<Record<string, readonly string[]>>;
  /**
   * Endings of role nouns no list can hold ("nutritionist", "epidemiologist", "statistician"): a capitalised word with
   * one, before a full name, is a role (speakers/lexicon.ts `leadingRole`). Optional.
   */
  roleSuffixes?: string[];
  /**
   * The language writes the head of a noun compound with the third person's possessive, by vowel harmony ("deprem
   * uzmanı", earthquake expert; "tarih araştırmacısı", history researcher): each role noun is a role in that form too.
   * Turkish only. Optional.
   */
  compoundHeadPossessive?: boolean;
  /** Words that mark a name as an organisation rather than a person or outlet. */
  organisationCues: string[];
  /**
   * Words that name a public institution an unnamed source speaks from, by what it is (`government`, `ministry`,
   * `police`, `military`, `intelligence`), lower case: the noun and its adjectives ("gobierno", "gubernamentales").
   * A word with a capital matches only a capitalised word ("Ejecutivo": the government, not a company's executive);
   * "*" stands for the rest of a compound ("regierungs*", "*ministerium"). Anonymous sources of several articles
   * speaking from one institution may be one person (analyse/anonymousAlike.ts). Optional: elsewhere the
   * organisation cues tell the institution, within one language.
   */
  institutions?: Readonly<Partial<Record<Institution, readonly string[]>>>;
  /**
   * Nouns for a kind of body that the language writes before the body's own name, capitalised where they open the
   * sentence ("Agensi Bluewave Entertainment membantah", the agency Bluewave Entertainment denied), and that may end what
   * a comma sets the name off from ("Pihak agensi, Bluewave Entertainment, membantah"): the noun is no part of the name,
   * and the name is a body's. Only nouns that never open a body's own name ("Kementerian Kesehatan" keeps its noun).
   * Lower case. Optional.
   */
  bodyKinds?: string[];
  /** Words that mark an unknown name as an outlet ("News", "Times", "صحيفة"). */
  outletCues: string[];
  /**
   * Outlet nouns a person may own as well (Polish "dziennik" is a daily and a diary): read before a name that reads as a
   * person's and stands in no quotation marks ("w dzienniku Anny Lis", in Anna Lis's diary), such a noun is no evidence
   * that the name is an outlet's. Lower case, in every case form the frames read. Optional.
   */
  personalNouns?: string[];
  /**
   * Letters the language writes joined to the word after them (Arabic و، ف، ل، ب، ك and the article ال): an outlet cue
   * may carry them ("وفقًا لجريدة «X»" = according to + the newspaper «X»). Optional.
   */
  attachedPrefixes?: string[];
  /**
   * Words of citing after which a script without capitals sets a cited title in quotation marks ("بحسب «X»", according to
   * «X»), or a language writing titles in sentence case does («…», пишет «Горная весна»): a short quoted stretch right after
   * one is a name for the frames to read, not words quoted. Expression sources. Optional.
   */
  quotedTitleLeads?: string[];
  /**
   * Nouns that end the title of a body's publication ("Report", "Index", "Survey"), lower case: a name with an organisation
   * word before one ("the Quillon Institute Digital News Report") is a document the body published, whatever outlet word
   * the title holds. Optional.
   */
  documentTitles?: string[];
  /**
   * Nouns that end the name of a law, treaty or statute ("Act", "Constitution", "Treaty"), lower case: "according to the
   * Inland Waterways and Harbour Safety Act" cites a document, never an outlet, whatever capitals the name has. Optional.
   */
  lawTitles?: string[];
  /**
   * Endings that make a word an outlet's name in languages that write compounds without spaces ("人民日报" ends in 日报,
   * "한빛일보" in 일보, "خبرگزاری" is a word of its own but "…نیوز" an ending): a span ending so carries its own outlet cue.
   * Optional: languages whose names are space-separated words leave it out and use `outletCues`.
   */
  outletSuffixes?: string[];
  /**
   * Outlet nouns written right after an outlet's name given by its sound or in Latin letters, and no part of it
   * ("ル・モンド紙", "Le Monde紙": Le Monde, the paper), with `stem`, an expression source for such a name: the noun is
   * evidence that the name is an outlet's. After any other name the same nouns end a description ("全国紙", a national
   * paper; "週刊誌", a weekly): no name. Optional.
   */
  outletNounsAfterName?: { nouns: string[]; stem: string };
  /**
   * Nouns and noun phrases that a frame can cite but that name nobody ("local media", "외신", "外媒", "رسانه‌ها", "Angaben"):
   * the reader types such a span as a generic (an anonymous source at most), never an outlet or a person. Lower case. Optional.
   */
  genericSources?: string[];
  /**
   * True for scripts written without spaces between words (Chinese): a speech verb, pronoun or source noun is glued to its
   * neighbours ("他说", "消息人士称"), so the reader must not ask for a non-letter before or after it. Optional; absent = spaced.
   */
  unspaced?: boolean;
  /**
   * A fold the language's texts are read through, one character for one so every offset stays (Chinese `simplifiedHan`:
   * a text written in Traditional characters, "據聯合報報導", meets the frames written in Simplified, "据…报导"). Only
   * matching sees the fold: the reading's spans and names are the text's own words (read.ts `readArticle`). Optional.
   */
  matchingFold?: (text: string) => string;
  /**
   * True where compound nouns are one word (German, Dutch): a capitalised word that ends in a source noun or a role noun
   * is one ("Aufsichtsratskreisen", "Vorstandschef"). Optional; absent = only the nouns themselves.
   */
  compoundNouns?: boolean;
  /**
   * True where every noun is written with a capital (German): two capitalised words opening a sentence are as often an
   * adjective and a noun ("Neue Studien zeigen") as a person's name. Optional; absent = capitals mark names.
   */
  capitalisedNouns?: true;
  /**
   * Where every noun is capitalised (`capitalisedNouns`), what marks capitalised words as a common noun and never a
   * person's name (speakers/nameEntry.ts): `suffixes`, endings only common nouns take ("Begründung", "Mehrheit"), lower
   * case, with their inflected forms; `adjectiveBefore`, an expression source for an attributive adjective in small letters
   * (an adjective-forming suffix and an inflection ending, "aussehender", "damaligen"), which stands before a noun and never
   * before a name. Optional.
   */
  commonNounMarks?: { suffixes: string[]; adjectiveBefore: string };
  /**
   * Particles glued to the end of a noun (Korean 은/는/이/가/에/의 …): "관계자는" is the source noun 관계자, "그는" the pronoun 그.
   * The reader strips one of these from a word before looking it up in the lists above. Longest first. Optional.
   */
  particles?: string[];
  /**
   * For scripts without capitals (Chinese, Korean), where nothing in the letters tells a name from a verb phrase: what a
   * speaker before a speech verb must show to be one (see `caselessSpeakers.ts`). Absent: capitals mark names.
   */
  speakerEvidence?: SpeakerEvidence;
  /** Capitalised words that open sentences but are never part of a name ("However", "Yesterday"). */
  nameStopwords: string[];
  /**
   * Prepositions (lower case; none that is also an article): a name right after one is the preposition's object, never
   * the subject of the verb that follows ("Tourism operators on Mirror Lake say", "wie … am Wochenende berichtet").
   * Optional: a language without them reads every name before a verb as its subject.
   */
  prepositions?: string[];
  /**
   * Prepositions that make the name after them the owner or author of the noun before ("une analyse de X", "a report
   * of X", "ein Bericht von X", "an investigation by X"), lower case: a name after one may be the subject's owner or
   * agent, still cited. Optional.
   */
  ownerPrepositions?: string[];
  /**
   * Articles only a genitive takes (lower case: German "des", "eines"): a name right after one is whose or what's the
   * noun before it ("Mitte des Monats", "Ende des Jahres"), never the verb's subject. Optional.
   */
  genitiveArticles?: string[];
  /**
   * True where the language capitalises every noun (German): a word in small letters between a preposition and a name is
   * a determiner or an adjective, never a noun that closes the preposition's phrase ("in mehreren Ländern", "durch
   * betrunkene Urlauber"), so the name is still that preposition's object. Optional.
   */
  nounsCapitalised?: boolean;
  /** Photo and picture credits: a match here is never a citation. */
  photoCredits: string[];
  /**
   * Nouns written before a number that the number then names rather than counts (lower case, an abbreviation without
   * its dot): a part of a text ("article 5", "section 230", "Pasal 14 ayat (1)", "Art. 3 Abs. 2", "статьи 110"), a
   * numbered act ("Law 19", "UU No 19", "resolution 2334"). Such a number is an identifier, never a figure that can drift
   * between printings. Read beside REFERENCE_MARKS ("No.", "§", "n°"), which every language writes. Optional.
   */
  referenceNouns?: string[];
  /** Words for "year" written before the year they name ("the year 800", "Tahun 1946", "im Jahr 1850"), lower case: the number is a date. Optional. */
  yearNouns?: string[];
  /**
   * Words that tell a figure as a count of the text's own time, changed since ("so far", "rose to", "has risen to"),
   * lower case: a count a follow-up gives so is a new count, not an earlier report's figure changed on the way. Optional.
   */
  newCountWords?: string[];
  /** Words before a quoted stretch that make it a title ("book", "titled"). */
  titleCues: string[];
  /**
   * What joins a quoted clause to a noun of hearsay it gives the content of, and those nouns (Japanese 「…」という +
   * デマ, 噂, 情報: "the rumour that …"): a quotation no one is named as saying, so joined, is the rumour's gist in the
   * writer's words, no one's quotation (read.ts `givesRumourGist`). Optional.
   */
  rumourGist?: { joiners: string[]; nouns: string[] };
  /**
   * Verbs of making a work, lower case ("wrote", "composed", "escribió"): a short capitalised stretch in quotation marks
   * as their object, with the sentence going on after it ("wrote “The Swallows” for his puppet show"), is the work's
   * title, no quotation and no outlet (read.ts `namesAWork`). Optional.
   */
  compositionVerbs?: string[];
  /**
   * Credit lines that name the outlet of record ("— Reuters", "This article first appeared in …"); group `name`. A
   * group `contributed` marks a credit by which the outlet contributed reporting ("Additional reporting by X").
   */
  creditLines: string[];
  /**
   * The head of a line that credits the whole text to the one who made it: a noun of such a text, a participle of
   * making and "by" ("Verificação de factos feita pelo", "Reportaje realizado por", "Fact check by"); the name fills the
   * rest of the line. Read as a source line (lineCitations.ts): the text is that outlet's, and a person's name there is
   * a byline, no outlet. Optional.
   */
  madeByLines?: string[];
  /**
   * Short names that stand for a registered outlet only in this language's texts ("AA" is Anadolu Agency in Turkish
   * news, Alcoholics Anonymous or an airline in English): each alias read as the outlet the registry lists by `outlet`.
   * Optional.
   */
  localAliases?: { alias: string; outlet: string }[];
  /**
   * The language's nouns for a news agency written before its name, lower case ("nyhetsbyrået", "nyhetsbyrån"): after one,
   * initials the registry keeps only as an agency's credit signature ("TT") are that agency ("till nyhetsbyrån TT").
   * Optional.
   */
  agencyNouns?: string[];
}

/** The lexical evidence a speaker needs in a script without capitals. */
export interface SpeakerEvidence {
  /** Common family names: with `givenSyllables` more syllables they make a person-name shape ("王明", "김민수"). */
  surnames: string[];
  /** How many syllables a given name has after the family name, fewest and most. */
  givenSyllables: [number, number];
  /** Words between a subject and its verb that are stepped over ("也", "则", "随后"). Unspaced scripts only. */
  adverbs?: string[];
  /** Particles that mark the topic, which is the speaker of a verb that ends the sentence ("은", "는", "께서"). */
  topicParticles?: string[];
  /** Particles that mark a subject, as often an embedded clause's as the speaker's ("이", "가"): trusted only on a source noun or pronoun. */
  nominativeParticles?: string[];
  /**
   * Nouns with their particle that close a complement clause ("점을" in "…해온 점을 언급하며", the fact that …; "것을"): a
   * nominative subject before one is that clause's subject, not the speech verb's. Spaced scripts only.
   */
  complementClosers?: string[];
  /**
   * Syllables written onto a role noun that make it the role's office, a body ("실": "대통령실" the presidential office,
   * "총리실", "대변인실"): as the topic it speaks as that body, never as an unnamed holder of the role. Spaced scripts only.
   */
  officeSuffixes?: string[];
  /**
   * Syllables that end a body's short name in a role's phrase ("대" for a university: "서울대", "한빛대"): a word so ended
   * before a role noun is the body the role belongs to ("김민수 서울대 교수"), never the person. Spaced scripts only.
   */
  bodyAbbreviations?: string[];
  /**
   * Honorifics written after a person's name ("氏", "さん"): a script without spaces that has them reads its speaker as
   * the topic before the quotation (caselessSpeakers.ts, Japanese), and a name so marked is a person.
   */
  honorifics?: string[];
}

/** What a public institution an unnamed source speaks from is: a ministry is part of the government. */
export type Institution = "government" | "ministry" | "police" | "military" | "intelligence";
