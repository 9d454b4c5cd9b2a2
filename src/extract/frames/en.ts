/** English reading data: attribution frames, speech verbs, source nouns, photo credits and credit lines. */
import { SUPPLIED_BY } from "../../clean/patterns.ts";
import { DOMAIN, HONORIFIC } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

const PARTICLE = "(?:al|el|ad|ash|as|an|ar|at|az|bin|ibn|abu|de|da|del|della|di|du|le|la|van|von|der|den|ter|mac|o)";
/** Nouns for a site where users post, after which a name is the site's: "the Korean forum PannZone", "the subreddit Quillon". */
const FORUM = "online\\s+forum|internet\\s+forum|forum|message\\s+board|messageboard|discussion\\s+board|bulletin\\s+board|imageboard|subreddit";
// A dot belongs to a name only inside it ("U.S"), never at its end (the sentence's full stop).
// A name may open with one lower-case letter before a capital ("qNet Global", "iHeartRadio"), never with a lower-case word.
const WORD = `(?:${PARTICLE}[-\\u2011])?(?:\\p{Lu}|\\p{Ll}(?=\\p{Lu}))(?:[\\p{L}\\p{N}’'&\\-\\u2011]|\\.(?=\\p{L}))*`;

/** "in an interview with", also opened by "during" and for an interview "given to" the outlet: the outlet is who was told. */
const INTERVIEW_WITH = "(?:in|during)\\s+an\\s+interview\\s+(?:with|(?:given|granted)\\s+to)";

/** Verbs of carrying a story that a list of outlets did ("repeated by sites including X", "Sites including X repeated it"). */
const CARRIED = "reported|published|repeated|republished|picked\\s+up|echoed|carried|shared|spread|amplified|copied";
/** A plural outlet noun and the word that lists its members ("sites including", "outlets such as"), up to the first name. */
const OUTLETS_INCLUDING = "(?<cue>sites|websites|news\\s+sites|outlets|media\\s+outlets|newspapers|tabloids|portals|publications|broadcasters|blogs)\\s*,?\\s+(?:including|such\\s+as)\\s+";

/**
 * An outlet noun a description ends on before the outlet's name ("Indonesian news agency Kabar Pagi", "Dutch TV news
 * channel X", "fact-checking website X"), captured as `cue`: evidence that the name after it is an outlet.
 */
const DESCRIBED_OUTLET = "(?<cue>outlet|media\\s+outlet|newspaper|daily|tabloid|broadsheet|paper|broadcaster|channel|magazine|weekly|website|news\\s+site|news\\s+website|news\\s+portal|portal|news\\s+agency|wire\\s+service|publication|(?:press|fact-?checking|fact-check)\\s+agency|fact-?checker|fact-?checking\\s+(?:site|website|outlet|platform|service|project|organi[sz]ation))";
/**
 * What an outlet does to get or check its story, as the subject of it ("news channel X spoke to the workers", "the
 * fact-checking website X found that …"): verbs a person shares, so they are read only after an outlet noun or for a
 * name the registry knows.
 */
const NEWS_WORK = "spoke\\s+(?:to|with)|talked\\s+(?:to|with)|has\\s+spoken\\s+(?:to|with)|contacted|interviewed|reached\\s+out\\s+to|found|traced|fact-checked|debunked|verified|obtained";
/**
 * Between an outlet noun and the name it introduces: a space ("the satirical site Quillon Post"), "called"/"named", or a
 * comma before "the" and a capital, an appositive ("by a satirical site, the Quillon Post"); a comma before anything else
 * may open the next clause ("published by a website, Ana Ruiz said") and names no outlet.
 */
const NAME_AFTER_NOUN = "(?:\\s+(?:called\\s+|named\\s+)?|,\\s+(?=[Tt]he\\s+\\p{Lu}))";
/** A time of day or a day before "by X" in a report frame ("first published this morning by the tabloid X"). */
const TIME_OF_DAY = "(?:earlier\\s+)?(?:(?:this|yesterday)\\s+(?:morning|afternoon|evening)|today|yesterday|tonight|last\\s+night|overnight)";

/**
 * A station's number ending its name before a possessive ("Radio 9's Morning programme", "Channel 7's news"): a number
 * ends a name only after a word of the medium, as a date's year ends none ("March 2019's figures").
 */
const NUMBERED_STATION_POSSESSIVE = "(?<=(?:Radio|Channel|TV)\\s)\\d{1,3}(?=[’']s(?![\\p{L}]))";
/** The medium a broadcaster's name qualifies in small letters ("told Kestrel TV radio", "said on Kestrel TV television"). */
const MEDIUM = "(?:radio|television|TV|radio\\s+station|news\\s+channel)";

/**
 * Words that deny or doubt a document is its named issuer's ("a fake press release from X", "a bogus news release by X",
 * "a purported press statement from X"): the name after it is the one impersonated, no source the text rests on.
 */
const FORGED_DOCUMENT = "\\b(?:fake|false|bogus|phony|phoney|forged|hoax|spoof|fraudulent|fabricated|counterfeit|sham|fictitious|doctored|purported|alleged)";

/** "issued a statement", "released a media statement": whoever did so speaks its words (speechVerbs, statementIssuedVerbs). */
const STATEMENT_ISSUED = ["issued", "released", "put out"].flatMap((verb) => ["a", "a media", "a press", "a written", "an official", "the following"].map((kind) => `${verb} ${kind} statement`));

export const en: LanguageFrames = {
  language: "en",
  occasionMedia: { post: ["posted", "in\\s+a\\s+post", "a\\s+post\\s+on", "social\\s+media"], spoken: ["told\\s+(?:reporters|journalists|the\\s+press)", "interview\\p{L}*", "(?:press|news)\\s+conferences?", "briefings?", "speech(?:es)?", "remarks", "rally", "town\\s+hall", "(?:at|during)\\s+(?:an?|the)\\s+(?:\\p{L}+\\s+)?(?:session|meeting|summit|hearing|ceremony|gathering)"] },
  invertsOnlyAfterReport: true,
  complementisers: ["that"],
  // A run of capitalised words, allowing lower-case particles ("al-Khaleej", "Syrian Observatory for Human Rights").
  // A number inside a name stays in it when a capitalised word follows ("Quillon 7 News", "Channel 4 News").
  name: `(?:(?:${HONORIFIC})\\.?\\s+)?(?:${WORD}(?:\\s+(?:(?:of|for|and|de|du|del|della|di|da|dos|das|des|al|el|bin|ibn|van|von|der|la|le)\\s+)?(?:\\p{Lu}\\.(?=\\s+\\p{Lu}\\p{Ll})|${WORD}|\\d{1,4}(?=\\s+\\p{Lu})|${NUMBERED_STATION_POSSESSIVE})){0,5})`,
  date: `(?:on|in|last|earlier\\s+(?:this|in)|this)\\s+(?<date>\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\d{4})?|\\p{Lu}\\p{Ll}+(?:\\s+\\d{4})?|week|month|year)`,
  descriptor: `the\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}(?:outlet|newspaper|daily|news\\s+agency|agency|website|site|broadcaster|channel|network|paper|publication|magazine|tabloid|weekly|wire\\s+service|news\\s+site|media\\s+outlet|company|firm)`,
  end: `(?=\\s*(?:[,.;:!?)"”’]|$|—|–)|\\s+(?:on|in|that|as|last|earlier|this|and|but|citing|quoting|which|who|said|says|reported|quoted|back|to|for|about|when|while|after|before|over|with|by|late|early|recently|yesterday|today|ago|at\\s+(?:the|that)\\s+time|figures|data|statistics|estimates|records|numbers|tallies|counts|survey|polls?|research|analysis)\\b)`,
  frames: [
    // "…, PTI reported.": initials after a comma, with a verb of publishing closing the sentence, are an agency's credit;
    // before en.reported, which reads the same name without knowing credits.
    { id: "en.closing_credit", frame: "reported", allowUnknown: true, publishingVerb: true, pattern: `,\\s+(?<name>\\p{Lu}{2,5})\\s+(?:reported|reports|wrote)(?=\\s*\\.(?:\\s|$))`, example: "The region has so far counted 245 cases, QNA reported.", expect: "QNA" },
    { id: "en.reported", frame: "reported", allowUnknown: true, pattern: "{SRC}\\s+(?:(?:this|last|earlier\\s+this)\\s+(?:week|month|year|weekend)\\s+|(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+|(?:yesterday|earlier|recently|later)\\s+)?(?:(?:has|have|had)\\s+(?:(?:all|also|both|since|already)\\s+)?|first\\s+|(?:is|are|was|were)\\s+(?:(?:all|also|both|now)\\s+)?(?=reporting))?(?:reported|reports|reporting|revealed|wrote|writes|published|said\\s+in\\s+a\\s+report)(?:\\s+{DATE})?(?:,?\\s+citing\\s+(?<citing>[^,.;:]+))?", example: "Baghdadi is in the desert, the Asia Times reported on March 28, citing a Syria source.", expect: "the Asia Times" },
    // The time may stand before the verb: "The Evening Lark this month published two stories about …".
    // "Al Dawn, a Maltese newspaper, reported the …": the outlet noun of the appositive between the name and its verb is the
    // evidence; a person's appositive ("Ana Gil, a local teacher, wrote") has none.
    { id: "en.appositive_reported", frame: "reported", allowUnknown: true, pattern: "{SRC},\\s+(?:an?|the)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?<cue>newspaper|daily|tabloid|broadsheet|paper|broadcaster|channel|magazine|weekly|website|news\\s+site|news\\s+website|news\\s+portal|portal|news\\s+agency|wire\\s+service|publication|media\\s+outlet|outlet)(?:\\s+[^,.;:!?]{1,40})?,\\s+(?:has\\s+|had\\s+)?(?:reported|reports|wrote|writes|revealed|published)(?![\\p{L}])", example: "The Tidewater Gazette, a Maltese newspaper, reported the mayor had resigned.", expect: "The Tidewater Gazette" },
    // Any appositive between a registered outlet and its verb ("Xinhua, the official voice of Beijing, wrote …"): the
    // registry is the evidence an outlet noun gives above.
    { id: "en.appositive_reported.registry", frame: "reported", allowUnknown: false, pattern: "{SRC},\\s+(?:an?|the|its)\\s+[^,.;:!?“”\"]{1,60},\\s+(?:has\\s+|had\\s+)?(?:reported|reports|wrote|writes|revealed|published)(?![\\p{L}])", example: "Reuters, the wire of record, wrote of its doubts in a May report.", expect: "Reuters" },
    { id: "en.reported.unknown", frame: "reported", allowUnknown: true, pattern: "{SRC}\\s+(?:has\\s+|had\\s+)?(?:reported|revealed)", example: "Kathimerini reported that the ferry had sunk.", expect: "Kathimerini" },
    { id: "en.according_to", frame: "according_to", allowUnknown: true, pattern: "according\\s+to\\s+(?:(?:an?|the)\\s+(?:\\w+\\s+){0,2}(?:report|investigation|story|article|interview|feature|piece|analysis)\\s+(?:by|in|from|of)\\s+)?{SRC}{END}", example: "an Iraqi intelligence official revealed on April 27, according to al-Khaleej.", expect: "al-Khaleej" },
    // "according to a post by Tessa Brandt": a post, a tweet or a message is as often a person's as a site's, so the name
    // after it is an outlet only with an outlet's evidence (a registry entry, an outlet word, a domain).
    { id: "en.according_to_post", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: "according\\s+to\\s+(?:an?|the)\\s+(?:\\w+\\s+){0,2}(?:post|posting|tweet|message)\\s+(?:by|from|of)\\s+{SRC}{END}", example: "The dam cracked, according to a post by the Quillon Herald on its website.", expect: "the Quillon Herald" },
    // "According to the [Lindenport] Harbour Herald, …": a writer's insertion in square brackets between the article and
    // the name, as quoted passages carry them, is neither the name nor a stop to it.
    { id: "en.according_to.bracketed", frame: "according_to", allowUnknown: true, pattern: "according\\s+to\\s+the\\s+\\[[^\\]\\n]{1,30}\\]\\s+{SRC}{END}", example: "The mayor fled, according to the [Lindenport] Harbour Herald.", expect: "Harbour Herald" },
    // "From the Harbour Herald: …", "Via the Harbour Herald, …": a blog's line opening a passage it took from an outlet.
    // "From" and "via" open a place or a platform as often ("From Lindenport:", "Via Facebook,"): only a name with
    // evidence of an outlet is taken.
    { id: "en.from_label", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: "^\\s*[Ff]rom\\s+{SRC}\\s*:", example: "From Quillon News: According to officials, the port closed.", expect: "Quillon News" },
    { id: "en.via_opening", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: "^\\s*[Vv]ia\\s+{SRC}\\s*[,:]", example: "Via the Harbour Herald, the closure bodes ill for trade:", expect: "the Harbour Herald" },
    { id: "en.according_to.report", frame: "according_to", allowUnknown: true, pattern: "according\\s+to\\s+a\\s+(?:\\w+\\s+){0,2}(?:report|story|article)\\s+(?:by|in|from|of)\\s+{SRC}{END}", example: "The port was closed, according to a recent report by Lloyd's List.", expect: "Lloyd's List" },
    // "The Fernhollow Herald, citing sources close to the ministry, reported that …": the outlet, whom it cited, its verb.
    { id: "en.citing_reported", frame: "reported", allowUnknown: false, pattern: "{SRC},\\s+citing\\s+(?<citing>[^,.;:]{1,80}),\\s+(?:has\\s+|had\\s+)?(?:reported|reports|wrote|writes|revealed)(?![\\p{L}])", example: "The Valley Post, citing sources close to the ministry, reported that the subsidy would end.", expect: "The Valley Post" },
    // "according to Indonesian news agency Antara", "according to the news site X": the description is evidence, not name.
    { id: "en.according_to_described", frame: "according_to", allowUnknown: true, pattern: `(?<![\\p{L}])according\\s+to\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${DESCRIBED_OUTLET}\\s+{SRC}{END}`, example: "A quake will strike soon, according to Indonesian news agency Kabar Pagi.", expect: "Kabar Pagi" },
    // "according to a post on the Korean forum PannZone", "first raised on the forum PannZone, where a user claimed …": a
    // forum is where its users' posts are published, as a paper is where its reports are; the forum noun is the evidence
    // and a description before it ("the Korean forum") no part of the name. Without a name after the noun nothing is cited.
    { id: "en.on_forum", frame: "reported_by", allowUnknown: true, publication: true, pattern: `(?<![\\p{L}])(?:according\\s+to\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:post|posting|thread|comment|message)s?\\s+)?(?:on|in)\\s+(?:the\\s+|a\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?<cue>${FORUM})\\s+{SRC}{END}`, example: "Fans first raised concerns on the Korean forum Quillon Board, where a user claimed to know.", expect: "Quillon Board" },
    // "repeated by Spanish-language sites including X and by Y", "sites including X and Y followed": outlets a plural outlet
    // noun lists by name as carriers of the story (the names after the first: coordination.ts). Only with a verb of
    // carrying it before the noun or after the list: "more engagement than outlets such as X" names X as no carrier.
    { id: "en.outlets_including", frame: "reported_by", allowUnknown: true, publication: true, pattern: `(?<![\\p{L}])(?:${CARRIED})\\s+(?:by|in)\\s+(?:[\\p{L}-]+\\s+){0,3}?${OUTLETS_INCLUDING}{SRC}{END}`, example: "The story was repeated by several sites including Quillon Wire.", expect: "Quillon Wire" },
    { id: "en.outlets_including_then", frame: "reported_by", allowUnknown: true, publication: true, pattern: `(?<![\\p{L}])${OUTLETS_INCLUDING}{SRC}(?=(?:\\s*,?\\s+(?:and|&)\\s+|,\\s*)[^.;:!?]{1,80}?\\s(?:then\\s+|also\\s+|soon\\s+|quickly\\s+)?(?:${CARRIED}|followed|wrote|ran)(?![\\p{L}]))`, example: "The clip spread fast, and sites including Quillon Wire and Harbour Buzz repeated the quote.", expect: "Quillon Wire" },
    // "citing a report in the Quillon Ledger", "citing a story from X": a report or story that ran in (or came from) the
    // named thing; before "en.citing", which would claim the name for a registered outlet only. The name is decided on its
    // evidence as after "according to" (a person is never an outlet); "Sites cite a story from X" stays en.report_by's.
    { id: "en.citing_report", frame: "citing", allowUnknown: true, pattern: "(?<![\\p{L}])citing\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:report|story|article|piece)\\s+(?:in|from|by)\\s+{SRC}{END}", example: "The blogs, citing a report in the Quillon Ledger, said the mayor quit.", expect: "the Quillon Ledger" },
    // "Harbour Wire denied publishing such a report", "X has since denied ever running the story": only a publication
    // denies having published; its denial is its own statement, which the article cites (never a person of that name).
    { id: "en.denied_publishing", frame: "reported", allowUnknown: true, publisherOnly: true, pattern: "(?<![\\p{L}]){SRC}\\s+(?:(?:had|has|have)\\s+)?(?:(?:earlier|previously|since|also|quickly|swiftly)\\s+)?(?:denied|denies|deny)\\s+(?:ever\\s+)?(?:having\\s+)?(?:published|publishing|reported|reporting|running|carrying|aired|airing|printed|printing)\\s+(?:(?:a|an|the|any|such|that|this|its)\\s+)+(?:[\\p{Ll}-]+\\s+){0,2}?(?:report|story|article|item|news|claim|piece)(?![\\p{L}])", example: "Earlier, Harbour Wire denied publishing such a report.", expect: "Harbour Wire" },
    { id: "en.citing", frame: "citing", allowUnknown: false, pattern: "citing\\s+(?:a\\s+report\\s+(?:by|in|from)\\s+)?{SRC}{END}", example: "The ministry denied the claim, citing Reuters.", expect: "Reuters" },
    { id: "en.told", frame: "told", allowUnknown: true, pattern: `(?:told|tells|telling|said\\s+to|speaking\\s+to|spoke\\s+to|${INTERVIEW_WITH}|in\\s+comments\\s+to|(?:confirmed|described|explained|revealed|admitted|denied)\\s+(?:this\\s+|it\\s+|that\\s+)?to|when\\s+(?:contacted|reached|approached|asked)\\s+by|in\\s+a\\s+(?:written\\s+)?(?:statement|comment|response|email)\\s+to)\\s+{SRC}{END}`, example: "“The caliphate will not end,” one woman told AFP.", expect: "AFP" },
    // What a speaker said on a broadcaster's air ("Speaking on Harbour Television, the minister said", "the officer said on
    // Radio Kestrel that …", "On the network Kestrel TV, the officer went further"). "On" takes a day, a place or a platform
    // as often ("said on Monday", "speaking on Capitol Hill"), so only a name with evidence of an outlet is taken.
    { id: "en.on_air", frame: "told", allowUnknown: true, needsEvidence: true, pattern: "(?<![\\p{L}])(?:[Ss]peaking|[Aa]ppearing|[Ii]nterviewed|[Ii]n\\s+an?\\s+(?:\\p{Ll}+\\s+)?(?:interview|appearance)|(?:said|says|told\\s+viewers|claimed|insisted|explained|added|admitted|confirmed|announced|repeated)(?:\\s+\\p{Ll}+ly)?)\\s+on\\s+(?:the\\s+)?(?:(?:[\\p{Ll}-]+\\s+)?(?<cue>network|channel|broadcaster|station|radio\\s+station|television\\s+station)\\s+)?{SRC}{END}", example: "Speaking on Harbour Television, the minister said the claim was false.", expect: "Harbour Television" },
    { id: "en.on_air_opening", frame: "told", allowUnknown: true, needsEvidence: true, pattern: "(?<![\\p{L}])On\\s+(?:the\\s+)?(?:(?:[\\p{Ll}-]+\\s+)?(?<cue>network|channel|broadcaster|station|radio\\s+station|television\\s+station)\\s+)?{SRC}\\s*,", example: "On the network Kestrel TV, the officer went further.", expect: "Kestrel TV" },
    // "told reporters from Harbour Television": the reporters' outlet heard it; only a name with evidence of an outlet.
    { id: "en.told_reporters_from", frame: "told", allowUnknown: true, needsEvidence: true, pattern: "(?:told|telling|said\\s+to|speaking\\s+to|spoke\\s+to)\\s+(?:a\\s+|the\\s+)?(?:reporters?|journalists?|a\\s+crew|the\\s+crew|correspondents?)\\s+(?:from|for|of|at|with)\\s+{SRC}{END}", example: "“We will find her,” the officer told reporters from Harbour Television.", expect: "Harbour Television" },
    // "as reported by Spanish outlet Quillon Sur", "citing Belgian tabloid Het Flitsblad": a description (a nationality, a
    // kind) between the verb and the name; the outlet noun it ends in is the evidence. A bare "agency" may be any body's.
    { id: "en.reported_by_described", frame: "reported_by", allowUnknown: true, pattern: `(?:(?:first\\s+)?reported|revealed|published|broken|spread|circulated|disseminated)\\s+(?:earlier\\s+|first\\s+|${TIME_OF_DAY}\\s+)?by\\s+(?:the\\s+|an?\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?<cue>outlet|media\\s+outlet|newspaper|daily|tabloid|broadsheet|paper|broadcaster|channel|magazine|weekly|website|site|news\\s+site|news\\s+website|news\\s+portal|portal|news\\s+agency|wire\\s+service|publication)${NAME_AFTER_NOUN}{SRC}{END}`, example: "The bid was reported by Portuguese outlet Jornal Quillon.", expect: "Jornal Quillon" },
    { id: "en.citing_described", frame: "citing", allowUnknown: true, pattern: "(?<![\\p{L}])citing\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?<cue>outlet|media\\s+outlet|newspaper|daily|tabloid|broadsheet|paper|broadcaster|channel|magazine|weekly|website|news\\s+site|news\\s+website|news\\s+portal|portal|news\\s+agency|wire\\s+service|publication)\\s+{SRC}{END}", example: "The club made a bid, citing Belgian tabloid Het Flitsblad.", expect: "Het Flitsblad" },
    // "Speaking to the BBC from Varnholm, she said …": the participle opening a sentence, and a place or time after the
    // outlet instead of a comma; registered names only, as a person may be whom one speaks to.
    { id: "en.speaking_to", frame: "told", allowUnknown: false, pattern: `(?<![\\p{L}])(?:Speaking|Talking)\\s+(?:to|with)\\s+{SRC}(?:{END}|(?=\\s+(?:from|in|on|at|after|via)\\s))`, example: "Speaking to Reuters from Varnholm, she said the grant was refused.", expect: "Reuters" },
    // "told Velmland's public broadcaster Quillon Radio": the description may open on a country's or a body's possessive.
    { id: "en.told_described", frame: "told", allowUnknown: true, pattern: `(?:told|tells|speaking\\s+to|${INTERVIEW_WITH})\\s+(?:the\\s+)?(?:[\\p{L}-]+(?:['’]s)?\\s+){0,2}?(?<cue>broadcaster|newspaper|daily|news\\s+agency|agency|station|channel|magazine|tabloid|website|paper)\\s+{SRC}{END}`, example: "The mayor told regional broadcaster RTV Veenland he was relieved.", expect: "RTV Veenland" },
    // "It quotes Jane Roe, an editor, as saying", "The profile even quotes the owner of its fleet, Tomas Vell, saying": the
    // subject is the text being described, no outlet; the person named is the speaker of the quoted words (read.ts).
    { id: "en.quoted_self", frame: "quoted", allowUnknown: false, pattern: "(?<![\\p{L}])(?<name>[Ii]t|[Hh]e|[Ss]he|[Tt]hey|(?:[Tt]he|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:report|profile|story|article|piece|interview|feature|post|video|book|study|documentary|column|paper|obituary))\\s+(?:(?:even|also|later|then|first|itself|further)\\s+)?(?:quotes|quoted|cites|cited)\\s+(?<citing>[^.;:]{1,80}?)(?:\\s+as\\s+saying|,\\s*saying|\\s*:)", example: "It quotes Jane Roe, an editor, as saying the port shut.", expect: "It" },
    { id: "en.quoted", frame: "quoted", allowUnknown: true, pattern: `{SRC}\\s+(?:(?:later|also|then|first|earlier|itself)\\s+)?(?:quoted|quotes|cited|cites)\\s+(?<citing>(?:[^.;:]|(?<=(?:^|\\s)(?:${HONORIFIC}))\\.){1,80}?)(?:\\s+as\\s+saying|,\\s*saying|\\s*:)`, example: "“Just some Bedouins,” the Hong Kong-based outlet quoted the sources as saying.", expect: "the Hong Kong-based outlet" },
    // "The mayor was quoted by the Lakeland Sun as saying …": the words appeared there first.
    { id: "en.quoted_by", frame: "told", allowUnknown: true, pattern: "(?:was|were|is|are|been|being)\\s+quoted\\s+(?:as\\s+saying\\s+)?(?:by|in)\\s+{SRC}(?:\\s+as\\s+saying|{END})", example: "The mayor was quoted by the Lakeland Sun as saying toxin levels were high.", expect: "the Lakeland Sun" },
    // "confirming a weekend report by local newspaper Nordweg Bote": the noun that describes it is the evidence.
    // "a report by Turkey's state-run Velmar news agency": the country and a description ("state-run", "pro-government")
    // stand before the name, the kind of outlet after it; only a name the registry or the case knows is read so.
    { id: "en.report_by_state_described", frame: "reported_by", allowUnknown: false, pattern: "(?:[Aa]|[Tt]he)\\s+(?:\\w+\\s+){0,2}(?:report|story|article)\\s+(?:by|in|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*[’']s\\s+\\p{Ll}+-\\p{Ll}+\\s+{SRC}\\s+(?<cue>news\\s+agency|agency|newspaper|broadcaster)(?![\\p{L}])", example: "Officials denied a report by Ruritania's state-run Velmar news agency that the port was shut.", expect: "Velmar" },
    { id: "en.report_by_described", frame: "reported_by", allowUnknown: true, pattern: "(?:[Aa]|[Tt]he)\\s+(?:\\w+\\s+){0,2}(?:report|investigation|story|article|interview|piece)\\s+(?:by|in|from)\\s+(?:the\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?(?<cue>newspaper|daily|paper|broadcaster|station|channel|magazine|tabloid|website|news\\s+site|news\\s+agency|agency|outlet|blog)\\s+{SRC}{END}", example: "The firm confirmed a weekend report by local newspaper Nordweg Bote.", expect: "Nordweg Bote" },
    { id: "en.in_line_with_report", frame: "in_line_with_report", allowUnknown: true, pattern: "(?:in\\s+line\\s+with|consistent\\s+with|echo(?:es|ing|ed)?|confirm(?:s|ed|ing)?|corroborat(?:es|ed|ing))\\s+(?:a|an|the)\\s+(?:\\w+\\s+){0,2}report\\s+(?:of|by|from|in)\\s+{SRC}{END}", example: "These claims are in line with a recent report of the Asia Times.", expect: "the Asia Times" },
    { id: "en.reported_by", frame: "reported_by", allowUnknown: true, pattern: `(?:(?:first\\s+)?reported|revealed|published|broadcast|aired|picked\\s+up|broken|repeated|echoed|translated)\\s+(?:earlier\\s+|first\\s+|(?:earlier\\s+)?(?:this|last)\\s+(?:week|month|year)\\s+|${TIME_OF_DAY}\\s+|{DATE}\\s+)?(?:by|in)\\s+{SRC}{END}`, example: "The original article was published on May 1 by The Weekly Pickle, a satire site.", expect: "The Weekly Pickle" },
    // "The figure, put out last week by regional councillor Marco Vanni, …", "a photo posted by wildlife photographer X":
    // who put out a figure, a photo or a post, with a description of the person before the name (never a crowd: "shared by
    // users on Facebook").
    { id: "en.put_out_by", frame: "reported_by", allowUnknown: true, pattern: `(?:put\\s+out|released|issued|posted|shared|circulated|made\\s+public|publici[sz]ed)\\s+(?:(?:earlier|first|last\\s+(?:week|month|year)|this\\s+(?:week|month|year)|on\\s+\\p{Lu}\\p{Ll}+day|${TIME_OF_DAY})\\s+)?by\\s+(?:the\\s+)?(?:(?!(?:on|in|at|via|from|to|across|of|users|people|thousands|millions|hundreds)\\s)\\p{Ll}[\\p{L}-]*\\s+){0,3}?{SRC}{END}`, example: "The figure, put out last week by regional councillor Marco Vanni, is disputed.", expect: "Marco Vanni" },
    // "The reports, which began with a Harbour Radio broadcast on Friday": where a story started.
    { id: "en.began_with", frame: "reported_by", allowUnknown: true, pattern: "(?:began|started|originated)\\s+with\\s+(?:a|an)\\s+{SRC}(?=\\s+(?:broadcast|report|story|article|post|segment|bulletin|item)\\b)", example: "The reports, which began with a Harbour Radio broadcast on Friday, were wrong.", expect: "Harbour Radio" },
    { id: "en.report_by", frame: "reported_by", allowUnknown: true, pattern: "(?:(?<![\\p{L}])[Aa]n|[Aa]|[Tt]he)\\s+(?:\\w+\\s+){0,2}(?:report|investigation|story|article|interview|package|slideshow|feature|piece|tribute|post)\\s+(?:by|in|from)\\s+{SRC}{END}", example: "The same was found in a recent investigation by Der Spiegel.", expect: "Der Spiegel" },
    // "a Harbour Herald report claiming that …", "the Quillon Post story saying …": an outlet's name before its report
    // noun, then what the report says. Known outlets, or a name an outlet word ends, only: "a police report" names no outlet.
    { id: "en.outlet_report", frame: "reported_by", allowUnknown: false, pattern: "(?<![\\p{L}])(?:[Aa]n?|[Tt]he)\\s+{SRC}\\s+(?:report|story|article|investigation)\\s+(?:claiming|saying|stating|alleging|suggesting|which\\s+(?:said|claimed|stated))(?![\\p{L}])", example: "Officials denied a Harbour Herald report claiming that the port was shut.", expect: "Harbour Herald" },
    // "according to a Harbour Herald source who …": the outlet's source speaks through the outlet, which is what is cited.
    // "according to a Reuters report", "according to Reuters report Friday": the outlet's name used as the
    // report's attribute. A registered outlet only: "according to a police report" names a body's document.
    { id: "en.according_to_outlet_report", frame: "according_to", allowUnknown: false, pattern: "(?<![\\p{L}])according\\s+to\\s+(?:(?:a|an|the|one)\\s+)?(?:(?:new|recent|latest|earlier|exclusive)\\s+)?{SRC}\\s+(?:report|reports|story|article|dispatch|investigation)(?![\\p{L}])", example: "The ferry sank, according to a Reuters report on Monday.", expect: "Reuters" },
    { id: "en.according_to_outlet_source", frame: "according_to", allowUnknown: false, pattern: "(?<![\\p{L}])according\\s+to\\s+(?:a|an|the|one)\\s+{SRC}\\s+(?:source|sources|insider|insiders)(?![\\p{L}])", example: "The port is shut, according to a Harbour Herald source who saw the order.", expect: "Harbour Herald" },
    { id: "en.said", frame: "said", allowUnknown: false, pattern: "{SRC}(?:,\\s+citing\\s+[^,.;:]{1,80},)?\\s+(?:both\\s+)?(?:has\\s+|had\\s+|just\\s+)?(?:said|says|added|noted|notes|mentioned|mentions|claimed|stated|states|announced|confirmed|confirms|quoted|quotes|updated|analy[sz]ed|boasted|points\\s+out|pointed\\s+out|has\\s+learned|has\\s+learnt|learned|understands)\\b", example: "Reuters said the convoy had turned back.", expect: "Reuters" },
    { id: "en.as_reports", frame: "reported", allowUnknown: true, pattern: "(?<![\\p{L}])[Aa]s\\s+{SRC}\\s+(?:has\\s+|had\\s+|first\\s+)?(?:reported|reports|noted|notes|points\\s+out|pointed\\s+out|wrote|writes|put\\s+it|revealed|found)\\b", example: "As the Harbour Herald reported, the port is shut.", expect: "the Harbour Herald" },
    { id: "en.inverted", frame: "said", allowUnknown: false, pattern: "(?:^\\s*|[,”\"»]\\s*)(?:writes|wrote|reports|reported|said|says|announced|notes|noted|boasted|added)\\s+{SRC}{END}", example: "“A rare pleasure,” writes the Harbour Herald.", expect: "the Harbour Herald" },
    // "…, reported a little-known news channel Quillon Wire", "…, reported the Danish newspaper Nordlys Posten": the noun
    // the description ends in is the evidence, whatever article or adjective of nationality stands before it.
    { id: "en.inverted_described", frame: "reported", allowUnknown: true, pattern: "(?:^\\s*|[,”\"»]\\s*)(?:writes|wrote|reports|reported|said|says|announced|noted|added|claimed)\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?<cue>news\\s+channel|news\\s+site|news\\s+website|newspaper|website|site|channel|outlet|magazine|network|agency|blog|tabloid|paper|broadcaster|weekly|daily)\\s+{SRC}{END}", example: "The mayor resigned, reported a little-known news channel Quillon Wire.", expect: "Quillon Wire" },
    // "The Quillon Gazette editorial board surprised many by announcing …": the outlet speaks through its board or editors.
    { id: "en.editorial_board", frame: "said", allowUnknown: false, pattern: "{SRC}\\s+(?:editorial\\s+board|editors|newsroom)\\s+(?:\\p{Ll}+\\s+){0,4}?(?:by\\s+)?(?:announc(?:ed|ing)|report(?:ed|ing)|wr(?:ote|iting)|declar(?:ed|ing)|nam(?:ed|ing)|said|saying)\\b", example: "The Valley Post editorial board surprised many by announcing its pick.", expect: "The Valley Post" },
    // "a press release from the Quillon Institute": the issuer published what is quoted, whatever kind of body it is.
    // A fake, forged or purported release "from X" is exactly not X's: its issuer is impersonated or unsure (FORGED_DOCUMENT).
    { id: "en.press_release", frame: "citing", allowUnknown: true, issuer: true, pattern: `(?<!${FORGED_DOCUMENT}\\s{1,3}(?:[\\p{L}-]{1,30}\\s{1,3})?)(?:press\\s+release|news\\s+release|press\\s+statement)\\s+(?:from|by|of|issued\\s+by|put\\s+out\\s+by)\\s+{SRC}{END}`, example: "The claim began with a press release from the Quillon Institute of Health.", expect: "the Quillon Institute of Health" },
    // "Snopes, on the other hand, dismissed the report": a fact-checker's verdict on the claim is a citation of it.
    { id: "en.dismissed", frame: "reported", allowUnknown: false, pattern: "{SRC}(?:,\\s+(?:on\\s+the\\s+other\\s+hand|however|meanwhile|for\\s+its\\s+part|in\\s+turn),)?\\s+(?:also\\s+)?(?:dismissed|debunked|refuted|rated|labell?ed)\\s+(?:the|this|that|these|those)\\s+(?:\\p{Ll}+\\s+){0,2}?(?:report|reports|claim|claims|story|stories|rumou?rs?|article|post|hoax)\\b", example: "Valley Check, on the other hand, dismissed the report as untrue.", expect: "Valley Check" },
    { id: "en.article_for", frame: "reported_by", allowUnknown: true, publication: true, pattern: "(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s+(?:\\w+\\s+){0,2}(?:article|story|report)\\s+for\\s+{SRC}{END}", example: "She wrote in an article for the Quillon Ledger that the port had shut.", expect: "the Quillon Ledger" },
    // "Writing in the Quillon Ledger, the economist argued …": the words were first published there.
    { id: "en.writing_in", frame: "reported_by", allowUnknown: true, publication: true, pattern: "(?<![\\p{L}])[Ww]riting\\s+(?:in|for)\\s+{SRC}{END}", example: "Writing in the Quillon Ledger, the economist argued that tolls hurt trade.", expect: "the Quillon Ledger" },
    // Only a publication carries a story: "Local broadcaster Quillon FM also carried the report".
    { id: "en.carried_story", frame: "reported", allowUnknown: true, publication: true, pattern: "{SRC}\\s+(?:(?:also|then|later|first|too)\\s+)?(?:carried|carries|picked\\s+up|aired|broadcast)\\s+(?:the|a|an|this|that|its)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?(?:story|report|news|claim|article|interview|piece|item)\\b", example: "Local broadcaster Quillon FM also carried the story, citing documents.", expect: "Quillon FM" },
    // "told the Quillon Ledger's Morning programme": the outlet's own show or page.
    { id: "en.told_programme", frame: "told", allowUnknown: true, publication: true, pattern: `(?:told|tells|speaking\\s+to|spoke\\s+to|${INTERVIEW_WITH})\\s+{SRC}[’']s\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}(?:programme|program|show|podcast|newsletter|radio\\s+show)\\b`, example: "“We had no choice,” the harbour master told the Quillon Ledger's Morning programme.", expect: "the Quillon Ledger" },
    // "told Kestrel TV's Morning Desk", "in an interview with Kestrel TV's “Night Line”": a show named after its
    // outlet's possessive is the outlet's. A possessive before a capitalised name is a person's as often ("told the
    // mayor's Chief of Staff"): only a known outlet.
    { id: "en.told_named_show", frame: "told", allowUnknown: false, pattern: `(?:told|tells|speaking\\s+to|spoke\\s+to|(?:speaking|appearing|said)\\s+on|${INTERVIEW_WITH})\\s+{SRC}[’']s\\s+["“‘]?\\p{Lu}`, example: "“We had no choice,” the harbour master told Reuters's Morning Desk.", expect: "Reuters" },
    // "told Kestrel TV radio", "speaking on Kestrel TV television": a broadcaster's name qualifying its medium in small letters.
    // A name before "radio" may be a place's ("told Lindenport radio"): only a known outlet.
    { id: "en.told_medium", frame: "told", allowUnknown: false, pattern: `(?:told|tells|speaking\\s+to|spoke\\s+to|(?:speaking|appearing|interviewed|said|says)\\s+on|${INTERVIEW_WITH})\\s+{SRC}\\s+${MEDIUM}(?=\\s*[,.;:!?)"”’]|\\s+(?:on|in|that|as|last|earlier|this|and|but|when|while|after|before|about|yesterday|today)\\b)`, example: "He told Reuters radio: “The ferry left on time.”", expect: "Reuters" },
    // "Quillon Ledger reporter Anna Kell wrote …": the outlet's own staff wrote it; only a name the registry knows, since
    // a capitalised word before "reporter" may be anything ("Senior reporter", a city).
    { id: "en.staff_wrote", frame: "reported", allowUnknown: false, registryOnly: true, pattern: "{SRC}\\s+(?:reporter|correspondent|columnist|journalist|editor|writer)s?\\s+\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,2}\\s+(?:wrote|reported|writes|reports|revealed|noted)\\b", example: "Reuters correspondent Anna Kell wrote that the figures were disputed.", expect: "Reuters" },
    // Only a publication runs a story: "The Quillon Ledger ran a 40-photo gallery".
    // A person posts and publishes stories too ("Anna Berg published an article"): a registered outlet only, with the
    // day it did so set off by commas ("Reuters, Friday, posted the poll"), reprinting another's story or a poll.
    { id: "en.posted_story", frame: "reported", allowUnknown: false, pattern: "{SRC}(?:,\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),)?\\s+(?:(?:also|then|later|first|even|had|has)\\s+)?(?:posted|published|reprinted|republished)\\s+(?:a|an|the|its)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,4}?(?:story|report|article|piece|item|poll|survey)\\b", example: "Reuters, Friday, posted the made-up harbour poll as news.", expect: "Reuters" },
    { id: "en.ran_story", frame: "reported", allowUnknown: true, publication: true, pattern: "{SRC}\\s+(?:(?:also|today|yesterday|then|later|first)\\s+)?ran\\s+(?:a|an|the|its)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?(?:story|report|article|piece|headline|feature|gallery|photo\\s+spread|slideshow|slide\\s+show|editorial)\\b", example: "The Quillon Ledger ran a 40-photo gallery of the mayor.", expect: "The Quillon Ledger" },
    // A credit in brackets or a hat tip ("(via the Quillon Ledger)", "h/t Quillon Ledger"): where the item was found.
    { id: "en.via_credit", frame: "citing", allowUnknown: true, publication: true, pattern: "\\(\\s*(?:via|h/t|H/T|hat\\s+tip(?:\\s+to)?)\\s+{SRC}\\s*\\)", example: "The mayor resigned (via the Quillon Ledger).", expect: "the Quillon Ledger" },
    { id: "en.hat_tip", frame: "citing", allowUnknown: true, publication: true, pattern: "(?<![\\p{L}])(?:[Hh]/[Tt]|[Hh]at\\s+tip)\\s*[:,]?\\s*(?:to\\s+)?{SRC}{END}", example: "Hat tip: Quillon Ledger.", expect: "Quillon Ledger" },
    // A site named by its address: "according to quillon.example.com".
    { id: "en.domain", frame: "according_to", allowUnknown: true, publication: true, pattern: `(?:according\\s+to|reported\\s+by|published\\s+(?:on|by)|posted\\s+on|citing|via|on\\s+the\\s+(?:web\\s*)?site|on\\s+the\\s+website)\\s+(?<name>${DOMAIN})`, example: "The port is shut, according to quillonledger.com.", expect: "quillonledger.com" },
    // "told quillonledger.com that …", "told the local news website quillonledger.com": a site named by its address heard it.
    { id: "en.told_domain", frame: "told", allowUnknown: true, pattern: `(?:told|tells|telling|said\\s+to|speaking\\s+to|spoke\\s+to|${INTERVIEW_WITH})\\s+(?:(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:website|site|web\\s*site|portal|blog)\\s+)?(?<name>${DOMAIN})`, example: "“The port is shut,” the harbour master told quillonledger.com on Monday.", expect: "quillonledger.com" },
    // "Local news site brzeziny24.example reported …": a web address as the subject of a verb of reporting is the site.
    { id: "en.domain_subject", frame: "reported", allowUnknown: true, pattern: `(?<![\\p{L}\\p{N}.@/])(?<name>${DOMAIN})\\s+(?:has\\s+|had\\s+|first\\s+)?(?:reported|reports|wrote|writes|published|revealed|said|says)\\b`, example: "Local news site quillonledger.com reported the port was shut.", expect: "quillonledger.com" },
    { id: "en.possessive", frame: "reported", allowUnknown: false, pattern: "{SRC}[’']s\\s+(?:(?:original|spoof|satirical|own|latest|earlier|first|chief|senior|political|foreign)\\s+)?(?:report|story|article|headline|investigation|analysis|editor|editors|website|post|front\\s+page|feature|piece|correspondent|reporter|journalist|columnist)\\b", example: "The Valley Post's report was wrong.", expect: "The Valley Post" },
    { id: "en.published_in", frame: "published_in", allowUnknown: true, publication: true, pattern: "(?<!(?:first|originally)\\s)(?:published|appeared|printed|ran|originated|posted|started)\\s+(?:earlier\\s+|initially\\s+)?(?:in|on|at|with)\\s+(?!(?:[\\p{L}\\p{N}.&-]+\\s+){0,4}?[\\p{L}\\p{N}.&-]+['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:show|shows|programme|program|podcast|series|broadcast|special|concert|stage|talk\\s+show)\\b)(?:(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:journal|magazine|newspaper|website|site|web\\s+site|blog|news\\s+site|news\\s+website)\\s+(?:called\\s+|named\\s+)?)?['‘“\"]?{SRC}", example: "A study published in the Annals of Folk Medicine found a link.", expect: "the Annals of Folk Medicine" },
    // "posted as a preprint on medRxiv", "deposited in the Velmar Data Archive", "are available on OpenPapers": where a
    // paper was put up is the server or archive that published it.
    { id: "en.posted_as", frame: "published_in", allowUnknown: true, publication: true, pattern: "(?:(?:posted|uploaded|deposited|published)\\s+as\\s+(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+)?(?:preprint|paper|manuscript|article|study|report)\\s+(?:on|in|to)|(?:uploaded|deposited)\\s+(?:on|in|to)|(?:is|are|was|were|been)\\s+(?:now\\s+)?available\\s+on)\\s+{SRC}", example: "The results are posted as a preprint on Corvane Papers and have not been peer reviewed.", expect: "Corvane Papers" },
    { id: "en.piece_in", frame: "reported_by", allowUnknown: true, publication: true, pattern: "(?:a|an|the|its|their)\\s+(?:\\w+\\s+){0,2}(?:headline|essay|piece|column|editorial|op-ed|video|feature|post|cover\\s+story)\\s+(?:in|for|by|from)\\s+{SRC}{END}", example: "He explained it in an essay for the Quillon Review.", expect: "the Quillon Review" },
    // "a post on Quillbook" is where it appeared, but "its piece on Mr Dorn" is what it is about: a person is no source there.
    { id: "en.piece_on", frame: "reported_by", allowUnknown: true, publication: true, topical: true, pattern: "(?:a|an|the|its|their)\\s+(?:\\w+\\s+){0,2}(?:headline|essay|piece|column|editorial|op-ed|video|feature|post|cover\\s+story)\\s+on\\s+{SRC}{END}", example: "He explained it in a post on Quillbook.", expect: "Quillbook" },
    { id: "en.piece_in_site", frame: "reported_by", allowUnknown: true, publication: true, pattern: "(?:a|an|the|its|their)\\s+(?:\\w+\\s+){0,2}(?:report|story|article|headline|essay|piece|column|editorial|op-ed|video|feature|post)\\s+(?:in|for|on|by|from)\\s+(?:the\\s+)?(?![Ww]eb\\s)(?=\\p{Lu}|\\p{N}|[\\p{L}\\p{N}&-]*[\\p{N}.])(?<name>[\\p{L}\\p{N}][\\p{L}\\p{N}.&-]{1,30})\\s+(?<cue>[Ww]eb\\s+site|website|site|blog|magazine|newspaper)\\b", example: "He revealed it in an essay for the quillon9 Web site on Friday.", expect: "quillon9" },
    { id: "en.issue_of", frame: "reported_by", allowUnknown: true, publication: true, pattern: "(?:issue|edition|editions|pages)\\s+of\\s+{SRC}(?:\\s+(?<cue>magazine|newspaper|journal))?", example: "It ran in the June issue of Trellis magazine.", expect: "Trellis" },
    { id: "en.named_story", frame: "reported", allowUnknown: false, pattern: "{SRC}\\s+(?:story|report|article|headline|editorial|video|investigation|analysis|review|survey|poll)\\s+(?:quotes|quoted|says|said|claims|claimed|reported|reports|states|stated|cites|cited|mentions|mentioned|notes|noted|found|finds|showed|shows|revealed|reveals)\\b", example: "The Valley Post story quotes the mayor.", expect: "The Valley Post" },
    // "The source of the story was X", "the source for it was – I had to look – a site called X": the text names where it
    // took its story; an aside set off by a dash may stand before the site.
    { id: "en.source_is", frame: "according_to", allowUnknown: true, pattern: "(?<![\\p{L}])[Tt]he\\s+(?:original\\s+)?source\\s+(?:for|of)\\s+(?:this|it|that|the\\s+(?:[\\p{Ll}-]+\\s+)?(?:story|tale|claim|report|news|article|piece|rumou?r))\\s+(?:is|was)\\s+(?:(?:[^.!?\\n–—]{1,80}?\\s+[–—]\\s+)?(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:website|site|web\\s+site|blog|newspaper|magazine|outlet)\\s+(?:called\\s+|named\\s+)?)?[\"“‘']?{SRC}{END}", example: "The source of the story was one I had not met – a web site called Quillon Ledger.", expect: "Quillon Ledger" },
    // "Thank you X for sending us this story", "Thanks to X for sharing it": the text thanks whoever
    // handed it the story, an outlet or a person; thanks "for the laugh" hand nothing over and are not read.
    { id: "en.thanks_for", frame: "citing", allowUnknown: true, pattern: "(?<![\\p{L}])(?:[Tt]hank\\s+you|[Tt]hanks|[Cc]heers|[Mm]any\\s+thanks)\\s+(?:(?:again|also|very\\s+much|so\\s+much)\\s+)?(?:to\\s+)?{SRC}\\s+for\\s+(?:providing|sending|sharing|giving|bringing|passing|posting|pointing|alerting|the\\s+(?:tip|link|heads-up|story|information|info))(?![\\p{L}])", example: "Thank you Quillon Ledger for sending us this story.", expect: "Quillon Ledger" },
    { id: "en.comes_from", frame: "reported_by", allowUnknown: true, publication: true, pattern: "(?:comes|came|come)\\s+from\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:website|site|web\\s+site|blog|newspaper|magazine|outlet)\\s+(?:called\\s+|named\\s+)?[\"“‘']?{SRC}", example: "The bogus story comes from a fake-news website called “Quillon 7 News”.", expect: "Quillon 7 News" },
    { id: "en.which_wrote", frame: "reported", allowUnknown: false, pattern: "{SRC},?\\s+which\\s+(?:(?:today|yesterday|then|also|later|promptly|duly|quickly)\\s+)?(?:wrote|reported|published|ran|printed|quoted|said|claimed)\\b", example: "The rumour fooled the Valley Post, which wrote a story about it.", expect: "the Valley Post" },
    { id: "en.which_wrote.adverb", frame: "reported", allowUnknown: false, pattern: "{SRC}\\s+which\\s+(?:today|yesterday|then|also|later|promptly|duly|quickly)\\s+(?:wrote|reported|published|ran|printed|quoted)\\b", example: "The joke was lost on the Valley Post which today ran a photo spread.", expect: "the Valley Post" },
    { id: "en.is_from", frame: "reported_by", allowUnknown: false, pattern: "(?:quote|quotes|quotation|excerpt|text|passage|story|this)(?:\\s+(?:below|above|here))?\\s+(?:is|are|was|comes)\\s+from\\s+{SRC}\\s*[:.,]", example: "The quote below is from the Valley Post:", expect: "the Valley Post" },
    { id: "en.quoting", frame: "citing", allowUnknown: false, pattern: "(?<![\\p{L}])(?:[Qq]uoting|via|h/t)\\s+{SRC}", example: "Quoting the Valley Post, the agency said the dam held.", expect: "the Valley Post" },
    // Wire phrasing for what an outlet holds or has checked: "a letter seen by Reuters", "documents obtained by the Valley Post".
    { id: "en.seen_by", frame: "reported_by", allowUnknown: false, pattern: "(?:seen|obtained|reviewed|confirmed|verified|carried|first\\s+published|debunked|fact-checked|rated)\\s+by\\s+{SRC}{END}", example: "A letter seen by Reuters, dated 2 May, shows the port was sold.", expect: "Reuters" },
    { id: "en.broke_story", frame: "reported", allowUnknown: true, pattern: "{SRC},?\\s+(?:which|who)?\\s*(?:first\\s+)?(?:broke|revealed|reported)\\s+(?:the|this|its)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:story|news|plan|plans|claim|claims|figures|report|scoop|allegations?|deal|rumou?r)\\b", example: "The Kestrel Gazette, which first broke the story, later retracted it.", expect: "The Kestrel Gazette" },
    // "…, per Axios": the outlet as the source of a sentence, as newsletters write it; "per cent" has no capital.
    { id: "en.per", frame: "according_to", allowUnknown: false, pattern: "(?:^|[,;(—–]\\s*|\\s)per\\s+{SRC}{END}", example: "The port will close in May, per Axios.", expect: "Axios" },
    { id: "en.first_to_report", frame: "reported", allowUnknown: true, pattern: "{SRC}\\s+(?:was|were)\\s+(?:the\\s+)?first\\s+to\\s+(?:report|reveal|publish|break)", example: "The Kestrel Gazette was first to report the closure.", expect: "The Kestrel Gazette" },
    // "Reuters' report, published on Monday, said": an outlet's own report, read from the possessive.
    { id: "en.outlets_report", frame: "reported", allowUnknown: false, pattern: "{SRC}(?:['’]s|(?<=s)['’])\\s+(?:report|story|article|investigation|reporting|analysis|coverage|exclusive|scoop)(?![\\p{L}])", example: "Reuters' report, published on Monday, said the fees would triple.", expect: "Reuters" },
    { id: "en.cited_by", frame: "cited_by", allowUnknown: false, pattern: "(?:as\\s+)?(?:cited|quoted)\\s+by\\s+{SRC}{END}", example: "The figure, as cited by Xinhua, is disputed.", expect: "Xinhua" },
    // "a source quoted by the Arabic-language site X", "cited by Danish tabloid Y": as with "reported by", a description
    // (a language, a nationality, a kind) may stand between "by" and the name; the outlet noun it ends in is the evidence.
    { id: "en.cited_by_described", frame: "cited_by", allowUnknown: true, pattern: "(?:as\\s+)?(?:cited|quoted)\\s+by\\s+(?:the\\s+|an?\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?<cue>outlet|media\\s+outlet|newspaper|daily|tabloid|broadsheet|paper|broadcaster|channel|magazine|weekly|website|site|news\\s+site|news\\s+website|news\\s+portal|portal|news\\s+agency|wire\\s+service|publication)\\s+{SRC}{END}", example: "The minister resigned, according to an aide quoted by the Welsh-language site Papur Bro.", expect: "Papur Bro" },
    // "Reports that … have been debunked by news website The Harbour Local": the outlet that checked the story, named after
    // its description; the article rests on its check. Only after an outlet noun: a person may debunk too.
    { id: "en.debunked_by_described", frame: "reported_by", allowUnknown: true, pattern: "(?:debunked|fact-checked|refuted)\\s+by\\s+(?:the\\s+|an?\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?<cue>outlet|media\\s+outlet|newspaper|daily|tabloid|paper|broadcaster|channel|magazine|website|site|news\\s+site|news\\s+website|news\\s+portal|portal|news\\s+agency|fact-checker|fact-checking\\s+site)\\s+{SRC}{END}", example: "The claim was debunked by news website The Harbour Local.", expect: "The Harbour Local" },
    { id: "en.first_appeared_in", frame: "first_appeared_in", allowUnknown: true, syndication: true, pattern: `(?:[Ff]irst|[Oo]riginally)\\s+(?:appeared|published|ran|posted)\\s+(?:in\\s+this\\s+(?:form|version|wording)\\s+)?(?:in|on|by)\\s+(?:(?:the|an?)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:site|website|web\\s+site|news\\s+site|blog|portal|news\\s+portal)${NAME_AFTER_NOUN})?{SRC}{END}`, example: "This article first appeared in The Conversation.", expect: "The Conversation" },
    { id: "en.republished_from", frame: "first_appeared_in", allowUnknown: true, syndication: true, pattern: "(?:republished|reprinted|reproduced)\\s+(?:with\\s+permission\\s+)?(?:from|by\\s+arrangement\\s+with)\\s+{SRC}{END}", example: "This story was republished with permission from Global Voices.", expect: "Global Voices" },
    // Only a publication has headlines: "X headlined" / "…, headlined the X" is evidence of an outlet.
    { id: "en.headlined", frame: "reported", allowUnknown: true, publication: true, pattern: "{SRC}\\s+(?:headlined|ran\\s+(?:the|a)\\s+headline|splashed|trumpeted)\\b", example: "The Evening Lark headlined: “Chocolate makes you thin”.", expect: "The Evening Lark" },
    { id: "en.headlined_inverted", frame: "reported", allowUnknown: true, publication: true, pattern: "(?:headlined|trumpeted|splashed)\\s+{SRC}{END}", example: "“Chocolate makes you thin,” headlined the Evening Lark.", expect: "the Evening Lark" },
    // Last, the weakest evidence: a frame of the same name read before these ("published in X found that …") stands.
    // "regional TV news channel X spoke to the workers", "fact-checking website X found that …": an outlet named after its
    // noun, as the subject of its own news work.
    { id: "en.described_subject", frame: "reported", allowUnknown: true, newsWork: true, pattern: `(?<![\\p{L}])${DESCRIBED_OUTLET},?\\s+{SRC}\\s+(?:(?:has|had|also|later|then|first)\\s+)?(?:${NEWS_WORK})(?![\\p{L}])`, example: "Regional TV news channel Radio Quill spoke to two of the dock workers.", expect: "Radio Quill" },
    // "The Harbour Courier spoke to the mayor": a known outlet as the subject of its news work; an unknown name there is as
    // often a person's.
    { id: "en.news_work", frame: "reported", allowUnknown: false, newsWork: true, pattern: `{SRC}\\s+(?:(?:has|had|also|later|then|first)\\s+)?(?:${NEWS_WORK})(?![\\p{L}])`, example: "Reuters spoke to three dock workers who saw the fire.", expect: "Reuters" },
  ],
  attributionOpeners: ["That is what", "That's what", "That’s what", "This is what", "So"],
  // "This was announced by the mayor on Tuesday.": a passive with its agent.
  attributionOnlyForms: ["(?:This|That)\\s+(?:was|has\\s+been|had\\s+been)\\s+(?:{SAY})\\s+by(?=\\s)"],
  // "posted on Telegram that …" as "wrote on Facebook that …": the poster speaks, the platform is no source (read.ts);
  // '"…," X posted on Instagram.' likewise; what follows "posted on" is the platform, never an inverted speaker
  // (speakers/relations.ts endsInPreposition).
  addresseeMarkers: ["addressing"],
  speechParticiples: ["saying", "adding", "writing", "noting", "explaining", "arguing", "warning", "telling"],
  textVerbs: ["reads", "read"],
  // A post quotes its writer as a statement does ("tweeted the mayor"); "posted on … that" and "wrote" are below.
  speechVerbs: ["tweeted", "tweets", "said", "says", "say", "told", "tells", "added", "adds", "explained", "noted", "stressed", "warned", "claimed", "claims", "insisted", "revealed", "argued", "confirmed", "recalled", "wrote", "replied", "continued", "declared", "stated", "acknowledged", "admitted", "commented", "made similar claims", "testified", "alleged", "asserted", "maintained", "cautioned", "urged", "appealed to", "appealed for", "raised concerns", "raised concern", "expressed concern", "expressed concerns", "states", "explains", "stresses", "warns", "insists", "argues", "recalls", "writes", "replies", "declares", "admits", "acknowledges", "comments", "maintains", "asserts", "cautions", "was quoted as saying", "were quoted as saying", "is quoted as saying",
    // The perfect infinitive reports the same words: "…," the minister was quoted as having said.
    "was quoted as having said", "were quoted as having said", "is quoted as having said", "posted on … that", "posted to … that",
    // Words quoted as what someone called a thing are theirs: "X dismissed the report as “rubbish”".
    "dismissed … as", "dismisses … as", "described … as", "describes … as", "branded … as", "posted on", "posted to", ...STATEMENT_ISSUED, "denied", "denies", "announced", "announces", "clarified", "clarifies",
    // Sharing information gives it: "the journalist X shared the information" credits X with it.
    "shared the information", "shared information", "shared the news", "shared details", "shares the information",
    // "X had this to say about the results:" introduces the words quoted after it.
    "had this to say", "has this to say", "had the following to say", "has the following to say"],
  opinionLeads: ["according to"],
  // Past and progressive forms only: "reports", "claims" are nouns as often ("according to media reports").
  reportVerbs: ["reported", "are reporting", "were reporting", "have reported", "has reported", "had reported", "claimed", "have claimed", "suggested", "alleged"],
  articleSelf: ["this", "it", "a version of this"],
  // "a port clerk who asked not to be named", "who spoke on condition of anonymity", "said … on condition of anonymity".
  // The reason often given with the clause ("… because she was not authorised to speak to the press") is part of it.
  anonymityClauses: ["(?:who|that) (?:asked|requested|declined|did not want|didn't want|wished|preferred) (?:not )?to be (?:named|identified)", "(?:who|that) (?:spoke|was speaking|were speaking|talked) (?:on|under) (?:the )?condition of anonymity", "(?:speaking )?(?:on|under) (?:the )?condition of anonymity"].map((clause) => `${clause}(?: (?:because|as|since) [^,.;:"“”]{1,120})?`),
  citingCues: ["citing"],
  // A call to pass the text on, a greeting or a closing wish: no claim (analyse/claims/noProposition.ts).
  readerAddress: ["(?:please\\s+)?(?:share|forward|spread)\\s+(?:this|it|the\\s+word)(?:\\s+(?:with|to)\\s+(?:everyone|all|your\\s+friends|others))?", "pass\\s+(?:it|this)\\s+on", "(?:i\\s+|we\\s+)?wish\\s+you\\s+(?:all\\s+)?an?\\s+(?:\\p{L}+\\s+){0,2}(?:day|evening|weekend|week|morning|holiday|year)", "have\\s+an?\\s+(?:\\p{L}+\\s+){0,2}(?:day|evening|weekend)", "thank\\s+you(?:\\s+(?:all|very\\s+much|for\\s+(?:reading|listening|sharing)))?", "thanks\\s+for\\s+(?:reading|listening|sharing)", "good\\s+(?:morning|afternoon|evening|night|bye)|goodbye"],
  pronouns: { singular: ["he", "she"], plural: ["they"] },
  auxiliaries: ["must", "will", "would", "can", "could", "should", "may", "might", "shall", "to", "i", "you", "we", "they", "was", "were", "is", "are", "be", "been", "being", "not", "never", "has", "have", "had", "did", "does", "do"],
  passiveAuxiliaries: ["was", "were", "is", "are", "be", "been", "being"],
  nounArticles: ["a", "an", "the"],
  thingRelatives: ["that"],
  conditionals: ["if", "unless", "whether", "suppose", "supposing"],
  // The first two are the generic words a bare "the source" stands for (sources.ts); collective nouns stand for unnamed
  // sources too ("reports say", "according to media reports", "local media reported").
  anonymousHeads: ["source", "sources", "official", "officials", "expert", "experts", "commander", "commanders", "diplomat", "diplomats", "analyst", "analysts", "resident", "residents", "witness", "witnesses", "spokesman", "spokeswoman", "spokesperson", "insider", "insiders", "officer", "officers", "activist", "activists", "observer", "observers", "people close to", "person familiar with", "people familiar with", "aide", "aides", "member", "members", "fighter", "fighters", "informant", "individual", "individuals", "worker", "workers", "employee", "employees", "staff", "soldier", "soldiers", "guard", "guards", "reports", "media", "outlets", "posts", "users"],
  channelPhrases: [`(?:in|at|during|via|through)\\s+(?:(?:a|an|the|his|her|their|its)\\s+)?(?:(?:written|brief|short|joint|official|separate|televised|telephone|phone|radio|video|emailed|e-mailed|later)\\s+)?(?:statements?|interviews?|(?:press|news)\\s+(?:conferences?|briefings?|releases?)|briefings?|communiqu[ée]s?|e-?mails?|messages?|tweets?|posts?|speech|remarks|comments)`],
  determiners: ["a", "an", "one", "two", "three", "four", "five", "several", "some", "many", "other", "numerous", "multiple", "the", "these", "those", "various", "few", "senior"],
  possessives: ["his", "her", "their", "its"],
  roleSuffixes: ["ist", "ician"],
  roleNouns: ["expert", "councillor", "councilor", "journalist", "analyst", "nurse", "gp", "physician", "surgeon", "paramedic", "midwife", "pharmacist", "official", "spokesman", "spokeswoman", "spokesperson", "minister", "professor", "lecturer", "researcher", "commander", "fighter", "author", "co-author", "director", "head", "chief", "founder", "editor", "correspondent", "reporter", "lawyer", "diplomat", "ambassador", "general", "colonel", "brigadier", "lieutenant", "sergeant", "inspector", "superintendent", "constable", "commissioner", "admiral", "officer", "registrar", "president", "secretary", "adviser", "advisor", "scholar", "specialist", "fellow", "mayor", "governor", "senator", "member", "chairman", "chairwoman", "executive", "leader", "activist", "witness", "resident", "doctor", "historian", "economist", "scientist", "engineer", "manager", "representative", "envoy", "consultant", "master", "captain", "pilot", "worker", "farmer", "teacher", "owner", "trader", "broker", "pope", "cardinal", "bishop", "king", "queen", "prince", "princess", "chancellor", "premier", "presenter", "interviewer", "moderator", "anchor"],
  roleVariants: {
    pontiff: ["pope"],
    monarch: ["king", "queen", "emperor", "empress", "sultan", "emir"],
    prelate: ["bishop", "archbishop", "cardinal"],
    cleric: ["imam", "rabbi", "priest", "pastor", "bishop", "archbishop", "cardinal", "pope", "sheikh", "ayatollah", "mufti"],
    lawmaker: ["senator", "congressman", "congresswoman", "representative", "mp"],
    premier: ["prime minister"],
  },
  bareBodies: ["police", "prosecutors", "authorities", "investigators", "regulators"],
  // A ministry is "the department" or "the agency" in the next sentence; "the company" or "the party" name a kind.
  anyBodyNouns: ["agency", "department", "organisation", "organization", "institution"],
  nounDescriptions: [
    { words: ["aligned", "allied", "affiliated", "associated", "linked", "tied", "close", "loyal", "friendly", "hostile", "opposed", "critical", "sympathetic"], prepositions: ["with", "to", "of"] },
    { words: ["owned", "run", "backed", "funded", "controlled", "financed"], prepositions: ["by"] },
  ],
  organisationCues: ["intelligence", "ministry", "government", "army", "police", "military", "council", "forces", "observatory", "office", "department", "committee", "command", "coalition", "pentagon", "kremlin", "white house", "un", "nato", "un security council", "agency", "commission", "institute", "foundation", "organisation", "organization", "authority", "court", "party", "bureau", "service", "services", "administration", "municipality", "prosecutor", "prosecutors", "embassy", "hospital", "university", "union", "association", "company", "corporation", "regulator", "watchdog", "board", "inspectorate", "center", "centre", "bank", "group", "fund", "inc", "ltd", "llc", "plc", "corp", "holdings", "capital", "labs", "laboratory", "school", "college", "society", "trust", "federation", "institution", "academy", "economics", "airlines", "motors", "alliance",
    // The last word of a company's or a club's name that says what it is ("Goldcrest Mining", "Dunmore Rovers FC").
    "mining", "minerals", "steelworks", "industries", "technologies", "systems", "shipping", "railways", "airways", "insurance", "telecom", "pharma", "fc",
    // An audience a speaker addressed ("speaking to the Lakeland Chamber of Commerce", "told the Velmar Rotary Club").
    "chamber", "club"],
  institutions: {
    government: ["government", "governmental", "cabinet", "Executive"],
    ministry: ["ministry", "ministerial"],
    police: ["police", "policeman", "policemen"],
    military: ["military", "army"],
    intelligence: ["intelligence"],
  },
  documentTitles: ["report", "index", "survey", "study", "yearbook", "outlook", "barometer", "census", "audit", "scorecard", "ranking", "rankings"],
  lawTitles: ["act", "law", "constitution", "treaty", "convention", "charter", "statute", "ordinance", "decree", "regulation", "regulations", "directive", "amendment", "code"],
  outletCues: ["news", "times", "post", "daily", "herald", "journal", "gazette", "monitor", "press", "radio", "tv", "television", "channel", "tribune", "telegraph", "express", "courier", "observer", "chronicle", "review", "today", "wire", "agency", "magazine", "weekly", "media"],
  subjectRelatives: ["who", "which"],
  restrictiveRelatives: ["who"],
  studyAuthorLeads: ["study", "survey", "research", "analysis", "paper", "poll", "report"].flatMap((n) => [`${n} by`, `${n} from`]).concat(["researchers at", "researchers from", "researchers of", "scientists at", "scientists from", "experts at", "experts from"]),
  // A connective ("A spokesperson however said", "has since denied") links the sentence to the one before: no part of the speaker.
  beforeVerbWords: ["also", "already", "has", "have", "had", "just", "now", "later", "then", "previously", "earlier", "reportedly", "allegedly", "supposedly", "purportedly", "once", "repeatedly", "publicly", "again", "however", "meanwhile", "though", "nonetheless", "nevertheless", "since",
    // Adverbs of when and how a report went out ("News outlets have recently reported", "Fans widely shared").
    "recently", "widely", "originally", "initially", "first", "subsequently", "separately", "officially", "openly", "privately", "falsely", "wrongly", "mistakenly", "erroneously", "similarly", "likewise", "quickly", "swiftly", "immediately", "briefly",
    // Connectives of several words, as "meanwhile" is one ("… and at the same time clarifies").
    "at the same time", "in turn", "in addition", "in the meantime", "at once"],
  hedgedSpeechLinks: ["is", "was", "are", "were"].flatMap((be) => ["reported", "said", "claimed", "alleged", "believed", "understood", "supposed", "thought", "rumoured", "rumored"].map((heard) => `${be} ${heard} to`)),
  statementIssuedVerbs: STATEMENT_ISSUED,
  statementLeads: ["it reads", "it read", "it says", "it said", "it states", "the statement reads", "the statement read", "the statement says", "the statement said", "the statement added", "the full statement reads", "the text reads"],
  possessiveStatementLeads: ["his", "her", "their"].flatMap((p) => ["statement", "message", "letter", "reply", "response", "remarks", "speech", "post", "tweet"].map((n) => `${p} ${n}`)),
  accordingLeads: ["according to"],
  // "by" and "of" only: "the letter from X" names where it came from as often as who wrote it.
  statementOwnerLeads: ["the", "this", "that"].flatMap((d) => ["", "full ", "complete ", "entire ", "whole "].flatMap((a) => ["statement", "message", "letter", "remarks", "comments"].flatMap((n) => ["by", "of"].map((p) => `${d} ${a}${n} ${p}`)))),
  // "a fake statement from the Port Authority", "a letter purporting to be from the Port Authority" (FORGED_DOCUMENT).
  forgedIssuerLeads: [
    `${FORGED_DOCUMENT}(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:statement|release|letter|notice|memo|memorandum|announcement|circular|document|message|e-?mail|post|tweet|decree|order|advisory|bulletin|communiqué|leaflet|flyer|notification|alert|text|screenshot|account|page|website|video)s?\\s+(?:from|by|of|issued\\s+by|signed\\s+by|attributed\\s+to|in\\s+the\\s+name\\s+of)`,
    "(?:purporting|claiming|pretending)\\s+to\\s+(?:be|come)\\s+from|(?:supposedly|purportedly|allegedly)\\s+from",
  ],
  // "…, Tavia Orrin reports.": a broadcast's hand-over to its own reporter (reporterSignOff.ts).
  signOffVerbs: ["reports", "reporting"],
  // A figure or photo pointed back to at a sentence's start: its next sentence may say who put it out (types.ts).
  rumourNouns: ["fake news", "hoax", "rumour", "rumours", "rumor", "rumors", "false claim", "false claims", "false report", "false reports", "fake report", "fake reports", "misinformation", "lie", "lies", "myth"],
  restatementLeads: ["the", "this", "that"].flatMap((d) => ["figure", "figures", "number", "numbers", "statistic", "statistics", "estimate", "data", "photo", "photograph", "picture", "image", "video", "footage", "post", "claim", "story", "rumour", "rumor"].map((n) => `${d} ${n}`)),
  ownerPrepositions: ["of", "by"],
  prepositions: ["on", "in", "at", "near", "over", "under", "across", "along", "around", "from", "of", "for", "with", "about", "into", "onto", "to", "by", "after", "before", "since", "until", "during", "between", "among", "outside", "inside", "behind", "beyond", "through", "throughout", "toward", "towards", "off", "upon", "via", "against", "amid", "despite", "without", "within"],
  // A participle of citing that opens the sentence ("Citing Harwick University, the mayor said") is no part of the name after it.
  nameStopwords: ["the", "a", "an", "but", "and", "however", "meanwhile", "yesterday", "today", "earlier", "later", "last", "on", "in", "at", "as", "this", "that", "these", "those", "also", "according", "citing", "quoting", "while", "when", "since", "after", "before", "he", "she", "they", "it", "we", "i", "now", "then", "so", "still", "both", "separately", "moreover", "furthermore", "instead", "if", "another", "others", "other", "one", "some", "many", "most", "all", "each", "who", "what", "where", "why", "how", "there", "here", "his", "her", "their", "its", "our", "my", "your",
    // Indefinite pronouns open a sentence with a capital and stand where a speaker's name would ("Someone added …"): nobody's name.
    "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody",
    // The auxiliary of a participle clause ("Having said that, …", "Being told …") opens a sentence where a name would.
    "having", "being",
    // A preposition or conjunction opening a sentence ("Except Morel didn't say that", "Unlike Morel, …") is capitalised
    // for its place and is no first name of the name after it.
    "except", "unlike", "besides", "despite", "although", "though", "because", "unless", "whether"],
  photoCredits: [
    "(?:Photo(?:graph)?s?|Pictures?|Image|Credit|Video|Illustration|Photo\\s+taken)\\s*(?:by)?\\s*:\\s*[^\\n]{0,80}",
    "\\((?:Photo|Picture|Image)\\s+(?:by|credit|:)[^)]{0,80}\\)",
    "©\\s*[^\\n]{0,60}",
    "(?:Photo|Picture|Image)\\s+(?:by|courtesy\\s+of)\\s+[^\\n.]{0,60}",
  ],
  referenceNouns: ["article", "articles", "art", "section", "sections", "sec", "subsection", "paragraph", "paragraphs", "para", "clause", "clauses", "chapter", "resolution", "decree", "directive", "regulation", "amendment"],
  yearNouns: ["year"],
  newCountWords: ["so far", "to date", "by now", "as of now", "now", "rose to", "risen to", "climbed to", "increased to", "jumped to", "grew to"],
  titleCues: ["book", "books", "titled", "entitled", "called", "film", "documentary", "song", "album", "novel", "report", "article", "headline", "op-ed", "column", "essay", "series", "programme", "program", "show", "segment", "episode", "bulletin", "memoir", "poem", "paper", "study"],
  compositionVerbs: ["wrote", "writes", "written", "composed", "penned", "authored"],
  without: ["without"],
  creditLines: [
    "^\\s*(?:—|–|-|~)\\s*(?<name>[^\\n]{2,60}?)\\s*$",
    // "… originally appeared on Vox and is republished here with permission": the name ends before what the page adds.
    "^\\s*(?:This|The)\\s+(?:article|story|piece|report)\\s+(?:was\\s+)?(?:first|originally)\\s+(?:appeared|published|ran)\\s+(?:in|on|by)\\s+(?<name>[^\\n]{2,80}?)(?:,?\\s+(?:and|with|under|as)\\s[^\\n]*)?[.\\s]*$",
    "^\\s*(?<name>(?:THE\\s+)?\\p{Lu}[\\p{Lu} .&'-]{2,40})\\s*$",
    "^\\s*(?:Source|Sources|Via|Courtesy(?:\\s+of)?)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$",
    // "Additional reporting by Reuters", "— with reporting by AP", "(With AFP)": the outlet contributed (types.ts
    // Syndication.contributed); a bare "Reporting by AP" gives the story's own reporting to AP.
    "^\\s*(?:[—–~-]\\s*)?(?:\\(|\\[)?(?:(?<contributed>(?:[Ww]ith\\s+)?[Aa]dditional\\s+[Rr]eporting\\s+(?:by|from)|[Ww]ith\\s+[Rr]eporting\\s+(?:by|from)|With)|[Rr]eporting\\s+(?:by|from))\\s+(?<name>[^\\n)\\]]{2,60}?)(?:\\)|\\])?\\s*$",
    // "This story was translated from French and provided by X", "Distributed by X": the outlet that supplied the text.
    `^\\s*(?:${SUPPLIED_BY})\\s+(?<name>(?:the\\s+)?\\p{Lu}[^.!?,;:\\n]{1,60}?)[.\\s]*$`,
  ],
  madeByLines: ["(?:[Ff]act[- ]?check(?:ing)?|[Ss]tory|[Aa]rticle|[Rr]eport|[Tt]ext|[Ii]nvestigation)\\s+(?:(?:carried\\s+out|done|written|produced|prepared|made)\\s+)?by"],
  newsroomSteps: {
    contact: ["(?:has|have|had)\\s+(?:repeatedly\\s+)?contacted", "reached\\s+out\\s+to", "(?:asked|approached)\\s+(?:by\\s+\\S+\\s+)?for\\s+(?:a\\s+)?comment", "sought\\s+comment", "requests?\\s+for\\s+comment"],
    noAnswer: ["(?:did|has|have|had)\\s+not\\s+(?:yet\\s+)?(?:immediately\\s+)?(?:respond(?:ed)?|repl(?:y|ied)|answer(?:ed)?|return(?:ed)?)", "(?:didn't|hasn't|haven't)\\s+(?:yet\\s+)?(?:respond(?:ed)?|repl(?:y|ied))", "declined\\s+to\\s+comment", "could\\s+not\\s+be\\s+reached", "no\\s+(?:response|reply|answer)"],
    purpose: ["for\\s+(?:a\\s+|further\\s+)?comments?", "sought\\s+comment", "requests?\\s+for\\s+comment"],
  },
};
