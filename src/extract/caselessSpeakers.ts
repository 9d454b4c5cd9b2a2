/**
 * The speaker before a speech verb in a script without capitals (Chinese, Korean). Nothing in the letters tells a name
 * from a verb phrase there ("港口据说", "…이라고 밝혔다"), so the words before the verb are a speaker only with lexical
 * evidence: a pronoun, a source noun ("网友", "관계자"), a role noun with or without a name, or a person-name shape (a
 * common family name and one or two given syllables). Anything else is nobody: saying less beats a verb read as a name.
 */
import { escapeRegExp } from "../core/text.ts";
import type { LanguageFrames, SpeakerEvidence } from "./frames/types.ts";

/** What the words before a speech verb show, with offsets into the text. */
export type CaselessSubject =
  | { kind: "pronoun"; start: number; end: number; word: string }
  | { kind: "anonymous"; start: number; end: number; head: string }
  | { kind: "named"; start: number; end: number; name: string; role?: string }
  | { kind: "organisation"; start: number; end: number; name: string }
  /** A family name and a title ("金委員長", "박 위원장", "習主席"): a known person by office, never an unnamed source. */
  | { kind: "titled"; start: number; end: number; surname: string; role: string };

/**
 * One Han character that opens a role without naming anyone ("副委員長", "前首相", "同主席", "总编"): before a title it is
 * part of the office, not a family name.
 */
const HAN_ROLE_PREFIXES = new Set([..."副元前現现新同各総总旧舊故次両两全当當本該该原代首正名老大小党國国省市県县州府軍军"]);

/** True when `prefix` is one Han character that may be a family name before a title: not a role prefix or a body's word. */
function hanFamilyNameBeforeTitle(prefix: string): boolean {
  return /^\p{Script=Han}$/u.test(prefix) && !HAN_ROLE_PREFIXES.has(prefix);
}

/** Words a Chinese subject may carry before it that are not part of it ("而他说", "但网友认为"). */
const ZH_CONJUNCTIONS = ["但是", "并且", "于是", "因此", "所以", "不过", "而", "但", "并", "另外", "此外"];
/** Most Han characters a manner verb or adverb may put between a source noun and the verb ("网友笑着说", "网友十分生气地说"). */
const ZH_GAP = 4;
/** Most Han characters of a transliterated name's first part ("伊尔泽" in "伊尔泽·布兰特"): a longer run holds other words too. */
const FOREIGN_NAME_PART = 4;
/** Most words a Korean topic may stand before its verb (the quotation between is blanked to spaces). */
const KO_WORDS = 12;
/**
 * A Korean verb's plain ending 다 quoted by 라는 / 라고 / 라며 ("요금이 오를 법도 하다라는 의견", the view that fares may well rise):
 * a clause that ends there, never a topic, though "하다라는" reads as a family name, two syllables and the topic's 는.
 */
const KO_QUOTED_VERB = /다라(?:는|고|며)$/u;
/** Most words of a role's body or portfolio between a Korean name and its role noun ("하늘신문", "경제·산업 담당"). */
const ROLE_PHRASE_WORDS = 2;

/** The longest entry of `list` that `text` ends with. */
function endsWithAny(text: string, list: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of list) if (w && text.endsWith(w) && (!best || w.length > best.length)) best = w;
  return best;
}

/** True when `text` is a family name followed by the allowed number of given syllables, and no body's name ("白宫" ends in an organisation word, "신문의" in a particle). */
function isPersonName(text: string, frames: LanguageFrames, ev: SpeakerEvidence): boolean {
  const [min, max] = ev.givenSyllables;
  if (endsWithAny(text, frames.organisationCues) || endsWithAny(text, frames.particles ?? [])) return false;
  return ev.surnames.some((s) => text.startsWith(s) && text.length - s.length >= min && text.length - s.length <= max);
}

/** Time words a Chinese speaker may have written after the name, before the verb ("李明今天表示"): never part of a name. */
const ZH_TIME = /今天|昨天|今日|昨日|当天|日前|此前|上午|下午|晚间|周[一二三四五六日]/u;

/**
 * A Japanese name written in Han after a role noun ("发言人田村惠子", a family name of two characters and a given name of
 * two): three or four characters opening on a family name the list knows, no time word among them. Only after a role,
 * which says a person follows.
 */
function foreignNameAfterRole(rest: string, ev: SpeakerEvidence): boolean {
  return rest.length >= 3 && rest.length <= 4 && /^\p{Script=Han}+$/u.test(rest) && !ZH_TIME.test(rest) && ev.surnames.some((s) => rest.startsWith(s));
}

/** Where something was said, between a source noun and its verb ("网友在微博上留言说"): 在, a short place, and 上, 中 or 里. */
const ZH_WHERE = /在\p{Script=Han}{1,8}?[上中里]/gu;
/**
 * What opens a noun phrase before a source noun: the modifier mark 的 ("不愿透露姓名的业内人士") or a number and a measure
 * word ("一位"); the few characters between it and the noun are the noun's own ("业内"), and the source is named with them.
 */
const ZH_PHRASE_OPENING = /(?:的|[一两几数多][位名个])(\p{Script=Han}{1,3})$/u;

/**
 * A verb of quoting and whose words it gives, ending right before the speech verb ("人民网引述文化编辑王明的话说:",
 * "援引一名官员的话称"): group `who` is the one quoted, who speaks the quotation; the subject before the verb of quoting
 * only passes the words on.
 */
const ZH_QUOTING_WORDS = /(?:援引|引述|引用|转引)(?<who>[^，。、,.:：;；!?！？"“”「」《》()（）]{1,40}?)的话$/u;
/** A name in Latin letters, one to four capitalised words ("Hannah Bellows"), as a Chinese text writes a foreign person's. */
const LATIN_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * Who is quoted in ZH_QUOTING_WORDS, at `start`: a role noun and the name after it (a Chinese name shape, a transliterated
 * or Latin-lettered foreign name), a name alone, or a role or source noun alone (an unnamed source). Anything else, such
 * as an outlet whose report is quoted (a citation the frames read), is nobody.
 */
function quotedInChinese(who: string, start: number, frames: LanguageFrames, ev: SpeakerEvidence): CaselessSubject | undefined {
  const foreign = (name: string): boolean => LATIN_NAME.test(name) || (/^\p{Script=Han}+(?:·\p{Script=Han}+)+$/u.test(name) && (name.split("·")[0] as string).length <= FOREIGN_NAME_PART);
  const person = (name: string): boolean => isPersonName(name, frames, ev) || foreign(name);
  const end = start + who.length;
  const roles = frames.roleNouns.filter((r) => who.includes(r)).sort((a, b) => b.length - a.length);
  for (const role of roles) {
    const at = who.lastIndexOf(role);
    const rest = who.slice(at + role.length).trim();
    if (rest && (person(rest) || foreignNameAfterRole(rest, ev))) return { kind: "named", start: end - rest.length, end, name: rest, role: who.slice(0, at + role.length) };
  }
  if (person(who)) return { kind: "named", start, end, name: who };
  const head = endsWithAny(who, [...frames.anonymousHeads, ...frames.roleNouns]);
  if (head) {
    const own = ZH_PHRASE_OPENING.exec(who.slice(0, who.length - head.length))?.[1]?.length ?? 0;
    return { kind: "anonymous", start: end - head.length - own, end, head };
  }
  return undefined;
}

/** Chinese: the subject is the run of Han characters that ends right before the verb, once adverbs are stepped over. */
function chineseSubject(text: string, offset: number, frames: LanguageFrames, ev: SpeakerEvidence): CaselessSubject | undefined {
  const quoting = ZH_QUOTING_WORDS.exec(text);
  const who = quoting?.groups?.who;
  if (quoting && who) return quotedInChinese(who, offset + quoting.index + quoting[0].length - "的话".length - who.length, frames, ev);
  // The subject never runs over punctuation, a quotation (blanked to spaces) or a Latin word; the middle dot of a
  // transliterated foreign name ("伊尔泽·布兰特") is part of it.
  const runStart = text.search(/(?:\p{Script=Han}+·)*\p{Script=Han}+$/u);
  if (runStart < 0) return undefined;
  let run = text.slice(runStart);
  let start = offset + runStart;
  // Whom it was said to stands between the speaker and the verb ("…对路透社表示", "…向记者说", "…对网友称"): an outlet, a
  // reporter, or people the speaker addressed, named by a source noun ("网友", "居民"), who are no speaker.
  const addressee = new RegExp(`[对向](?:\\p{Script=Han}{0,8}?(?:${[...(frames.outletSuffixes ?? []), "记者", "媒体", ...frames.anonymousHeads].map(escapeRegExp).join("|")}))$`, "u").exec(run);
  if (addressee && addressee.index > 0) run = run.slice(0, addressee.index);
  // A transliterated foreign name, its parts joined by the middle dot, after a role noun or standing alone.
  if (run.includes("·")) {
    const head = run.slice(0, run.indexOf("·"));
    const role = frames.roleNouns.filter((r) => head.includes(r)).sort((a, b) => b.length - a.length)[0];
    const nameStart = role ? head.lastIndexOf(role) + role.length : 0;
    const name = run.slice(nameStart);
    const parts = name.split("·");
    if (parts[0]!.length > FOREIGN_NAME_PART || parts.some((p) => p.length === 0)) return undefined;
    return { kind: "named", start: start + nameStart, end: start + run.length, name, ...(role ? { role } : {}) };
  }
  for (let i = 0; i < 2; i++) {
    const adverb = endsWithAny(run, ev.adverbs ?? []);
    if (!adverb || adverb.length === run.length) break;
    run = run.slice(0, -adverb.length);
  }
  const conj = ZH_CONJUNCTIONS.find((c) => run.startsWith(c) && run.length > c.length);
  if (conj) {
    run = run.slice(conj.length);
    start += conj.length;
  }
  const end = start + run.length;
  const pronoun = [...frames.pronouns.plural, ...frames.pronouns.singular].find((p) => run === p);
  if (pronoun) return { kind: "pronoun", start, end, word: pronoun };
  if (isPersonName(run, frames, ev)) return { kind: "named", start, end, name: run };
  // A role noun, alone ("发言人说") or before a name ("发言人王明说").
  for (const role of frames.roleNouns) {
    const at = run.lastIndexOf(role);
    if (at < 0) continue;
    const rest = run.slice(at + role.length);
    // "習主席表示": one family name before a title is that person by office, not an unnamed official.
    if (rest === "" && at === 1 && hanFamilyNameBeforeTitle(run.slice(0, 1)) && !frames.anonymousHeads.includes(role)) return { kind: "titled", start, end, surname: run.slice(0, 1), role };
    if (rest === "") return { kind: "anonymous", start: start + at, end, head: role };
    if (isPersonName(rest, frames, ev) || foreignNameAfterRole(rest, ev)) return { kind: "named", start: start + at + role.length, end, name: rest, role };
  }
  // A source noun, with a manner verb or adverb between it and the verb ("一名网友抱怨说", "随即有网友反驳说").
  let best: { at: number; head: string } | undefined;
  for (const head of frames.anonymousHeads) {
    const at = run.lastIndexOf(head);
    if (at < 0 || run.slice(at + head.length).replace(ZH_WHERE, "").length > ZH_GAP) continue;
    if (!best || at + head.length > best.at + best.head.length || (at + head.length === best.at + best.head.length && head.length > best.head.length)) best = { at, head };
  }
  if (best) {
    const own = ZH_PHRASE_OPENING.exec(run.slice(0, best.at))?.[1]?.length ?? 0;
    return { kind: "anonymous", start: start + best.at - own, end: start + best.at + best.head.length, head: best.head };
  }
  return undefined;
}

/** Korean: the speaker is the sentence's topic ("X는 …라고 말했다"); a nominative subject only when it is a source noun or pronoun. */
function koreanSubject(text: string, offset: number, frames: LanguageFrames, ev: SpeakerEvidence): CaselessSubject | undefined {
  const words = [...text.matchAll(/[^\s"“”'‘’「」『』<>《》()]+/gu)].map((m) => ({ text: m[0], start: offset + (m.index ?? 0) }));
  // Complement clauses closed between a word and the verb ("박 청장이 … 지켜온 점을 언급하며"): each holds one subject of its own.
  let openClauses = 0;
  for (let i = words.length - 1; i >= Math.max(0, words.length - KO_WORDS); i--) {
    const w = words[i] as { text: string; start: number };
    if ((ev.complementClosers ?? []).includes(w.text)) {
      openClauses++;
      continue;
    }
    if (KO_QUOTED_VERB.test(w.text)) continue;
    const topic = endsWithAny(w.text, ev.topicParticles ?? []);
    const nominative = topic ? undefined : endsWithAny(w.text, ev.nominativeParticles ?? []);
    const particle = topic ?? nominative;
    if (!particle || particle.length === w.text.length) continue;
    if (nominative && openClauses > 0) {
      openClauses--;
      continue;
    }
    const stem = w.text.slice(0, -particle.length);
    const end = w.start + stem.length;
    const found = koreanStem(stem, w.start, end, words.slice(Math.max(0, i - 1 - ROLE_PHRASE_WORDS), i).reverse(), frames, ev, Boolean(topic));
    // The topic is the subject whatever it is: a topic that shows no evidence is nobody, and no earlier word is tried.
    if (found || topic) return found;
  }
  return undefined;
}

/**
 * The person named before a Korean role noun, nearest word first: the name as its own word, with at most
 * ROLE_PHRASE_WORDS words of the role's body or portfolio between ("김민수 하늘신문 편집장", "김민수 경제·산업 담당 편집장"),
 * none closed by a particle or a comma (which ends the phrase the role belongs to). The role is those words and the noun.
 */
function nameBeforeRole(before: readonly { text: string; start: number }[], role: string, frames: LanguageFrames, ev: SpeakerEvidence): CaselessSubject | undefined {
  for (let k = 0; k < before.length && k <= ROLE_PHRASE_WORDS; k++) {
    const w = before[k] as { text: string; start: number };
    // "김민수 서울대 교수": the body's short name between the person and the role is part of the role, whatever it looks like.
    const body = endsWithAny(w.text, [...frames.organisationCues, ...(ev.bodyAbbreviations ?? [])]);
    if (body !== undefined && body.length < w.text.length) continue;
    if (isPersonName(w.text, frames, ev)) {
      const between = before.slice(0, k).reverse().map((x) => x.text);
      return { kind: "named", start: w.start, end: w.start + w.text.length, name: w.text, role: [...between, role].join(" ") };
    }
    if (endsWithAny(w.text, frames.particles ?? []) !== undefined || /[,.]$/u.test(w.text)) return undefined;
  }
  return undefined;
}

/** What one Korean subject word (its particle removed) is, if it shows evidence; `before` are the words before it, nearest first. */
function koreanStem(stem: string, start: number, end: number, before: readonly { text: string; start: number }[], frames: LanguageFrames, ev: SpeakerEvidence, topic: boolean): CaselessSubject | undefined {
  if ([...frames.pronouns.singular, ...frames.pronouns.plural].includes(stem)) return { kind: "pronoun", start, end, word: stem };
  const previous = before[0];
  // "대통령실은", "총리실은": a role noun with an office suffix written onto it is that office, a body, as the topic.
  const office = endsWithAny(stem, ev.officeSuffixes ?? []);
  if (topic && office && endsWithAny(stem.slice(0, -office.length), frames.roleNouns)) return { kind: "organisation", start, end, name: stem };
  // "김민수 대변인은", "김민수 항만청장은": a name before a role noun (or a compound ending in one).
  const role = endsWithAny(stem, frames.roleNouns);
  const named = role ? nameBeforeRole(before, role, frames, ev) : undefined;
  if (named) return named;
  // "박 위원장은": a family name alone before a title is that person by office, not an unnamed official.
  if (role && stem === role && previous && ev.surnames.includes(previous.text) && !frames.anonymousHeads.includes(role)) return { kind: "titled", start: previous.start, end, surname: previous.text, role };
  // "누리꾼들은", "정부관계자는", "편집장은": a source or role noun, with what is written onto it.
  const head = endsWithAny(stem, frames.anonymousHeads) ?? role;
  if (head) return { kind: "anonymous", start, end, head };
  // "블루웨이브엔터테인먼트는", "소속사는", "구단은": a topic that ends in an organisation word is that body, as it writes itself.
  if (topic && endsWithAny(stem, frames.organisationCues)) return { kind: "organisation", start, end, name: stem };
  // A bare name speaks only as the topic (a nominative name before a quotation is as often what it is about), and only
  // as a whole noun phrase: after a word with no particle it is the tail of a longer name ("바다 한가람은").
  const phraseStart = !previous || endsWithAny(previous.text, frames.particles ?? []) !== undefined || /[,.]$/u.test(previous.text);
  if (topic && phraseStart && isPersonName(stem, frames, ev)) return { kind: "named", start, end, name: stem };
  return undefined;
}

/**
 * Japanese: the speaker is the sentence's topic ("山田市長は「…」と述べた", "ブラント氏は…"), a run of kanji and katakana
 * before the topic particle, with what makes it someone: an honorific after a name ("氏", "さん"), a role noun ending it
 * (with a name before the role, or alone), a source noun, a pronoun, or an organisation word ending a body's name.
 * Anything else is nobody.
 */
function topicSubject(text: string, offset: number, frames: LanguageFrames, ev: SpeakerEvidence): CaselessSubject | undefined {
  const particles = (ev.topicParticles ?? []).map(escapeRegExp).join("|");
  if (!particles) return undefined;
  // The last topic in the clause: a run of name characters (and "の" inside a role: "港長のブラント氏") before the particle,
  // with an honorific written in kana after it ("大野美咲さんは").
  const kanaHonorifics = (ev.honorifics ?? []).filter((h) => /^\p{Script=Hiragana}+$/u.test(h)).map(escapeRegExp).join("|");
  const re = new RegExp(`([\\p{Script=Han}\\p{Script=Katakana}ー・]+${kanaHonorifics ? `(?:${kanaHonorifics})?` : ""})(?:${particles})`, "gu");
  let m: RegExpExecArray | null;
  let last: RegExpExecArray | undefined;
  while ((m = re.exec(text))) last = m;
  if (!last?.[1]) return undefined;
  let run = last[1];
  const start = offset + last.index;
  // "関係者の一人は": one of the sources, the source noun before の.
  const one = /^(?:一人|1人|１人|ひとり)$/u.test(run) ? new RegExp(`([\\p{Script=Han}\\p{Script=Katakana}ー・]+)の$`, "u").exec(text.slice(0, last.index)) : null;
  const oneOf = one?.[1] ? endsWithAny(one[1], frames.anonymousHeads) : undefined;
  if (one?.[1] && oneOf) return { kind: "anonymous", start: offset + one.index + one[1].length - oneOf.length, end: start + run.length, head: oneOf };
  const pronoun = [...frames.pronouns.plural, ...frames.pronouns.singular].find((p) => run === p);
  if (pronoun) return { kind: "pronoun", start, end: start + run.length, word: pronoun };
  const honorific = endsWithAny(run, ev.honorifics ?? []);
  if (honorific && run.length > honorific.length) {
    run = run.slice(0, -honorific.length);
    return { kind: "named", start, end: start + run.length, name: run };
  }
  const role = endsWithAny(run, frames.roleNouns);
  if (role && run.length > role.length) {
    const name = run.slice(0, -role.length);
    if (name.length >= 2 && !endsWithAny(name, frames.organisationCues)) return { kind: "named", start, end: start + name.length, name, role };
    // "金委員長は": one family name before a title is that person by office, not an unnamed official.
    if (hanFamilyNameBeforeTitle(name) && !frames.anonymousHeads.includes(role) && !endsWithAny(name, frames.organisationCues)) return { kind: "titled", start, end: start + run.length, surname: name, role };
  }
  const head = endsWithAny(run, frames.anonymousHeads) ?? role;
  if (head) return { kind: "anonymous", start: start + run.length - head.length, end: start + run.length, head };
  // "北浜県警は…と発表した": a topic that ends in an organisation word is that body, as in Korean; "当局" (the
  // authorities) and "同省" (the same ministry) name no body of their own.
  if (endsWithAny(run, frames.organisationCues) && !/^[同当各]/u.test(run)) return { kind: "organisation", start, end: start + run.length, name: run };
  return undefined;
}

/** The speaker that `text` (the words before a speech verb, quotations blanked) ends with, or nothing without evidence; `offset` is where `text` starts in the body. */
export function caselessSubject(text: string, offset: number, frames: LanguageFrames): CaselessSubject | undefined {
  const ev = frames.speakerEvidence;
  if (!ev) return undefined;
  if (!frames.unspaced) return koreanSubject(text, offset, frames, ev);
  return ev.honorifics ? topicSubject(text, offset, frames, ev) : chineseSubject(text, offset, frames, ev);
}
