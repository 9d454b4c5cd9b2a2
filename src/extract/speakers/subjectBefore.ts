/** The subject before a speech verb: where it ends, the clauses, dashes and appositives around it, then the subject readers in order. */
import { textSpan } from "../../core/spans.ts";
import { escapeRegExp } from "../../core/text.ts";
import { conjunction } from "../coordination.ts";
import { perLanguage } from "../frames/common.ts";
import type { LanguageFrames } from "../frames/types.ts";
import { anonymousAtEnd, channelPhrase, describedAnonymous, isCitingAside, isDefinite } from "../sources.ts";
import { anonymityClauseAt } from "./anonymityClause.ts";
import { firstReading } from "./firstReading.ts";
import { AFFILIATION_LINKS, bodyKindBefore, endsInRoleNoun, isRoleNoun, prepositionalOpening, roleFromItsArticle, roleOf, titleBefore } from "./lexicon.ts";
import { FULL_NAME, nameSubject, officeTitleOnly } from "./nameEntry.ts";
import { afterOutletNoun, bareOutletNounIn } from "./outletNames.ts";
import { readSubject } from "./subjectReaders.ts";
import type { SpeakerContext, Subject, SubjectReader, SubjectReading, SubjectText } from "./types.ts";

/** Longest aside between commas stepped over between a subject and its verb. */
const ASIDE_WORDS = 6;

/** Most words an affiliation set off by commas may have ("of the Regional High Court of North Montalvo (RHC)"). */
const AFFILIATION_ASIDE_WORDS = 12;

/** An aside opening on a word that ties a person to a body, then the body's capitalised name ("do Tribunal …", "of the Port Authority"). */
const AFFILIATION_ASIDE = new RegExp(`^\\s*(?:${AFFILIATION_LINKS})\\s+(?:the\\s+)?\\p{Lu}`, "u");

/**
 * True when an aside in small letters between a subject and its verb is short enough to be stepped over, or is the
 * person's affiliation, whose body's name may run long ("Ana Berg, of the Regional High Court of North Montalvo, said"),
 * or the channel the words went through, whose platform may take words too ("The mayor, in a post on her Quillbook
 * page, said").
 */
function steppedAside(appositive: string, frames: LanguageFrames): boolean {
  const words = appositive.trim().split(/\s+/u).length;
  return words <= ASIDE_WORDS || (words <= AFFILIATION_ASIDE_WORDS && (AFFILIATION_ASIDE.test(appositive) || channelPhrase(frames).test(appositive.trim())));
}

/**
 * A person's age set off by commas after the name ("Karl Osei, 61, said", "61 ans", "61 anni"): a figure of up to three
 * digits and at most one word in small letters, the language's "years". It describes the name before it, as an aside does.
 */
const AGE_APPOSITIVE = /^\s*\d{1,3}(?:\s+\p{Ll}[\p{L}-]*)?\s*$/u;

/** The same age and the comma before it, ending the words before a description ("Karl Osei, 61, | a retired pilot,"). */
const AGE_AT_END = /,\s*\d{1,3}(?:\s+\p{Ll}[\p{L}-]*)?\s*$/u;

/** A name, then a role set off by a dash (and a closing dash or none) ending a subject: "Matt Reed – the editor of X –". */
const DASHED_ROLE = /^(.*\S)\s+[-–—]\s+([^-–—]+?)(?:\s+[-–—])?$/u;

/**
 * A subject whose role is set off by dashes, as commas set off an appositive ("Matt Reed - the editor of the Post's
 * newsletter said", "Ana Ruiz — a nurse at the clinic — said"): the person is the name before the dash, with that role.
 */
function dashedRole(text: string, from: number, ctx: SpeakerContext): Subject | undefined {
  const m = DASHED_ROLE.exec(text);
  // The role is a description in small letters ("the editor of …"), the name a full one: "LYON — Officials said" is a
  // dateline and a subject.
  if (!m?.[1] || !m[2] || !/^\p{Ll}/u.test(m[2])) return undefined;
  const role = roleOf(m[2], ctx);
  const name = role ? ctx.lang.nameAtEnd.exec(m[1])?.[1] : undefined;
  if (!role || !name || !FULL_NAME.test(name)) return undefined;
  const s = from + m[1].length - name.length;
  return nameSubject(name, s, ctx, role);
}

/**
 * Where the subject before a verb ends: an adverb, an auxiliary or an object pronoun ("Une source hospitalière nous
 * confie", `beforeVerbWords`), a link that reports the speech at one remove ("is reported to have said",
 * `hedgedSpeechLinks`), a verb aside, a short aside in brackets ("Jan Mol (VVD) zei") and a relative clause of a
 * verb-final language (`relativeClauseBeforeVerb`) stand between a subject and its verb and are stepped over.
 */
function subjectEnd(from: number, to: number, ctx: SpeakerContext): number {
  let end = from + ctx.masked.slice(from, to).replace(ctx.lang.beforeVerbWord, "").replace(ctx.lang.hedgedSpeechLink, "").trimEnd().length;
  const aside = verbAside(ctx.lang.frames)?.exec(ctx.masked.slice(from, end));
  if (aside && aside.index > 0) end = from + ctx.masked.slice(from, from + aside.index).trimEnd().length;
  const bracketed = /\s*\([^()\n]{1,40}\)$/u.exec(ctx.masked.slice(from, end));
  if (bracketed) end -= bracketed[0].length;
  // "The mayor, in a post on her page (@handle) said": a channel aside after a comma that runs to the verb, its closing
  // comma left out, is stepped over as a closed one is (besideAppositive).
  const channel = unclosedChannelAside(ctx.lang.frames)?.exec(ctx.masked.slice(from, end));
  if (channel && channel.index > 0 && channel[0].trim().split(/\s+/u).length <= AFFILIATION_ASIDE_WORDS + 1) end = from + channel.index;
  const relative = ctx.lang.relativeClauseBeforeVerb.exec(ctx.masked.slice(from, end));
  if (relative && relative.index > 0) end = from + relative.index;
  return end;
}

/**
 * "Un cadre de la direction qui a requis l'anonymat résume", "A harbour engineer who spoke on condition of anonymity
 * said": the subject is the noun phrase the clause describes, unnamed whatever its noun. Else where the subject ends
 * once the clause is cut off, or undefined where there is no such clause.
 */
function unnamedByClause(from: number, end: number, ctx: SpeakerContext): Subject | { end: number } | undefined {
  const clause = anonymityClauseAt(ctx.masked.slice(from, end), ctx, "end");
  if (!clause) return undefined;
  const cut = from + ctx.masked.slice(from, from + (clause.index ?? 0)).trimEnd().length;
  const p = anonymousAtEnd(ctx.body, from, cut, ctx.lang.frames) ?? describedAnonymous(ctx.body, from, cut, ctx.lang.frames);
  return p && p.end === cut ? { entry: ctx.book.anonymous(p), span: p } : { end: cut };
}

/**
 * "confirmed by the mayor, Ana Berg, who said:", "pelo utilizador @X, que escreveu no X:": the relative pronoun stands for
 * the noun phrase before its comma, which speaks. A publication ("le site X, qui dit") speaks through its pages, which the
 * frames read: never a person. Undefined where no relative pronoun ends the text.
 */
function relativeAntecedent(s: SubjectText, ctx: SpeakerContext, asides: number): SubjectReading {
  const comma = relativeSubjectComma(s.text, ctx.lang.frames);
  if (comma === undefined) return undefined;
  const antecedent = subjectBefore(s.from, s.from + comma, ctx, asides + 1);
  const publication = (at: number) => afterOutletNoun(at, ctx) || bareOutletNounIn(ctx.lang.frames).test(ctx.masked.slice(Math.max(0, at - 40), at));
  return antecedent && !publication(antecedent.span.start) ? antecedent : null;
}

/**
 * A subject with an appositive between commas before its verb ("Anna Berg, the harbour master, said"): the subject
 * before the appositive with the role it gives; a role before the name ("A spokeswoman for Nordstern, Ines Varga, said");
 * or a short aside in small letters stepped over once ("Anna Berg, in a statement, said"). The text unchanged where no
 * comma ends it; null where the comma ends something else.
 */
function besideAppositive(s: SubjectText, ctx: SpeakerContext, asides: number): SubjectText | Subject | null {
  let { text, end } = s;
  const { from } = s;
  // After an aside stepped over ("A diplomat in Lowmere, speaking on condition of anonymity, said"), the subject may
  // stand alone before its comma, the sentence's first words.
  if (text.endsWith(",") && asides > 0 && !text.slice(0, -1).includes(",")) {
    end = from + text.length - 1;
    text = text.slice(0, -1);
  }
  if (!text.endsWith(",")) return { from, end, text };
  const inner = text.slice(0, -1);
  const comma = inner.lastIndexOf(",");
  if (comma < 0) return null;
  const appositive = inner.slice(comma + 1);
  // "Karl Osei, 61, said": the age is stepped over, and the name before its comma is read as the sentence's first words.
  if (AGE_APPOSITIVE.test(appositive)) return subjectBefore(from, from + comma + 1, ctx, asides + 1) ?? null;
  const preposed = ctx.lang.nameAtEnd.exec(inner);
  // An office written with capitals ("…, Chief Records Officer, said") is no name set off after a role.
  if (preposed?.[1] && preposed[1].trim() === appositive.trim() && !officeTitleOnly(appositive.trim().split(/\s+/u), ctx)) {
    const lead = inner.slice(0, comma);
    const pre = roleOf(roleFromItsArticle(lead.slice(lead.lastIndexOf(",") + 1), ctx), ctx);
    if (!pre && bodyKindBefore(lead.slice(lead.lastIndexOf(",") + 1), ctx)) {
      const name = appositive.trim();
      const at = from + comma + 1 + (appositive.length - appositive.trimStart().length);
      return { entry: ctx.book.organisation(name, textSpan(ctx.body, at, at + name.length)), span: { start: at, end: at + name.length } };
    }
    // "His agent, Tessa Quaid, said", "Su representante, Tessa Quaid, dijo": an article or a possessive and a noun in small
    // letters, set off before a full name, describe the person whatever the noun; the name is the speaker.
    const described = pre ?? (FULL_NAME.test(appositive.trim()) ? describedLead(lead.slice(lead.lastIndexOf(",") + 1), ctx) : undefined);
    if (described) {
      const at = from + comma + 1 + (appositive.length - appositive.trimStart().length);
      return nameSubject(appositive.trim(), at, ctx, described) ?? null;
    }
  }
  // "Tessa Quaid, Halloran's agent, said": a possessor's name and a noun in small letters describe the person before
  // them, as "the band's agent" does, whatever the noun.
  const role = roleOf(appositive, ctx) ?? (/^\s*\p{Lu}[\p{L}-]*(?:['’]s|s['’])\s/u.test(appositive) ? describedLead(appositive, ctx) : undefined);
  if (!role && asides === 0 && /^\s*\p{Ll}/u.test(appositive) && steppedAside(appositive, ctx.lang.frames) && !/^\s*(?:who|which|qui)\b/u.test(appositive)) {
    const subject = subjectBefore(from, from + comma + 1, ctx, asides + 1);
    // "The Harbour Courier, citing X, said": who speaks citing another's report is an outlet reporting (the frames
    // read it), not a person, unless a role says so ("Dr Anna Berg, citing a study, said").
    return (subject?.entry.type === "named" && !subject.entry.role && isCitingAside(appositive) ? undefined : subject) ?? null;
  }
  if (!role && !/^\s*(?:who|which|qui|a|an|the|co-)/u.test(appositive)) return null;
  // "Karl Osei, 61, a retired pilot, said": an age between the name and the description describes the name too.
  const named = comma - (AGE_AT_END.exec(inner.slice(0, comma))?.[0].length ?? 0);
  // "Tomas Verlaine, Deputy Registrar, Chief Records Officer, said": offices stacked between commas, each written with
  // capitals; the name stands before the first of them, not in the words between the two commas.
  if (role && stackedOffice(inner.slice(0, named), ctx)) return subjectBefore(from, from + named + 1, ctx, asides + 1) ?? null;
  return { from, end: from + named, text: ctx.masked.slice(from, from + named), ...(role ? { role } : {}) };
}

/**
 * True when the words before an appositive end in another one set off by a comma that is an office written with
 * capitals ("…, Deputy Registrar"): a role noun among its words, each capitalised, after words before the comma.
 */
function stackedOffice(left: string, ctx: SpeakerContext): boolean {
  const comma = left.lastIndexOf(",");
  if (comma <= 0) return false;
  const chunk = left.slice(comma + 1).trim();
  const words = chunk.split(/\s+/u);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && roleOf(chunk, ctx) !== undefined;
}

/** Most words of a description set off before a name ("Un élu régional italien"). */
const DESCRIPTION_LEAD_WORDS = 4;

/**
 * The description that opens a subject before a name set off by commas, when it is one: an article, a possessive or a
 * possessor's name ("The band's", "Halloran's"), then words in small letters, a noun and its adjectives, short enough to be
 * a description ("His agent", "Un élu régional italien"). Returned without a leading indefinite article.
 */
function describedLead(lead: string, ctx: SpeakerContext): string | undefined {
  const text = lead.trim();
  const words = text.split(/\s+/u);
  if (words.length < 2 || words.length > DESCRIPTION_LEAD_WORDS) return undefined;
  const lower = text.toLowerCase();
  const opener = [...(ctx.lang.frames.possessives ?? []), ...ctx.lang.frames.determiners].find((d) => lower.startsWith(`${d} `));
  const possessor = /^(?:the\s+)?\p{L}[\p{L}-]*(?:['’]s|s['’])\s/iu.exec(text)?.[0];
  const head = opener ?? possessor;
  if (!head) return undefined;
  const rest = text.slice(head.length).trim().split(/\s+/u);
  if (rest.length === 0 || !rest.every((w) => /^\p{Ll}[\p{L}’'-]*$/u.test(w))) return undefined;
  return text.replace(/^(?:a|an|un|une|uno|una|um|uma|ein|eine|een)\s+/iu, "");
}

/** The words before a speech verb its subject ends, and how many asides between commas were stepped over to reach them. */
interface SubjectBeforeText extends SubjectText {
  asides: number;
}

/**
 * "A source who works at the agency said", "Jana Berg who chairs the board said": the subject a restrictive relative
 * clause describes decides. An unnamed source's phrase may hold the clause: that reading keeps its words.
 */
function beforeRestrictiveClause(s: SubjectBeforeText, ctx: SpeakerContext): SubjectReading {
  const restrictive = restrictiveClause(ctx.lang.frames)?.exec(s.text);
  if (!restrictive || restrictive.index <= 0 || anonymousAtEnd(ctx.body, s.from, s.end, ctx.lang.frames)?.end === s.end) return undefined;
  return describedSubject(s.from, s.from + restrictive.index, ctx, s.asides) ?? null;
}

/** A relative pronoun's antecedent, read once: not inside an aside already stepped over. */
function antecedentOfRelative(s: SubjectBeforeText, ctx: SpeakerContext): SubjectReading {
  return s.asides === 0 ? relativeAntecedent(s, ctx, s.asides) : undefined;
}

/** A name with its role set off by dashes ("Matt Reed – the editor of X –"). */
function nameWithDashedRole(s: SubjectBeforeText, ctx: SpeakerContext): SubjectReading {
  return dashedRole(s.text, s.from, ctx);
}

/** Most words in small letters before the role noun that opens an unclosed appositive ("research director", "deputy chief"). */
const ROLE_QUALIFIER_WORDS = 2;

/** A name's clause, then a comma or a semicolon and a description, ending the text (group 1 the name's clause, 2 the description). */
const NAME_THEN_DESCRIPTION = /(?:^|,\s*)([^,;]+?)\s*[,;]\s+(\p{L}[^,;]*)$/u;

/**
 * "Ann Cole, the senator representing Lake North has said", "Tom Ridley; a former Minister of Fisheries wrote": an
 * appositive whose closing comma the writer left out. Where a clause holds nothing but a full name and the words after
 * it are an article and a role, or a role noun bare as Dutch and German write it ("Eva Smit, wethouder van de gemeente
 * Oosthaven zegt"), the person named speaks, with that role; the role's own words (its body, its constituency) are never
 * the speaker.
 */
function nameBeforeUnclosedAppositive(s: SubjectBeforeText, ctx: SpeakerContext): SubjectReading {
  const m = NAME_THEN_DESCRIPTION.exec(s.text);
  const [clause, description] = [m?.[1], m?.[2]];
  const words = description?.split(/\s+/u) ?? [];
  const first = words[0] ?? "";
  // A role noun of several words opens one as one word does ("phát ngôn viên Sở Y tế", the department's spokesman); so
  // does a role noun after words in small letters that say which ("research director of …", "deputy mayor of …").
  const qualifiedRole = words.slice(1, 1 + ROLE_QUALIFIER_WORDS + 1).some((w, k) => isRoleNoun(w, ctx) && words.slice(0, k + 1).every((q) => /^\p{Ll}[\p{L}-]*$/u.test(q) && !isRoleNoun(q, ctx)));
  // A description opens in small letters; one written with a capital opens on the role itself ("Ông Trần Văn Nam, Giám đốc
  // nhà máy …", as Vietnamese capitalises a role after a name), never on an article or a qualifier.
  // A capitalised word straight after the role makes it a title before a name ("Jan Mol, Minister Eva Smit said"): that
  // person speaks, and the words are no description of the name before the comma.
  const phrase = ctx.lang.frames.roleNouns.find((r) => /\s/u.test(r) && (description ?? "").toLowerCase().startsWith(`${r} `));
  const afterRole = words[phrase ? phrase.split(/\s+/u).length : 1] ?? "";
  const capitalRole = /^\p{Lu}/u.test(first) && (isRoleNoun(first, ctx) || phrase !== undefined) && !/^\p{Lu}/u.test(afterRole);
  const opensDescription = /^\p{Lu}/u.test(first) ? capitalRole : ctx.lang.frames.determiners.includes(first) || isRoleNoun(first, ctx) || endsInRoleNoun(first, ctx) || opensOnPhraseRole(description ?? "", ctx) || qualifiedRole;
  // A speech verb inside the words after the comma ("…, the senator has revealed what officials") makes them a clause of their own.
  if (!m || !clause || !description || !opensDescription || description.search(ctx.lang.speechVerb) >= 0) return undefined;
  const name = ctx.lang.nameAtEnd.exec(clause)?.[1];
  const role = roleOf(description, ctx);
  // "In Harbourton, officials said": a clause opening on a preposition is where or when, and the words after its comma
  // are the subject, not a role of a name.
  if (!name || !role || !FULL_NAME.test(name) || prepositionalOpening(name, ctx.masked, ctx.lang.frames) || !titledOrBare(clause.slice(0, clause.length - name.length), ctx)) return undefined;
  const at = s.from + m.index + m[0].indexOf(clause) + clause.length - name.length;
  return nameSubject(name, at, ctx, role);
}

/** True when a text opens on one of the language's role nouns of several words ("người phát ngôn …"). */
function opensOnPhraseRole(text: string, ctx: SpeakerContext): boolean {
  const lower = text.toLowerCase();
  return ctx.lang.frames.roleNouns.some((r) => /\s/u.test(r) && lower.startsWith(`${r} `));
}

/** True when the words before a name are none, or only a title ("Mr.", "Dr") or a role noun: the name is its clause. */
function titledOrBare(before: string, ctx: SpeakerContext): boolean {
  const words = before.trim();
  // A rank or a role written onto the name as a title ("Đại tá Trần Văn An", Colonel …) is one too.
  return words === "" || titleBefore(ctx.lang.frames).test(`${words} `) || ctx.lang.frames.roleNouns.includes(words.toLowerCase());
}

/** The subject beside an appositive or an aside between commas, else the words as they are, read by the subject readers. */
function subjectBesideCommas(s: SubjectBeforeText, ctx: SpeakerContext): SubjectReading {
  const shaped = besideAppositive(s, ctx, s.asides);
  if (shaped === null || "entry" in shaped) return shaped;
  return readSubject(shaped, ctx) ?? null;
}

/**
 * The readings of the words before a verb, in order, each deciding where it applies: a restrictive clause describes the
 * subject before it; a closing relative pronoun stands for its antecedent; a role set off by dashes, then one set off by
 * commas, gives the name before it; last the plain words go to the subject readers (subjectReaders.ts).
 */
const SUBJECT_BEFORE_READERS: readonly SubjectReader<SubjectBeforeText>[] = [beforeRestrictiveClause, antecedentOfRelative, nameWithDashedRole, nameBeforeUnclosedAppositive, subjectBesideCommas];

/**
 * The subject that ends `masked[from, to)`: pronoun, anonymous phrase, organisation, role or name, skipping what stands
 * between it and its verb; `asides` counts the asides between commas already stepped over.
 */
export function subjectBefore(from: number, to: number, ctx: SpeakerContext, asides = 0): Subject | undefined {
  let end = subjectEnd(from, to, ctx);
  // "The mayor met officials in Lowmere and later said": a conjunction right before the verb (after its adverbs) joins it
  // to the clause before, whose subject speaks; the words before the conjunction are that clause's object, never its subject.
  if (conjunctionAtEnd(ctx.lang.frames).test(ctx.masked.slice(from, end))) return undefined;
  const clause = unnamedByClause(from, end, ctx);
  if (clause && "entry" in clause) return clause;
  if (clause) end = clause.end;
  return firstReading(SUBJECT_BEFORE_READERS, { from, end, text: ctx.masked.slice(from, end), asides }, ctx);
}

/** Per language: its list conjunction ("and") ending a text, after a space. */
const conjunctionAtEnd = perLanguage((frames) => new RegExp(`\\s${conjunction(frames.language)}$`, "iu"));

/** Most words a restrictive relative clause between a subject and its verb may have ("who works at the agency"). */
const RESTRICTIVE_CLAUSE_WORDS = 8;

/** The language's restrictive relative clause (`restrictiveRelatives`, no comma) ending a text; never matches without. */
const restrictiveClause = perLanguage((frames) =>
  frames.restrictiveRelatives?.length ? new RegExp(`\\s+(?:${frames.restrictiveRelatives.map(escapeRegExp).join("|")})\\s+(?:[^\\s,.;:!?"“”]+\\s+){0,${RESTRICTIVE_CLAUSE_WORDS - 1}}[^\\s,.;:!?"“”]+$`, "iu") : null,
);

/**
 * The subject a restrictive relative clause describes ("A friend who works at the agency told me", "Jana Berg who
 * chairs the board said"), which ends at `cut`: read as any subject; else an indefinite noun phrase the clause describes
 * is a person left unnamed, as an anonymity clause leaves one ("a friend", "a man").
 */
function describedSubject(from: number, cut: number, ctx: SpeakerContext, asides: number): Subject | undefined {
  const subject = subjectBefore(from, cut, ctx, asides);
  // One capitalised word before the clause opens the sentence more often than it names someone ("Fans who saw the show said").
  if (subject && (subject.entry.type !== "named" || /\s/u.test(subject.entry.name))) return subject;
  const p = describedAnonymous(ctx.body, from, cut, ctx.lang.frames);
  const first = p?.text.split(/\s+/u)[0] ?? "";
  return p && p.end === cut && !isDefinite(first, ctx.lang.frames.language) ? { entry: ctx.book.anonymous(p), span: p } : undefined;
}

/** Per language: a comma, then one of its `channelPhrases` and words without a comma up to the end of a text. */
const unclosedChannelAside = perLanguage((frames) => (frames.channelPhrases?.length ? new RegExp(`,\\s*(?:${frames.channelPhrases.join("|")})(?![\\p{L}])[^,]*$`, "u") : null));

/** The language's asides between a subject and its verb (`verbAsides`), as one pattern that must end the text. */
const verbAside = perLanguage((frames) => (frames.verbAsides?.length ? new RegExp(`\\s(?:${frames.verbAsides.join("|")})\\s*$`, "u") : null));

/** Per language: a comma and a subject relative pronoun ending a text (", who", ", que"). */
const relativeAtEnd = perLanguage((frames) => (frames.subjectRelatives?.length ? new RegExp(`,\\s*(?:${frames.subjectRelatives.map(escapeRegExp).join("|")})$`, "u") : null));

/** Where the comma before a closing subject relative pronoun stands in `text` (", who" ending it), if one does. */
function relativeSubjectComma(text: string, frames: LanguageFrames): number | undefined {
  const m = relativeAtEnd(frames)?.exec(text);
  return m ? m.index : undefined;
}
