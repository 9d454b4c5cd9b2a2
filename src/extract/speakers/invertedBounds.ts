/** Where an inverted subject ("said X") stands after its verb: past whom was told and any anonymity clause, up to an aside. */
import { phraseAlternation } from "../../core/text.ts";
import { honorificsOf, perLanguage } from "../frames/common.ts";
import { channelPhrase, channelPhraseInside } from "../sources.ts";
import { anonymityClauseAt } from "./anonymityClause.ts";
import { declinedOutletLength, interviewerIn, toldArticleOutletLength, toldAfterSpeaker, toldCaseLength, toldCommonNounLength, toldNameLength } from "./toldTo.ts";
import type { SpeakerContext } from "./types.ts";

/** Per language: a sentence cut at an honorific's full stop ("… said Prof. | Anna Berg.", "… alisema Bi. | Zawadi Mshamba."). */
const honorificCut = perLanguage((frames) => new RegExp(`(?:^|\\s)(?:${honorificsOf(frames)})\\.\\s*$`, "u"));

/**
 * Per language: an adverb of those that stand inside a compound speech verb (`verbAdverbs`: "ont ensuite déclaré")
 * standing right after the verb, before an inverted subject ("a ajouté ensuite Vautrin", "dijo entonces Olmedo").
 */
/** Per language: a statement's noun and the word before its owner (`statementOwnerLeads`: "taarifa ya") before a capital. */
const statementOwnerBefore = perLanguage((frames) => (frames.statementOwnerLeads?.length ? new RegExp(`^(?:${phraseAlternation(frames.statementOwnerLeads)})\\s+(?=\\p{Lu})`, "iu") : undefined));

/**
 * Per language: a date with a day's number (the language's `date` phrase, "le 6 janvier", "am 3. Mai") right after the
 * verb, before an inverted subject ("a précisé le 6 janvier Pascal Morel"): when it was said is no part of who said it.
 * Only before a capital, so "a déclaré le ministre" keeps its role noun.
 */
const dateAfterVerb = perLanguage((frames) => new RegExp(`^(?:${frames.date})\\s+(?=\\p{Lu})`, "u"));

const adverbAfterVerb = perLanguage((frames) => (frames.verbAdverbs?.length ? new RegExp(`^(?:${phraseAlternation(frames.verbAdverbs)})\\s+`, "iu") : undefined));

/** A sentence cut at an abbreviated title's full stop ("dijo el Sr. | Villalba"). */
const CUT_TITLE = /(?:^|\s)(?:M|Sr|Sra|Srta|Sig|Dott|Dra)\.\s*$/u;

/** A capitalised word and a short aside in brackets after it (group 1), near the start of an inverted speaker. */
const BRACKETED_AFTER_NAME = /^[^()\n]*?\p{Lu}[\p{L}’'-]*(\s*\([^()\n]{1,40}\))/u;

/** Characters after a speech verb within which the speaker's name and its bracketed aside stand. */
const ASIDE_REACH = 120;

/**
 * Where the subject after an inverted verb stands in `masked[from, to)`: past whom the speaker told (French "à l'AFP",
 * a Russian outlet in guillemets, "powiedział nam") and a clause that the speaker is not to be named; up to a short
 * aside in brackets after the name or such a clause after it. `unnamed` says an anonymity clause was there.
 */
export function invertedSubjectBounds(from: number, to: number, ctx: SpeakerContext): { start: number; to: number; unnamed: boolean } {
  // The sentence may have been cut at a title's full stop ("… said Prof. | Anna Berg."): the name runs on past it.
  const upToCut = ctx.masked.slice(from, to);
  if (honorificCut(ctx.lang.frames).test(upToCut) || CUT_TITLE.test(upToCut)) to += /^[^.!?\n]*/u.exec(ctx.masked.slice(to))?.[0].length ?? 0;
  let lead = ctx.masked.slice(from, to).length - ctx.masked.slice(from, to).trimStart().length;
  // "dijo entonces Olmedo": the adverb is the verb's, the speaker stands after it.
  lead += adverbAfterVerb(ctx.lang.frames)?.exec(ctx.masked.slice(from + lead, to))?.[0].length ?? 0;
  const date = dateAfterVerb(ctx.lang.frames).exec(ctx.masked.slice(from + lead, to))?.[0];
  if (date && /\p{N}/u.test(date)) lead += date.length;
  // "imesema taarifa ya Kimaro" (said the statement of Kimaro): the statement's noun stands before its owner, who speaks.
  lead += statementOwnerBefore(ctx.lang.frames)?.exec(ctx.masked.slice(from + lead, to))?.[0].length ?? 0;
  // French puts the interviewer before an inverted subject: "a déclaré à l'AFP Claire Dubois", "a déclaré au journal le
  // colonel Salem al-Hammadi" (an outlet noun standing for the outlet).
  const interviewer = interviewerIn(ctx.lang.frames).exec(ctx.masked.slice(from + lead, to));
  if (interviewer) lead += toldNameLength(ctx.masked.slice(from + lead, to), interviewer[0].length, ctx);
  // Russian and Ukrainian name the outlet told in guillemets, in the dative, before the speaker ("сообщил «Северному
  // вестнику» источник в министерстве"): the name in guillemets is whom the speaker told, never part of the speaker.
  else lead += /^«[^«»\n]{1,60}»\s+(?=\p{Ll})/u.exec(ctx.masked.slice(from + lead, to))?.[0].length ?? 0;
  // "vahvistaa Korvan Uutisille syyttäjä Heikki Lehtola": whom was told, in the allative, is never the speaker.
  lead += toldCaseLength(ctx.masked.slice(from + lead, to), ctx);
  // "řekl Právu starosta Petr Novák": a registered outlet declined out of the nominative is whom was told.
  lead += declinedOutletLength(ctx.masked.slice(from + lead, to), ctx);
  // "sagte dem Spiegel Anna Berg": an article of whom was told and a registered outlet before the speaker.
  lead += toldArticleOutletLength(ctx.masked.slice(from + lead, to), ctx);
  // "disse aos moradores do bairro", "dijo a los vecinos un portavoz": whom was told, in small letters, is never the speaker.
  lead += toldCommonNounLength(ctx.masked.slice(from + lead, to), ctx);
  // "ha scritto su X il consigliere": where the words were posted stands before the speaker.
  lead += ctx.lang.mediumPhrase.exec(ctx.masked.slice(from + lead, to))?.[0].length ?? 0;
  // "a indiqué dans un communiqué un porte-parole": how the words were given may stand there too.
  const givenThrough = channelPhrase(ctx.lang.frames).exec(ctx.masked.slice(from + lead, to))?.[0];
  if (givenThrough) lead += givenThrough.length + (/^\s*/u.exec(ctx.masked.slice(from + lead + givenThrough.length, to))?.[0].length ?? 0);
  // "powiedział nam urzędnik": the pronoun of whom the speaker told stands before the speaker.
  const told = ctx.lang.toldPronoun.exec(ctx.masked.slice(from + lead, to))?.[0].length ?? 0;
  lead += told;
  // After a noun of whom was told, a name in guillemets is that outlet's, whatever follows it ("заявил изданию
  // «Коммерсантъ» Игорь Лапин"): the speaker is after it.
  if (told > 0) lead += /^«[^«»\n]{1,60}»\s+(?=\p{L})/u.exec(ctx.masked.slice(from + lead, to))?.[0].length ?? 0;
  // A clause that says the speaker is not to be named, before the speaker ("a déclaré sous couvert d'anonymat un
  // responsable") or after it ("said a port clerk who asked not to be named"): no part of the speaker, and the words
  // before it, whatever their noun, an anonymous source.
  const opening = anonymityClauseAt(ctx.masked.slice(from + lead, to), ctx, "start");
  if (opening) lead += opening.text.length;
  const start = from + lead;
  // "dijo un portavoz del ministerio a Radio Velmar", "sagte ein Sprecher des Ministeriums der Zeitung X": whom the
  // speaker told, after the speaker, ends the speaker's words.
  const toldAt = toldAfterSpeaker(ctx.masked.slice(start, to), ctx);
  if (toldAt !== undefined) to = start + toldAt;
  // "skrev presidenten i en Twitter-melding", "said a spokeswoman in a statement": how the words were given, after the
  // speaker, ends the speaker's words too.
  const channel = channelPhraseInside(ctx.lang.frames).exec(ctx.masked.slice(start, to));
  if (channel) to = start + channel.index;
  // A short aside in brackets right after the speaker's name ("sagte die Abgeordnete Eva Roth (Grüne)", "said Jan Mol
  // (VVD) on Monday"): the name ends before it, as if the clause did.
  const aside = BRACKETED_AFTER_NAME.exec(ctx.masked.slice(start, Math.min(to, start + ASIDE_REACH)));
  if (aside?.[1]) to = start + aside.index + aside[0].length - aside[1].length;
  const closing = anonymityClauseAt(ctx.masked.slice(start, to), ctx, "inside");
  if (closing) to = start + (closing.index ?? 0);
  // "قال الوزير مخاطبا السفير": whom the speaker addressed follows the speaker and is never part of it.
  const marker = ctx.lang.addresseeMarker;
  marker.lastIndex = 0;
  const addressee = marker.exec(ctx.masked.slice(start, to));
  if (addressee) to = start + ctx.masked.slice(start, start + addressee.index).trimEnd().length;
  return { start, to, unnamed: Boolean(opening || closing) };
}
