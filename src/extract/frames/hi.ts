/**
 * Hindi reading data: «X के अनुसार», «X ने बताया», «X को बताया», «X के हवाले से», «X में प्रकाशित»; «सूत्र ने», «सूत्रों के
 * अनुसार». Devanagari has no capitals, so a name is what the frame bounds (never a postposition or a function word) and
 * needs outside evidence: the registry, a case outlet, or a publication noun before it.
 */
import { SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** One Devanagari word (its vowel signs are marks, not letters). */
const DEV = "(?=\\p{L})\\p{Script=Devanagari}[\\p{Script=Devanagari}\\p{M}\\u200d]*";
/** Speech verbs: said, told, say (m., f.), to say, said (spoke, m. pl./hon. and f.), spoke (m.), added, claimed. */
const SPEECH_VERBS = ["कहा", "बताया", "कहते", "कहती", "कहना", "बोले", "बोली", "बोला", "जोड़ा", "दावा किया"];
/**
 * Postpositions and function words that are never part of a name ("ने", "को", "के", "एक", "यह"), and the speech verbs'
 * words: with no capitals to end it, a name before "बोले" (said) would run on over the verb ("रमेश वर्मा बोले").
 */
const STOP = [...SPEECH_VERBS.flatMap((v) => v.split(" ").filter((w) => w !== "किया")), "ने", "को", "के", "की", "का", "में", "से", "पर", "तक", "और", "या", "एक", "यह", "वह", "इस", "उस", "ये", "वे", "है", "हैं", "था", "थी", "थे", "भी", "ही", "तो", "कि", "जो", "नहीं", "अनुसार", "मुताबिक", "मुताबिक़", "हवाले", "सूत्र", "सूत्रों", "अधिकारी", "अधिकारियों", "मीडिया", "रिपोर्ट", "ख़बर", "खबर"];
/**
 * When (today, yesterday/tomorrow, then, now, later, before, morning, evening, night), all and people: a subject left
 * out leaves them before the verb ("कल शाम बोले कि", yesterday evening (he) said that), and no person's name holds them.
 * An outlet's may ("सुबह समाचार", Morning News; "आज" opens a channel's name): they stop a person's name only.
 */
const NOT_IN_PERSON_NAMES = ["आज", "कल", "फिर", "तब", "अब", "बाद", "पहले", "सुबह", "शाम", "रात", "दोपहर", "सभी", "सब", "लोग", "लोगों"];
const NOT_STOP = `(?!(?:${STOP.join("|")})(?![\\p{L}\\p{M}]))`;
/** A Latin-script name in a Hindi text ("Reuters", "The Hindu"). */
const LATIN = "\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,4}";
/** Publication nouns before a name ("हिंदी दैनिक X", "समाचार एजेंसी X"), kept as `cue`. */
const CUE = `(?:(?<cue>अख़बार|अखबार|समाचार\\s+पत्र|समाचार\\s+एजेंसी|न्यूज़\\s+एजेंसी|एजेंसी|दैनिक|पत्रिका|चैनल|वेबसाइट|पोर्टल)\\s+)`;
const B = "(?<![\\p{L}\\p{M}])";

export const hi: LanguageFrames = {
  language: "hi",
  name: `(?:${LATIN}|${NOT_STOP}${DEV}(?:\\s+${NOT_STOP}${DEV}){0,3})`,
  date: `(?<date>\\d{1,2}\\s+${DEV}(?:\\s+\\d{4})?)\\s+को`,
  descriptor: `(?:इस|उस)\\s+(?:अख़बार|अखबार|एजेंसी|चैनल|पत्रिका)`,
  end: `(?=[\\s,।.;:!?)»”"’]|$)`,
  frames: [
    { id: "hi.ke_anusar", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?{SRC}\\s+(?:की\\s+(?:एक\\s+)?(?:रिपोर्ट|ख़बर|खबर)\\s+)?के\\s+(?:अनुसार|मुताबिक़?)(?![\\p{L}\\p{M}])`, example: "दैनिक सुबह समाचार के अनुसार बंदरगाह बंद है।", expect: "सुबह समाचार" },
    { id: "hi.ne_bataya", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?{SRC}\\s+ने\\s+(?:[^।.!?\\n]{0,80}?\\s)?(?:बताया|रिपोर्ट\\s+(?:दी|किया)|ख़बर\\s+दी|खबर\\s+दी|प्रकाशित\\s+किया|लिखा|दावा\\s+किया)(?![\\p{L}\\p{M}])`, example: "अख़बार सुबह समाचार ने बताया कि बंदरगाह बंद है।", expect: "सुबह समाचार" },
    { id: "hi.ko_bataya", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?{SRC}\\s+को\\s+(?:[^।.!?\\n]{0,40}?\\s)?(?:बताया|जानकारी\\s+दी|दिए\\s+(?:एक\\s+)?(?:इंटरव्यू|साक्षात्कार))(?![\\p{L}\\p{M}])`, example: "एक अधिकारी ने अख़बार सुबह समाचार को यह जानकारी दी।", expect: "सुबह समाचार" },
    { id: "hi.hawale", frame: "citing", allowUnknown: false, needsEvidence: true, pattern: `${B}${CUE}?{SRC}\\s+के\\s+हवाले\\s+से(?![\\p{L}\\p{M}])`, example: "एजेंसी ने Reuters के हवाले से बताया।", expect: "Reuters" },
    { id: "hi.prakashit", frame: "reported_by", allowUnknown: true, publication: true, needsEvidence: true, pattern: `${B}${CUE}?{SRC}\\s+में\\s+(?:प्रकाशित|छपी|छपे|छपा)(?![\\p{L}\\p{M}])`, example: "पत्रिका सुबह समाचार में प्रकाशित लेख झूठा था।", expect: "सुबह समाचार" },
  ],
  speechVerbs: SPEECH_VERBS,
  pronouns: { singular: ["उन्होंने", "उसने"], plural: ["उन्होंने"] },
  anonymousHeads: ["सूत्र", "सूत्रों", "अधिकारी", "अधिकारियों", "विशेषज्ञ", "विशेषज्ञों", "प्रवक्ता", "गवाह", "चश्मदीद", "चश्मदीदों"],
  // After a source noun: its subject marker before a verb of telling, or "according to" ("सूत्र ने बताया", "सूत्रों के अनुसार").
  anonymousAccording: "\\s+(?:ने\\s+(?:[^।.!?\\n]{0,60}?\\s)?(?:बताया|कहा|जानकारी\\s+दी|दावा\\s+किया)|के\\s+(?:अनुसार|मुताबिक़?))(?![\\p{L}\\p{M}])",
  determiners: ["एक", "कुछ", "कई", "दो", "तीन"],
  agentParticle: "ने",
  complementisers: ["कि"],
  // Honorifics before a name ("श्री रमेश", "श्रीमती"), read as "Mr", "Mrs": never part of it.
  abbreviatedTitles: ["श्री", "श्रीमती", "सुश्री"],
  roleNouns: ["जिलाधिकारी", "विशेषज्ञ", "पत्रकार", "मंत्री", "प्रवक्ता", "प्रोफेसर", "प्रोफ़ेसर", "निदेशक", "अध्यक्ष", "डॉक्टर", "डॉ", "वैज्ञानिक", "अधिकारी", "सांसद", "विधायक", "राज्यपाल", "मुख्यमंत्री", "प्रधानमंत्री", "राष्ट्रपति", "नेता", "उम्मीदवार", "कार्यकर्ता", "महासचिव", "सचिव", "पार्षद"],
  organisationCues: ["मंत्रालय", "सरकार", "पुलिस", "सेना", "विश्वविद्यालय", "संस्थान", "आयोग", "परिषद", "न्यायालय", "अदालत", "विभाग", "बैंक", "कंपनी", "पार्टी"],
  outletCues: ["अख़बार", "अखबार", "समाचार", "न्यूज़", "टाइम्स", "दैनिक", "पत्रिका", "चैनल", "एजेंसी"],
  genericSources: ["मीडिया", "मीडिया रिपोर्ट्स", "रिपोर्ट्स", "स्थानीय मीडिया", "सूत्रों", "सूत्र", "सोशल मीडिया"],
  nameStopwords: [...STOP, ...NOT_IN_PERSON_NAMES],
  photoCredits: ["(?:फोटो|फ़ोटो|तस्वीर|चित्र)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["किताब", "पुस्तक", "फिल्म", "फ़िल्म", "लेख", "रिपोर्ट", "शीर्षक"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:स्रोत|साभार)\\s*:?\\s+(?<name>[^\\n]{2,60}?)\\s*$"],
};
