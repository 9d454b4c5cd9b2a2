/**
 * Reported speech: words an article prints without quotation marks as its report of what someone said ("Die Fähre
 * sei geschlossen, sagte Varga", "She said that the bridge was safe"). A report gives the words in the reporter's
 * grammar (another mood, another person, another tense), so words changed there are not a quotation altered.
 */
import type { TextSpan } from "../core/spans.ts";
import { escapeRegExp, phraseAlternation } from "../core/text.ts";
import { perLanguage } from "./frames/common.ts";
import type { LanguageFrames } from "./frames/types.ts";
import { framesFor } from "./frames/index.ts";
import { speechVerbSource } from "./names.ts";
import { sentenceAt } from "./sentences.ts";

/**
 * Verb forms that mark a clause as someone's reported words, per language, lower case: the German Konjunktiv I, in its
 * forms that differ from the indicative ("sei" for "ist", "könne" for "kann"), which German news writes for every
 * sentence of a statement it reports without marks ("Varga sagte, … die Fähre bleibe geschlossen").
 */
export const REPORTED_MOOD: Readonly<Record<string, readonly string[]>> = {
  de: ["sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "gebe", "wisse", "liege", "stehe", "gehe", "komme", "bleibe", "brauche"],
};

/**
 * Impersonal and passive forms of speech verbs, per language, lower case: words given as said without saying by whom
 * ("«…», υπογραμμίζεται", "„…” – podkreślono", "«…», говорится в заявлении"). Beside a quotation they credit it to a
 * speaker the sentence leaves unnamed (most often the body the paragraph before named), not to no one. Languages whose
 * impersonal form holds the active verb ("si precisa", "se señala", "afirma-se", "précise-t-on", "se precizează") need
 * none: their speech verbs already match it.
 * A text's own "reads" (`textVerbs`: "the sign reads", "si legge") is no such form: a sign's or a poster's words have no speaker.
 */
export const IMPERSONAL_SPEECH: Readonly<Record<string, readonly string[]>> = {
  el: ["υπογραμμίζεται", "τονίζεται", "σημειώνεται", "αναφέρεται", "επισημαίνεται", "διευκρινίζεται", "προστίθεται", "δηλώνεται"],
  pl: ["podkreślono", "zaznaczono", "stwierdzono", "dodano", "poinformowano", "przekazano"],
  cs: ["uvádí se", "zdůrazňuje se", "dodává se"],
  ru: ["говорится", "сообщается", "отмечается", "подчеркивается", "подчёркивается", "уточняется", "утверждается", "заявляется"],
  uk: ["йдеться", "повідомляється", "зазначається", "наголошується", "підкреслюється"],
  tr: ["denildi", "denilerek", "belirtildi", "ifade edildi", "vurgulandı", "kaydedildi"],
};

/**
 * Leads of a reported clause that the speech-verb frames lack, per language, lower case (a space matches any white
 * space). `verbs` introduce what someone draws attention to ("points out", "semnalează") and take the language's
 * complementisers or `openers` ("faptul că": "semnalează faptul că …"); `contentLeads` open the content of a report or
 * a rumour named by a noun ("a report claiming that …", "o știre potrivit căreia …"). Read only by the reported-speech
 * check: as speech verbs of the frames they would make a speaker of every subject before them.
 */
export const REPORTING_LEADS: Readonly<Record<string, { verbs: readonly string[]; openers: readonly string[]; contentLeads: readonly string[] }>> = {
  en: {
    verbs: ["points out", "pointed out", "point out", "pointing out", "signals", "signalled", "signaled", "emphasises", "emphasised", "emphasizes", "emphasized", "underlines", "underlined", "reminds", "reminded"],
    openers: ["the fact that"],
    contentLeads: ["claiming that", "saying that", "alleging that", "stating that", "according to which"],
  },
  ro: {
    verbs: ["semnalează", "a semnalat", "au semnalat", "atrage atenția", "atrage atenţia", "atrag atenția", "atrag atenţia", "a atras atenția", "a atras atenţia", "au atras atenția", "au atras atenţia", "reamintește", "reaminteşte", "a reamintit"],
    openers: ["faptul că", "asupra faptului că"],
    contentLeads: ["potrivit căreia", "potrivit cărora", "conform căreia", "conform cărora", "care susține că", "care susţine că"],
  },
};

/** A reporting lead of REPORTING_LEADS with the frames' speech verbs and complementisers, or undefined for a language without leads. */
const reportingLeadPattern = perLanguage((frames) => {
  const leads = REPORTING_LEADS[frames.language];
  if (!leads) return undefined;
  const openers = [...(frames.complementisers ?? []), ...leads.openers];
  const verbs = `(?:${speechVerbSource(frames)}|${phraseAlternation(leads.verbs)})`;
  const verbLead = openers.length > 0 ? [`${verbs}\\s*,?\\s*${phraseAlternation(openers)}`] : [];
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...verbLead, phraseAlternation(leads.contentLeads)].join("|")})(?![\\p{L}\\p{N}])`, "giu");
});

/**
 * Whether a reporting lead of the language stands in the sentence (from `from`) before the words at `span` or opens
 * them: the aligned words may begin with the lead itself where the quotation has the same words ("potrivit căreia …").
 */
function reportingLeadOpens(frames: LanguageFrames, body: string, from: number, span: { start: number; end: number }): boolean {
  const lead = reportingLeadPattern(frames);
  if (!lead) return false;
  for (const m of body.slice(from, span.end).matchAll(lead)) if (from + m.index <= span.start) return true;
  return false;
}

/** Words that may stand between a reported clause and the speech verb that credits it (", the mayor of Kellbach said"). */
const CREDIT_WORDS = 5;

/** ", so Wendt", ", sagte er", ", the mayor said": a credit right after the words, in their sentence. */
const creditAfterPattern = perLanguage(
  (frames) => new RegExp(`^[\\s\\p{P}]*?[,–—]\\s*(?:[\\p{L}\\p{N}'’.-]+\\s+){0,${CREDIT_WORDS}}?(?:${speechVerbSource(frames)})(?![\\p{L}\\p{N}])`, "u"),
);

/** "sagte, dass", "said that", "a déclaré que", "said": a speech verb and its reported clause's opener right before the words. */
const clauseBeforePattern = perLanguage((frames) => {
  const openers = (frames.complementisers ?? []).map(escapeRegExp);
  const opener = openers.length > 0 ? `(?:\\s*,?\\s*(?:${openers.join("|")}))?` : "";
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${speechVerbSource(frames)})${opener}\\s*[,:]?\\s*$`, "iu");
});

/**
 * "indique que", "said that", "sagte, dass": a speech verb and the complementiser that opens its reported clause, anywhere
 * before the words in their sentence. Words after it in the sentence are that clause told in the writer's grammar
 * ("The council says that the mayor, back from a summit, rests at home but follows events in the city"), however many
 * words of it come first. Only languages whose frames name their complementisers have it.
 */
const reportedClausePattern = perLanguage((frames) => {
  // A whole word ("que", "that"), or one elided onto the next ("qu'il").
  const openers = (frames.complementisers ?? []).map((c) => escapeRegExp(c) + (/[\p{L}\p{N}]$/u.test(c) ? "(?![\\p{L}\\p{N}])" : ""));
  return openers.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${speechVerbSource(frames)})\\s*,?\\s*(?:${openers.join("|")})`, "iu") : undefined;
});

/**
 * Whether the words at `span` of a body, printed without quotation marks, stand in reported speech: their sentence
 * holds a reported-mood form the quotation's words (`quotedWords`, lower case) lack, or a speech verb introduces them
 * ("said that …", also with words of the clause between: "indique que le président, …, reste …") or credits them right
 * after (", so Wendt"). `quotedWords` may be given as the function that builds it: it is then called only where the
 * sentence holds a mood form, which most languages (no REPORTED_MOOD list) and most sentences never do.
 */
export function inReportedSpeech(body: string, sentences: readonly TextSpan[], span: { start: number; end: number }, quotedWords: ReadonlySet<string> | (() => ReadonlySet<string>), language: string | undefined): boolean {
  const lang = language ?? "en";
  const sentence = sentenceAt(sentences, span.start);
  const from = sentence && sentence.end >= span.start ? sentence.start : span.start;
  const to = Math.max(span.end, sentence && sentence.end >= span.end ? sentence.end : span.end);
  const mood = REPORTED_MOOD[lang];
  if (mood) {
    const words = body.slice(from, to).toLowerCase().match(/[\p{L}]+/gu) ?? [];
    const moodWords = words.filter((w) => mood.includes(w));
    if (moodWords.length > 0) {
      const quoted = typeof quotedWords === "function" ? quotedWords() : quotedWords;
      if (moodWords.some((w) => !quoted.has(w))) return true;
    }
  }
  const frames = framesFor(lang);
  const before = body.slice(from, span.start);
  if (clauseBeforePattern(frames).test(before) || reportedClausePattern(frames)?.test(before) === true || reportingLeadOpens(frames, body, from, span)) return true;
  return creditAfterPattern(frames).test(body.slice(span.end, Math.max(to, span.end)));
}

/** '," wrote the harbour master', '", disse o autarca': a speech verb within CREDIT_WORDS words after a quotation's closing mark. */
const verbAfterPattern = perLanguage(
  (frames) => new RegExp(`^[\\s\\p{P}]*(?:[\\p{L}\\p{N}'’.-]+\\s+){0,${CREDIT_WORDS}}?(?:${speechVerbSource(frames)})(?![\\p{L}\\p{N}])`, "iu"),
);

/** A speech verb of the language, or one of its impersonal forms (IMPERSONAL_SPEECH), anywhere in a stretch of text. */
const creditVerbPattern = perLanguage((frames) => {
  const impersonal = IMPERSONAL_SPEECH[frames.language] ?? [];
  const alternatives = impersonal.length > 0 ? `${speechVerbSource(frames)}|${phraseAlternation(impersonal)}` : speechVerbSource(frames);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "iu");
});

/** A speech verb anywhere in a stretch of text ("the statement says the following"). */
const speechVerbPattern = perLanguage((frames) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${speechVerbSource(frames)})(?![\\p{L}\\p{N}])`, "iu"));

/**
 * Whether a speech verb in its sentence credits the quotation at `span` (its marks included) to someone: right after it
 * ('"…," wrote the veteran harbour master', '"…", disse o autarca') or right before it ("the mayor wrote: “…”"), or
 * elsewhere in the sentence ('"…," the harbour master, who has run the port for years, told the council'; "The minutes say
 * the mayor wants “…”"), as may an impersonal form (IMPERSONAL_SPEECH: "«…», υπογραμμίζεται"); or a
 * sentence ending on a colon right before the quotation's own sentence holds one ("The statement says the following:"
 * and the words in a paragraph of their own). Such a printing credits a speaker even where the reading could not tell whom.
 */
export function creditedBySpeechVerb(body: string, sentences: readonly TextSpan[], span: { start: number; end: number }, language: string | undefined): boolean {
  const frames = framesFor(language);
  const sentence = sentenceAt(sentences, span.start);
  const from = sentence && sentence.end >= span.start ? sentence.start : span.start;
  const last = sentenceAt(sentences, Math.max(span.start, span.end - 1));
  const to = last && last.end > span.end ? last.end : span.end;
  if (clauseBeforePattern(frames).test(body.slice(from, span.start))) return true;
  if (verbAfterPattern(frames).test(body.slice(span.end, to))) return true;
  // A speech verb or an impersonal form elsewhere in the quotation's sentence credits it too, where the reading could not
  // tell whom: '"…," the harbour master, who has run the port for years, told the council'; 'The minutes say the mayor
  // wants “…”'; «…», υπογραμμίζεται.
  const verb = creditVerbPattern(frames);
  if (verb.test(body.slice(from, span.start)) || verb.test(body.slice(span.end, to))) return true;
  // The words of their sentence before the quotation end on a colon ("the statement says the following: “…”"), or there
  // are none and the sentence before ends on one.
  const ownIntro = body.slice(from, span.start).trimEnd();
  if (ownIntro.endsWith(":")) return speechVerbPattern(frames).test(ownIntro);
  const intro = body.slice(0, from).trimEnd();
  if (ownIntro !== "" || !intro.endsWith(":")) return false;
  const introSentence = sentenceAt(sentences, intro.length - 1);
  return speechVerbPattern(frames).test(intro.slice(introSentence ? introSentence.start : intro.lastIndexOf("\n") + 1));
}
