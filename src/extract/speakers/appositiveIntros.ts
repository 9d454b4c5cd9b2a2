/** People introduced by a role or as a sentence's subject: candidates for later short names and pronouns, not yet sources. */
import type { Span } from "../../core/spans.ts";
import { allMatches, escapeRegExp } from "../../core/text.ts";
import { isKnownGivenName, termTags } from "../../core/nlp.ts";
import { conjunction } from "../coordination.ts";
import { isPlace } from "../gazetteer.ts";
import { perLanguage } from "../frames/common.ts";
import { datelineLength } from "../dateline.ts";
import { isDefinite } from "../sources.ts";
import { caselessSubjectBefore } from "./caseless.ts";
import { isRoleNoun, leadingRole, prepositionalOpening, roleFromItsArticle, roleOf } from "./lexicon.ts";
import { nameEntry } from "./nameEntry.ts";
import type { SpeakerContext } from "./types.ts";

/** Per language: a sentence's opening run of name characters (with "の" inside) and its first topic particle ("山田太郎社長は"). */
export const openingTopic = perLanguage((frames) => {
  const particles = (frames.speakerEvidence?.topicParticles ?? []).map(escapeRegExp).join("|");
  return new RegExp(particles ? `^[\\p{Script=Han}\\p{Script=Katakana}ー・の]{2,24}?(?:${particles})` : "(?!)", "u");
});

/**
 * Whether a sentence's opening words (`words`, `rest` what follows them) are a person's full name as its subject, without
 * a role: two capitalised words (given name and surname), neither a word that opens sentences, a place nor the first
 * letters of an acronym, and a word in small letters after them (the verb: "John Miller spoke", not "John Miller's" or
 * "John Miller Park"). Where every noun has a capital, only a known given name opening them makes them a name ("Jonas Brenner
 * wohnt hier", never "Viele Menschen glauben"); where English knows either word as a place, an adjective or a plural
 * ("Green Valley lies", "New Rules say"), the words are as likely no one's name.
 */
function bareNameSubject(words: readonly string[], rest: string, ctx: SpeakerContext): boolean {
  const { frames } = ctx.lang;
  if (words.length !== 2 || !/^\s+\p{Ll}/u.test(rest)) return false;
  // Where every noun is capitalised ("Viele Menschen glauben"), only a given name the lexicon knows opens a person's name.
  if (frames.capitalisedNouns && !isKnownGivenName(words[0] as string)) return false;
  // A quantifier or numeral opening the words ("Fjölmargir Hafnfirðingar", many people of Hafnarfjörður) counts people, it names no one.
  if (words.some((w) => !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) || frames.nameStopwords.includes(w.toLowerCase()) || frames.determiners.includes(w.toLowerCase()) || isPlace(w))) return false;
  if (isPlace(words.join(" "))) return false;
  if (frames.language !== "en") return true;
  const terms = termTags(words.join(" "));
  return terms.length === 2 && terms.every((tags) => !tags.some((tag) => tag === "Place" || tag === "Adjective" || tag === "Plural" || tag === "Organization"));
}

/** How many words stand in `text` before offset `at` (an opening adverb and its comma count as one). */
function wordsBefore(text: string, at: number): number {
  return text.slice(0, at).trim().split(/\s+/).filter(Boolean).length;
}

/**
 * An appositive's words up to a speech verb in them, without the auxiliaries and adverbs before it ("the senator for
 * Lake North has revealed …" → "the senator for Lake North"): a writer who leaves out the closing comma runs the role
 * into the sentence's verb, which is no part of it.
 */
function beforeSpeechVerb(words: string, ctx: SpeakerContext): string {
  const at = words.search(ctx.lang.speechVerb);
  return at > 0 ? words.slice(0, at).replace(ctx.lang.beforeVerbWord, "").trimEnd() : words;
}

/**
 * The role that the words before a name end in, with a comma ("As reported by the chairman of X, | Tom Vale"), if any:
 * the name is set off after its role, and the comma after the name closes that appositive, so what follows it ("the
 * mayor has hidden …") is the sentence's clause, never a second role of the name.
 */
function roleSetOffBefore(before: string, ctx: SpeakerContext): string | undefined {
  const clause = /(?:^|[,;:.!?])([^,;:.!?]+),\s*$/u.exec(before)?.[1];
  return clause === undefined ? undefined : roleOf(roleFromItsArticle(clause, ctx), ctx);
}

/** Most words in small letters between an article and the role written onto a name ("Der weißrussische Verkehrsminister"). */
const DESCRIBING_WORDS = 2;

/**
 * The length of an article or a possessive and up to two words in small letters (adjectives) that open a sentence before
 * a capitalised word ("Der weißrussische | Verkehrsminister Andrej Wolkow hat …", "Die erfahrene | Hafenmeisterin Ilse
 * Brandt …"): they describe the role, and the role and name after them open the sentence as its subject. 0 elsewhere.
 */
function describingOpening(text: string, ctx: SpeakerContext): number {
  const { determiners, possessives = [] } = ctx.lang.frames;
  const m = new RegExp(`^(\\p{L}+)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){1,${DESCRIBING_WORDS}}(?=\\p{Lu})`, "u").exec(text);
  const opening = m?.[1]?.toLowerCase() ?? "";
  // A role noun in small letters among them ("la présidente du …") is the subject's head: nothing to step over.
  const describing = m?.[0].slice(m[1]?.length ?? 0).trim().split(/\s+/u) ?? [];
  return m && (determiners.includes(opening) || possessives.includes(opening)) && !describing.some((w) => isRoleNoun(w, ctx)) ? m[0].length : 0;
}

/**
 * The length of a definite article and its space opening a sentence before a capitalised word, in a language whose names
 * take the article (`articleBeforeNames`: "Ο | Πέτρος Λάμπρου μίλησε …"); 0 elsewhere. The article is no part of the name.
 */
function articleOfName(text: string, ctx: SpeakerContext): number {
  if (!ctx.lang.frames.articleBeforeNames) return 0;
  const m = /^(\p{L}+)\s+(?=\p{Lu})/u.exec(text);
  return m?.[1] && isDefinite(m[1], ctx.lang.frames.language) ? m[0].length : 0;
}

/** People introduced with a role ("Sofia Amara, an investigative journalist whose book …"): candidates for later short names and pronouns, not yet sources. */
export function appositiveIntros(sentence: Span, ctx: SpeakerContext): void {
  const text = ctx.masked.slice(sentence.start, sentence.end);
  // A role written onto a full name that opens the sentence ("Minister Anna Berg declined to comment", "Burgemeester Jan
  // Mol reageerde"): the person a following "she said" most likely means.
  // A dateline before it ("OOSTERWOLD - Burgemeester …") is stepped over.
  // The role may have its field before it ("Infrastructure Minister Ann Ray declined to comment"), as in nameEntry.
  const roleOpensRun = (words: readonly string[]): boolean => [0, 1].some((j) => words.length >= j + 3 && leadingRole(words[j] as string, ctx));
  const dateline = datelineLength(text);
  // An article and adjectives before the role ("Der weißrussische Verkehrsminister Andrej Wolkow …") are stepped over
  // only where a role and a name follow them: "La présidente du Parti X" opens on a role in small letters, whose
  // complement the capitalised words are.
  const described = dateline + describingOpening(text.slice(dateline), ctx);
  const describedOpener = described > dateline ? ctx.lang.nameAtStart.exec(text.slice(described))?.[1] : undefined;
  // They are stepped over too before a bare full name that is the subject ("Ο γνωστός ζωγράφος Πέτρος Λάμπρου μίλησε …",
  // the well-known painter P. L. spoke): the words describe the person, whatever their noun.
  const describedWords = describedOpener?.split(/\s+/) ?? [];
  const describesName = describedOpener !== undefined && (roleOpensRun(describedWords) || bareNameSubject(describedWords, text.slice(described + describedOpener.length), ctx));
  const lead = describesName ? described : dateline + articleOfName(text.slice(dateline), ctx);
  const opener = ctx.lang.nameAtStart.exec(text.slice(lead))?.[1];
  // Two people under one role ("Economists Carla Diaz and Omar Haddad") are left to the speakers, who tell them apart.
  const both = new RegExp(`\\s${conjunction(ctx.lang.frames.language)}\\s`, "u");
  const openerWords = opener?.split(/\s+/) ?? [];
  const roleOpens = roleOpensRun(openerWords);
  if (opener && !both.test(opener) && roleOpens) {
    const entry = nameEntry(opener, sentence.start + lead, ctx);
    if (entry?.type === "named") ctx.book.touch(entry);
  } else if (opener && bareNameSubject(openerWords, text.slice(lead + opener.length), ctx)) {
    // "John Miller spoke at a rally on Monday.": a person's full name as the subject, without a role, is who a
    // following "he said" most likely means too.
    const entry = nameEntry(opener, sentence.start + lead, ctx);
    if (entry?.type === "named" && entry.name === opener) ctx.book.touch(entry);
  }
  // "山田太郎社長は12日、会見を開いた。": in a script without capitals whose verbs leave a known subject out
  // (`dropsSubject`), the topic that opens a sentence is who a following "「…」と語った。" means.
  const topic = ctx.lang.frames.dropsSubject && ctx.lang.frames.speakerEvidence ? openingTopic(ctx.lang.frames).exec(text) : null;
  if (topic) {
    const found = caselessSubjectBefore(sentence.start, sentence.start + topic[0].length, ctx);
    if (found && found.entry.type !== "organisation") ctx.book.touch(found.entry);
  }
  // Where a name follows a role ("…, la maire de Lormont, Claire Dumas, …"), the role is that name's (read last below).
  const rolesBeforeNames = new Set<number>();
  for (const m of allMatches(ctx.lang.roleFirst, text)) if (m[2]) rolesBeforeNames.add((m.index ?? 0) + m[0].indexOf(m[1] ?? ""));
  // Compiled once per language (names.ts): building the pattern per sentence cost more than matching it. It needs a
  // comma, so a sentence without one is not searched.
  for (const m of text.includes(",") ? allMatches(ctx.lang.appositive, text) : []) {
    const raw = m[1] ?? "";
    // "In Harbourton, the mayor said": a capitalised run opening on a preposition is where or when, and the description
    // after its comma is the subject's, no name's.
    if (prepositionalOpening(raw, ctx.masked, ctx.lang.frames)) continue;
    // "Auparavant, la maire de Lormont, Claire Dumas, avait félicité …": a role with a name right after it belongs to
    // that name (read above); the word before its comma is an opening adverb, not the person the role describes.
    if (rolesBeforeNames.has((m.index ?? 0) + m[0].indexOf(m[2] ?? "", raw.length))) continue;
    const start = sentence.start + (m.index ?? 0);
    // "As reported by the treasurer of X, Tom Vale, the mayor has hidden …": the role before the name is the name's.
    const before = roleSetOffBefore(text.slice(0, (m.index ?? 0) + m[0].indexOf(raw)), ctx);
    if (before) {
      nameEntry(raw, start + m[0].indexOf(raw), ctx, before);
      continue;
    }
    const described = beforeSpeechVerb(m[2] ?? "", ctx);
    // "Speaking to Tom Brask, the minister said …", "In an interview with Brask, the minister said …": a name after a word
    // in small letters in its clause is the object of a fronted phrase, and a role that runs into the speech verb with no
    // comma closing it is the sentence's subject: someone else, who speaks to the name.
    const clauseBefore = text.slice(0, (m.index ?? 0) + m[0].indexOf(raw)).split(/[,;:.!?]/u).pop() ?? "";
    if (described !== (m[2] ?? "") && /\p{Ll}\s+$/u.test(clauseBefore)) continue;
    const role = roleOf(described, ctx);
    if (!role) continue;
    const entry = nameEntry(raw, start, ctx, role);
    // A person introduced as the subject of the sentence is who a following "she said" most likely means.
    if (entry && wordsBefore(text, m.index ?? 0) <= 1) ctx.book.touch(entry);
  }
  // The role first: "The transport minister, Karl Olsen, resigned" introduces Karl Olsen as the transport minister.
  // Where one word and a comma open the sentence before it ("Earlier, the mayor, Ann Ray, praised him"), the person is
  // still the sentence's subject.
  for (const m of allMatches(ctx.lang.roleFirst, text)) {
    const role = roleOf(roleFromItsArticle(m[1] ?? "", ctx), ctx);
    const raw = m[2] ?? "";
    if (!role || !raw) continue;
    const start = sentence.start + (m.index ?? 0) + m[0].indexOf(raw, (m[1] ?? "").length);
    const entry = nameEntry(raw, start, ctx, role);
    if (entry && wordsBefore(text, m.index ?? 0) <= 1) ctx.book.touch(entry);
  }
}
