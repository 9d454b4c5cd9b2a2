/** Syndication credits: trailing credit lines ("THE SUNDAY TIMES", "— Reuters", "This article first appeared in …") that name the outlet of record. */
import { BYLINE, CREDIT_LABEL } from "../clean/patterns.ts";
import type { RemovedSpan } from "../clean/types.ts";
import { ACRONYM, AGENCY_KINDS, outletKey, type OutletEntry, type OutletRegistry, type OwnOutletTest } from "../core/outlets.ts";
import type { TextSpan } from "../core/spans.ts";
import { withoutDiacritics } from "../core/text.ts";
import { AGENCY_FIRST_DATELINE, BARRED_DATELINE, BRACKET_DATELINE, DASHED_AGENCY_DATELINE, EQUALS_DATELINE, PIPE_DATELINE, SITE_DATELINE, WIRE_DATELINE } from "./dateline.ts";
import { en } from "./frames/en.ts";
import { registryBySiteName, siteOfAddress } from "./cited.ts";
import { perLanguage } from "./frames/common.ts";
import type { LanguageFrames } from "./frames/types.ts";
import type { ArticleReading, Syndication } from "./types.ts";

/** The frame of the citation a contributed-reporting credit makes (Syndication.contributed): "Additional reporting by X". */
export const CONTRIBUTED_FRAME = "contributed_reporting";

/** A labelled credit line names where the text comes from, but a page may also label its own section so: a little less sure than a bare credit line. */
export const CREDIT_LABEL_CONFIDENCE = 0.85;

/** A line crediting the whole text to its maker ("Verificação de factos feita pelo Verificador", frames' `madeByLines`), per language. */
export const MADE_BY_LINE = perLanguage((frames) => (frames.madeByLines?.length ? new RegExp(`^\\s*(?:${frames.madeByLines.join("|")})\\s+(?<name>(?:the\\s+)?\\p{Lu}[^\\n]{1,80}?)[.\\s]*$`, "u") : undefined));

/**
 * The page's header lines the cleaning stage took for a section label or the headline that credit the text to its maker
 * ("Verificação de factos feita pelo Verificador" over a reprinted fact-check): short, like a label, or the longest line
 * over the story, but a credit, read with the credit lines.
 */
export function madeByLabels(removed: readonly RemovedSpan[], frames: LanguageFrames): string[] {
  const madeBy = MADE_BY_LINE(frames);
  return madeBy ? removed.filter((r) => (r.reason === "section_label" || r.reason === "headline") && madeBy.test(r.text)).map((r) => r.text) : [];
}

/** Marks around an agency's name written alone as a byline: brackets ("(ANP)"), a dash before it ("— ANP"), slashes ("/TT/"). */
const BYLINE_MARKS = /^[\s(\[/—–-]*(?<name>[^()\[\]/—–\n]+?)[\s)\]/]*$/u;
/**
 * A reporter's byline that names the agency they write for after their name ("By Mara Quill, PA", "Par Jean Morel |
 * AFP"): the writer is no outlet, the agency after the comma is whose story the text is. Group `agency`.
 */
const BYLINE_AGENCY = new RegExp(`${BYLINE.source}\\s*[,|·•–—-]\\s*(?<agency>[^,|·•\\n]{2,40}?)\\s*$`, "u");

/** A name the registry gives a news agency under as a credit (`byCredit`; never a picture agency), with its entry. */
function agencyCredited(name: string | undefined, registry: OutletRegistry): { name: string; entry: OutletEntry } | undefined {
  const entry = name ? registry.byCredit(name) : undefined;
  return name && entry && AGENCY_KINDS.has(entry.kind) ? { name, entry } : undefined;
}

/** Lines of a page's head read for its writer's byline: a byline stands over the story, among its first lines. */
const BYLINE_HEAD_LINES = 8;
/** A head line longer than this is the story's first paragraph, not a byline. */
const BYLINE_MAX_WORDS = 12;

/**
 * The writer a page's byline names at its head ("By Mara Quill", "Par Jean Morel | 3 mai 2026"), as written, from the
 * text as received (the cleaning stage may have taken the line away); undefined where the head has no byline. The
 * page's headline is no byline, though it open on "By" ("By Land And Sea").
 */
export function bylineWriter(text: string, title?: string): string | undefined {
  const head = text.split(/\n/u).map((l) => l.trim()).filter((l) => l !== "").slice(0, BYLINE_HEAD_LINES);
  const headline = title?.trim().toLocaleLowerCase();
  for (const line of head) {
    if (line.split(/\s+/u).length > BYLINE_MAX_WORDS || line.toLocaleLowerCase() === headline) continue;
    const name = BYLINE.exec(line)?.groups?.name;
    if (name) return name;
  }
  return undefined;
}

/** The registered agency a reporter's byline names after the writer ("By Mara Quill, PA" → PA Media), else undefined. */
export function bylineAgency(line: string, registry: OutletRegistry): { name: string; entry: OutletEntry } | undefined {
  return agencyCredited(BYLINE_AGENCY.exec(line.trim())?.groups?.agency?.trim(), registry);
}

/** A wire's dateline written agency first, on a line of its own: the agency's credit, a comma and the place in capitals ("Reuters, HARBOURTON"). */
const AGENCY_THEN_PLACE = /^(?<agency>[^,\n]{2,40}?)\s*,\s*\p{Lu}[\p{Lu}\s.'’-]{1,30}$/u;

/** The registered agency of an agency-first dateline on a line of its own ("Reuters, HARBOURTON" → Reuters), else undefined. */
export function agencyBeforePlace(line: string, registry: OutletRegistry): { name: string; entry: OutletEntry } | undefined {
  return agencyCredited(AGENCY_THEN_PLACE.exec(line.trim())?.groups?.agency?.trim(), registry);
}

/**
 * A registered news agency's name alone on a line over the story ("ANP", "(ANP)", "— TT"), which the cleaning stage
 * took for a section label, or after the writer's name in a byline ("By Mara Quill, PA"): the agency's byline, so the
 * text is its story (as a bare agency line closing the body is, readAgencyLine). Only a name the registry gives an agency under as a credit is written (`byCredit`: "ANP", never "anp";
 * never a picture agency), so a section's own label ("Innenriks", "World") stays a label.
 */
export function agencyBylineLabels(removed: readonly RemovedSpan[], registry: OutletRegistry, isOwn: OwnOutletTest): Syndication[] {
  const out: Syndication[] = [];
  for (const r of removed) {
    if (r.reason !== "section_label" && r.reason !== "byline") continue;
    // The agency's name alone ("(ANP)") as a section label, or after the writer's name in a byline ("By Mara Quill, PA").
    const alone = r.reason === "section_label" ? agencyCredited(BYLINE_MARKS.exec(r.text.trim())?.groups?.name?.trim(), registry) : undefined;
    const found = alone ?? bylineAgency(r.text, registry);
    if (!found) continue;
    const { name, entry } = found;
    const key = outletKey(entry.name);
    if (isOwn(name, key) || out.some((x) => x.outlet === key)) continue;
    out.push({ outlet: key, outletName: entry.name, evidence: { start: -1, end: -1, text: r.text.trim() }, confidence: 0.9, rule: "agency_byline_label/registry" });
  }
  return out;
}

/**
 * Reads the cleaning stage's credit lines; a name counts only when the registry knows it or it reads as an outlet name,
 * so a byline is never an outlet. The evidence is the credit line itself (it is not in the body, so offsets are -1).
 * English credit lines are read after the article's own language's: aggregators paste English boilerplate ("This
 * article first appeared in X") on pages in any language, and the cleaner removes it whatever the language.
 */
export function readCreditLines(lines: readonly string[], frames: LanguageFrames, registry: OutletRegistry, isOwn: OwnOutletTest): Syndication[] {
  const out: Syndication[] = [];
  const patterns = frames === en ? frames.creditLines : [...frames.creditLines, ...en.creditLines.filter((p) => !frames.creditLines.includes(p))];
  for (const line of lines) {
    // A labelled credit ("Source: X", "Originally published in:" over the name) says the page runs X's text.
    const labelled = CREDIT_LABEL.exec(line)?.groups?.name?.trim().replace(/[.]+$/, "");
    if (labelled) {
      // A site's address ("Sursa: www.harbourpost.ro") names the site as surely as its name would (cited.ts's `domain` rule).
      const site = siteOfAddress(labelled);
      const entry = registry.byCredit(labelled) ?? registry.byName(labelled.replace(/^(?:the)\s+/i, "")) ?? (site ? registry.byDomain(site) : undefined);
      // "Source: Getty Images" over a picture: a picture agency's credit is the picture's (`byCredit`), under any label.
      if (entry?.genre === "pictures") continue;
      const outletish = frames.outletCues.some((c) => labelled.toLowerCase().split(/\s+/).includes(c));
      const name = entry?.name ?? site ?? labelled;
      const key = outletKey(name);
      if ((entry || outletish || site) && !isOwn(labelled, key) && !out.some((s) => s.outlet === key)) out.push({ outlet: key, outletName: name, evidence: { start: -1, end: -1, text: line }, confidence: CREDIT_LABEL_CONFIDENCE, rule: site && !entry ? "credit_label/domain" : "credit_label" });
      continue;
    }
    // A site's bare address alone on a closing line ("Lacnouvelles.net"): the site the page took its text from.
    const address = siteOfAddress(line.trim());
    if (address) {
      const entry = registry.byDomain(address) ?? registryBySiteName(address, registry);
      const key = outletKey(entry?.name ?? address);
      if (!isOwn(line.trim(), key) && !isOwn(address, key) && !out.some((s) => s.outlet === key)) out.push({ outlet: key, outletName: entry?.name ?? address, evidence: { start: -1, end: -1, text: line }, confidence: CREDIT_LABEL_CONFIDENCE, rule: "credit_line/domain" });
      continue;
    }
    const madeBy = MADE_BY_LINE(frames)?.exec(line);
    for (const pattern of madeBy ? [""] : patterns) {
      const m = madeBy ?? new RegExp(pattern, "u").exec(line);
      const raw = m?.groups?.name?.trim().replace(/[.]+$/, "");
      if (!raw) continue;
      const entry = registry.byCredit(raw) ?? registry.byName(raw.replace(/^(?:the)\s+/i, ""));
      if (entry?.genre === "pictures") break;
      const outletish = frames.outletCues.some((c) => raw.toLowerCase().split(/\s+/).includes(c));
      if (!entry && !outletish) continue;
      const name = entry?.name ?? raw;
      const key = outletKey(name);
      if (isOwn(raw, key) || out.some((s) => s.outlet === key)) break;
      const evidence: TextSpan = { start: -1, end: -1, text: line };
      out.push({ outlet: key, outletName: name, evidence, ...(m?.groups?.contributed ? { contributed: true } : {}), ...(madeBy ? { confidence: CREDIT_LABEL_CONFIDENCE, rule: "made_by_line" } : {}) });
      break;
    }
  }
  return out;
}

/** Whether a credit names its outlet yet: a name cut short or initials alone wait for the case-level step (resolve.ts), and name no outlet until it reads them. */
export function settled(s: Syndication): boolean {
  return !s.cut && !s.initials;
}

/** Reads a wire dateline in the first paragraph of the body; only a name the registry knows (or that reads as an outlet) counts. */
export function readDateline(body: string, frames: LanguageFrames, registry: OutletRegistry, isOwn: OwnOutletTest): Syndication[] {
  // The first paragraph, or one after a standfirst and the captions a page puts above the story ("Demo vor dem
  // Kanzleramt. Foto: dpa" / "BERLIN dpa | Der …"), near the body's start.
  for (const line of [...body.slice(0, DATELINE_REACH).matchAll(/[^\n]+/gu)].slice(0, DATELINE_PARAGRAPHS)) {
    const found = datelineIn(body, line[0], line.index ?? 0, frames, registry, isOwn);
    if (found) return Array.isArray(found) ? found : [found];
  }
  return [];
}

/** Characters from the body's start, and paragraphs, within which a dateline heads the story. */
const DATELINE_REACH = 1200;
const DATELINE_PARAGRAPHS = 5;

/** A wire dateline heading one paragraph (`first`, at `offset` in the body). */
function datelineIn(body: string, first: string, offset: number, frames: LanguageFrames, registry: OutletRegistry, isOwn: OwnOutletTest): Syndication | Syndication[] | undefined {
  const piped = PIPE_DATELINE.exec(first);
  if (piped) return pipedDateline(body, piped, offset + piped[0].lastIndexOf(piped.groups?.name ?? "", piped[0].indexOf("|")), registry, isOwn);
  const barred = first.includes("|") ? BARRED_DATELINE.exec(first) : null;
  if (barred) return pipedDateline(body, barred, offset + barred[0].indexOf(barred.groups?.name ?? "", barred[0].indexOf("|")), registry, isOwn);
  const site = SITE_DATELINE.exec(first);
  if (site) return siteDateline(body, site, offset, frames, registry, isOwn);
  const dashed = DASHED_AGENCY_DATELINE.exec(first);
  if (dashed) return dashedDateline(body, dashed, offset, registry, isOwn);
  const equals = EQUALS_DATELINE.exec(first);
  if (equals?.groups?.inner) {
    const open = offset + equals[0].search(/[(\[（［]/u);
    return creditAfterPlace(equals.groups.inner, frames, registry, isOwn, { start: open, end: open + equals.groups.inner.length + 2 }, body);
  }
  const han = HAN_WIRE_DATELINE.exec(first);
  if (han) return hanWireDateline(body, han, offset, registry, isOwn);
  const agencyFirst = AGENCY_FIRST_DATELINE.exec(first);
  if (agencyFirst?.groups?.glued) return gluedDateline(body, agencyFirst, offset, registry, isOwn);
  const m = WIRE_DATELINE.exec(first) ?? agencyFirst;
  const raw = (m?.groups?.name ?? m?.groups?.bracketed)?.trim();
  if (!m || !raw) return undefined;
  if (raw.includes("/")) return sharedWireCredit(body, raw, offset + m[0].indexOf(`(${raw}`) + 1, registry, isOwn);
  // A site's address in the brackets ("(Maroviaspravy.sk)") names the site as surely as an outlet word would, as on a credit line.
  const address = siteOfAddress(raw);
  const entry = registry.byCredit(raw) ?? (address ? registry.byDomain(address) ?? registryBySiteName(address, registry) : undefined);
  const outletish = frames.outletCues.some((c) => raw.toLowerCase().split(/\s+/).includes(c));
  if (!entry && !outletish && !address) return undefined;
  const name = entry?.name ?? raw;
  const key = outletKey(name);
  // The outlet's own credit ("(Meridian Press)" on the Meridian Press Agency's story) is no other outlet's story.
  if (isOwn(raw, key)) return undefined;
  const at = offset + m[0].indexOf(`(${m.groups?.name ?? m.groups?.bracketed ?? ""})`);
  return { outlet: key, outletName: name, evidence: { start: at, end: at + raw.length + 2, text: body.slice(at, at + raw.length + 2) } };
}

/**
 * "(AdnKronos/Dpa)": one agency sending out another's story, both credited. Only where the registry knows every name
 * as an agency's credit: a slash sets apart other words as well ("(Foto/Text)"). `at` is where the names start.
 */
function sharedWireCredit(body: string, raw: string, at: number, registry: OutletRegistry, isOwn: OwnOutletTest): Syndication[] | undefined {
  const out: Syndication[] = [];
  let from = 0;
  for (const part of raw.split("/")) {
    const entry = registry.byCredit(part.trim());
    if (!entry || !AGENCY_KINDS.has(entry.kind)) return undefined;
    const start = at + from + (part.length - part.trimStart().length);
    from += part.length + 1;
    if (!isOwn(part.trim(), outletKey(entry.name))) out.push(registeredCredit(body, entry, start, part.trim().length, "wire_dateline/registry"));
  }
  return out.length ? out : undefined;
}

/**
 * "BERLIN dpa | …", "Lyon, France | AFP | mardi 03/03/2026 - …": only an agency's short credit the registry knows; a bar
 * after a place and a word may be a section's. `at` is where the credit stands in the body.
 */
function pipedDateline(body: string, m: RegExpExecArray, at: number, registry: OutletRegistry, isOwn: OwnOutletTest): Syndication | undefined {
  const raw = m.groups?.name ?? "";
  const entry = registry.byCredit(raw);
  if (!entry || !AGENCY_KINDS.has(entry.kind)) return undefined;
  if (isOwn(raw, outletKey(entry.name))) return undefined;
  return registeredCredit(body, entry, at, raw.length, "pipe_dateline/registry");
}

/** "<place> - <agency> - …" in a script without capitals: only an agency the registry knows; two dashes may set off other words. */
function dashedDateline(body: string, m: RegExpExecArray, offset: number, registry: OutletRegistry, isOwn: OwnOutletTest): Syndication | undefined {
  const raw = m.groups?.name ?? "";
  const entry = registry.byCredit(raw) ?? registry.byName(raw);
  if (!entry || !AGENCY_KINDS.has(entry.kind)) return undefined;
  if (isOwn(raw, outletKey(entry.name))) return undefined;
  return registeredCredit(body, entry, offset + m[0].lastIndexOf(raw), raw.length, "dashed_dateline/registry");
}

/**
 * "AFP-QUITO. …": only an agency's short credit the registry knows; a word glued to a place by a dash may be a body's
 * ("ONU-GINEBRA") or a place's own ("EL-PASO").
 */
function gluedDateline(body: string, m: RegExpExecArray, offset: number, registry: OutletRegistry, isOwn: OwnOutletTest): Syndication | undefined {
  const raw = m.groups?.glued ?? "";
  const entry = registry.byCredit(raw);
  if (!entry || !AGENCY_KINDS.has(entry.kind)) return undefined;
  if (isOwn(raw, outletKey(entry.name))) return undefined;
  return registeredCredit(body, entry, offset + m[0].indexOf(raw), raw.length, "glued_dateline/registry");
}

/**
 * "HARBOURNEWS.COM - …": the site the address names, only where the registry knows the address. Most pages head their
 * stories with their own address so ("KABARKITA.COM - …"), and a case may name its outlet otherwise than its address
 * does: an unknown address is nobody's credit.
 */
function siteDateline(body: string, m: RegExpExecArray, offset: number, frames: LanguageFrames, registry: OutletRegistry, isOwn: OwnOutletTest): Syndication | undefined {
  const raw = m.groups?.name ?? "";
  // Lower-cased in the article's language: a Turkish capital İ is a dotted i, not i with a dot above.
  const host = raw.toLocaleLowerCase(frames.language);
  const entry = registry.byDomain(host);
  if (!entry) return undefined;
  const key = outletKey(entry.name);
  if (isOwn(raw, key) || isOwn(entry.name, key)) return undefined;
  return registeredCredit(body, entry, offset + m[0].indexOf(raw), raw.length, "site_dateline/registry");
}

/** A Chinese wire's dateline opening a paragraph: the agency and the place run together, then the day and "电" (wire). */
const HAN_WIRE_DATELINE = /^\s*(?<run>\p{Script=Han}{2,12}?)\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|電|讯|訊)/u;

/**
 * "新华社北京3月5日电", "中新网3月5日电": Chinese writes the wire first and the place after it, glued ("新华社北京", Xinhua,
 * Beijing): the longest opening of the run the registry knows as an agency's or state media's name is the credit; a
 * run no registered wire opens is a place or a paper's own dateline, and credits nobody.
 */
function hanWireDateline(body: string, m: RegExpExecArray, offset: number, registry: OutletRegistry, isOwn: OwnOutletTest): Syndication | undefined {
  const run = m.groups?.run ?? "";
  for (let end = run.length; end >= 2; end--) {
    const name = run.slice(0, end);
    const entry = registry.byName(name);
    if (!entry || !AGENCY_KINDS.has(entry.kind)) continue;
    if (isOwn(name, outletKey(entry.name)) || isOwn(entry.name, outletKey(entry.name))) return undefined;
    return registeredCredit(body, entry, offset + m[0].indexOf(run), m[0].length - m[0].indexOf(run), "han_wire_dateline/registry");
  }
  return undefined;
}

/** A dateline's credit of a registered outlet, its evidence the `length` characters of `body` from `at`. */
function registeredCredit(body: string, entry: OutletEntry, at: number, length: number, rule: string): Syndication {
  return { outlet: outletKey(entry.name), outletName: entry.name, evidence: { start: at, end: at + length, text: body.slice(at, at + length) }, rule };
}

/** Words a wire's short name leaves off ("共同" for 共同通信, "時事" for 時事通信): tried after the name the bracket holds. */
const WIRE_NAME_TAILS = ["", "通信", "通信社", "社"];

/**
 * Reads a bracketed wire dateline heading the body ("【東京共同】", "【ワシントン時事】"): the agency is the longest ending of
 * what the brackets hold (the place comes first) that the registry knows as an agency, written whole or without the
 * word for "news agency" its short form leaves off. Nothing else counts: a bracket may hold a section or a label.
 */
export function readBracketDateline(body: string, frames: LanguageFrames, registry: OutletRegistry, isOwn: OwnOutletTest): Syndication | undefined {
  // The first paragraph, or the second when the first is the headline the body repeats.
  const lines = [...body.matchAll(/[^\n]+/gu)].slice(0, 2);
  const line = lines.find((l) => BRACKET_DATELINE.test(l[0]));
  const m = line ? BRACKET_DATELINE.exec(line[0]) : null;
  const inner = m?.groups?.inner;
  if (!line || !m || !inner) return undefined;
  const offset = line.index ?? 0;
  for (let i = 0; i <= inner.length - 2; i++) {
    const tail = inner.slice(i);
    const entry = WIRE_NAME_TAILS.map((t) => registry.byName(tail + t)).find((e) => e !== undefined);
    if (!entry || !AGENCY_KINDS.has(entry.kind)) continue;
    const key = outletKey(entry.name);
    if (isOwn(tail, key) || isOwn(entry.name, key)) return undefined;
    const at = offset + m[0].indexOf("【");
    const end = offset + m[0].indexOf("】") + 1;
    return registeredCredit(body, entry, at, end - at, "bracket_dateline/registry");
  }
  return creditAfterPlace(inner, frames, registry, isOwn, { start: offset + m[0].indexOf("【"), end: offset + m[0].indexOf("】") + 1 }, body);
}

/** A line alone in brackets, a place and whose story it is apart by an equals sign ("(부산=나라통신)"). */
const EQUALS_CREDIT_LINE = /^[ \t]*[(（](?<inner>[^()（）=＝\n]{1,12}[=＝][^()（）=＝\n]{1,20})[)）][ \t]*$/u;

/**
 * Reads the Korean wires' dateline written as the body's last line instead of its first ("… 밝혔다.\n\n(서울=나라통신)"),
 * as a page that reran the agency's copy keeps it: the same credit as creditAfterPlace reads heading a body.
 */
export function readClosingEqualsCredit(body: string, frames: LanguageFrames, registry: OutletRegistry, isOwn: OwnOutletTest): Syndication | undefined {
  const trimmed = body.trimEnd();
  const start = trimmed.lastIndexOf("\n") + 1;
  if (start === 0) return undefined;
  const m = EQUALS_CREDIT_LINE.exec(trimmed.slice(start));
  const inner = m?.groups?.inner;
  if (!m || !inner) return undefined;
  const at = start + m[0].search(/[(（]/u);
  return creditAfterPlace(inner, frames, registry, isOwn, { start: at, end: trimmed.length }, body);
}

/** Most characters of a credit written after the place in a bracketed dateline (【上海＝北浜通信】). */
const BRACKET_CREDIT_CHARS = 12;

/**
 * A bracketed dateline that sets the place apart from whose story it is with an equals sign ("【上海＝共同】",
 * "【上海＝北浜通信】", and the Korean wires' "(강릉=나라통신) 기자 =", EQUALS_DATELINE): what follows the sign is that outlet — one the registry knows, of any kind, or a name ending in an
 * outlet ending of the language (通信, 新聞). A reporter's byline stands there too ("【上海＝山田太郎】", the paper's own
 * correspondent): a name without such an ending is nobody's credit.
 */
function creditAfterPlace(inner: string, frames: LanguageFrames, registry: OutletRegistry, isOwn: OwnOutletTest, at: { start: number; end: number }, body: string): Syndication | undefined {
  const credit = /^[^＝=]{1,12}[＝=](?<credit>[^＝=]+)$/u.exec(inner)?.groups?.credit?.trim();
  if (!credit || credit.length > BRACKET_CREDIT_CHARS) return undefined;
  const entry = WIRE_NAME_TAILS.map((t) => registry.byName(credit + t)).find((e) => e !== undefined);
  const suffixed = (frames.outletSuffixes ?? []).some((x) => credit.endsWith(x) && credit.length > x.length);
  if (!entry && !suffixed) return undefined;
  const name = entry?.name ?? credit;
  const key = outletKey(name);
  if (isOwn(credit, key) || isOwn(name, key)) return undefined;
  return { outlet: key, outletName: name, evidence: { start: at.start, end: at.end, text: body.slice(at.start, at.end) }, rule: entry ? "bracket_dateline/registry" : "bracket_dateline/outlet-suffix" };
}

/**
 * The closing line by which a page credits the news agencies whose copy it ran: "dpa/AFP", "AFP, Reuters"; or that
 * contributed to its own ("(avec AFP)", "(con EFE)", "With Reuters": group `with`). Only a short last paragraph made of
 * nothing but registered agencies (and a "with"), so a sentence or a byline never counts.
 */
const AGENCY_LINE = /^\(?\s*(?<with>(?:with|avec|con|com|mit|met|z|с)\s+(?:files\s+from\s+|material\s+von\s+|agences?\s+)?)?(?<names>[\p{L}.&'’ -]{2,40}?(?:\s*[/,;+]\s*[\p{L}.&'’ -]{2,40}?){0,3})\s*\)?\s*\.?$/iu;

/**
 * The same credit in brackets closing the last paragraph's final sentence, the German, Italian and French regional
 * papers' form: "… vor der Sommerpause einbringen. (dpa)", "… non finanziato. (ANSA)", "… avant l'été. (AFP/dpa)".
 */
const TRAILING_AGENCY = /(?<=[.!?…"”»'’])[ \t]*(?<credit>\((?:(?:with|avec|con|com|mit|met|z|с)\s+)?[\p{L}.&'’ -]{2,40}?(?:\s*[/,;+]\s*[\p{L}.&'’ -]{2,40}?){0,3}\s*\))\s*$/iu;

/**
 * The desk's sign-off a page prints under the agency's credit: who prepared or edited the copy, by initials in small
 * letters, maybe after a short abbreviated label ("oprac. ab", "red. xy", "(ab)", "ab/cd"). It names no outlet and stands
 * after the credit, so the credit is read on the line before it.
 */
const DESK_SIGN_OFF = /\n[ \t]*\(?(?:\p{Ll}{2,8}\.[ \t]*)?\p{Ll}{2,4}(?:[ \t]*[/,][ \t]*\p{Ll}{2,4})?\)?\.?[ \t]*$/u;

/**
 * Reads an agency credit line closing the body (see AGENCY_LINE, TRAILING_AGENCY): each agency named is the text's outlet
 * of record. Where the last line is no credit but a desk's sign-off (DESK_SIGN_OFF), the line before it is read.
 */
export function readAgencyLine(body: string, registry: OutletRegistry, isOwn: OwnOutletTest): Syndication[] {
  const closing = body.trimEnd();
  const credits = agencyLineClosing(closing, registry, isOwn);
  const signOff = credits.length === 0 ? DESK_SIGN_OFF.exec(closing) : null;
  return signOff ? agencyLineClosing(closing.slice(0, signOff.index).trimEnd(), registry, isOwn) : credits;
}

/** The agency credits of the last line of `trimmed` (a body without trailing space). */
function agencyLineClosing(trimmed: string, registry: OutletRegistry, isOwn: OwnOutletTest): Syndication[] {
  const start = trimmed.lastIndexOf("\n") + 1;
  const line = trimmed.slice(start);
  // Nordic papers sign agency copy between slashes ("/TT/", "/ritzau/"): the slashes are the credit's frame, not a separator.
  const m = line.length <= 60 ? AGENCY_LINE.exec(line.trim().replace(/^\/\s*([^/\s][^/]{0,38}?)\s*\/$/u, "$1")) : null;
  if (m?.groups?.names) {
    const at = start + (line.length - line.trimStart().length);
    return agencyCredits(m.groups.names, { start: at, end: at + line.trim().length, text: line.trim() }, registry, isOwn, m.groups.with !== undefined);
  }
  const t = TRAILING_AGENCY.exec(line);
  const credit = t?.groups?.credit;
  if (!t || !credit) return [];
  const inner = AGENCY_LINE.exec(credit)?.groups;
  const at = start + t.index + t[0].indexOf(credit);
  return inner?.names ? agencyCredits(inner.names, { start: at, end: at + credit.length, text: credit }, registry, isOwn, inner.with !== undefined) : [];
}

/** Initials stand for a name only as the rest of the case spells it out: a credit read by them is less sure than one naming a registered agency. */
export const INITIALS_CREDIT_CONFIDENCE = 0.8;

/** An editor's or desk's initials after the agency's ("(dpa/ors)", "(AFP/jlm)"): two to four small letters. */
const EDITOR_INITIALS = /^\p{Ll}{2,4}$/u;

/**
 * Each agency of a credit's names, where every name is a registered agency or initials no registered outlet of another
 * kind has; otherwise none. Initials the registry does not know after an agency's name are whoever edited the copy, not
 * another source. Capital initials it does not know as an agency ("(SNB)") may be an outlet the case names in full
 * (Skandinaviska Nyhetsbyrån): they are left for the case-level step to read (`Syndication.initials`). A credit with
 * "with" ("(avec AIN)") says the agency contributed (Syndication.contributed); the word makes it a credit whatever the
 * name, so it may also name an outlet of the case, whose kind is unknown ("AIN", the initials of the case's Agenzia
 * Italia Notizie).
 */
function agencyCredits(names: string, evidence: TextSpan, registry: OutletRegistry, isOwn: OwnOutletTest, contributed: boolean): Syndication[] {
  const parts = names.split(/\s*[/,;+]\s*/u).map((n) => n.trim());
  const credited = parts.filter((n, i) => i === 0 || registry.byCredit(n) || !EDITOR_INITIALS.test(n)).map((n) => ({ written: n, entry: registry.byCredit(n) }));
  // An outlet of the case the registry does not know has the kind "unknown" (core/outlets.ts withCaseOutlets).
  const known = (e: OutletEntry | undefined): e is OutletEntry => e !== undefined && (AGENCY_KINDS.has(e.kind) || (contributed && e.kind === "unknown"));
  const initialsOnly = (c: (typeof credited)[number]): boolean => ACRONYM.test(c.written) && (!c.entry || c.entry.kind === "unknown");
  if (credited.length === 0 || credited.some((c) => !known(c.entry) && !initialsOnly(c))) return [];
  const out: Syndication[] = [];
  for (const { written, entry } of credited) {
    const name = known(entry) ? entry.name : written;
    const key = outletKey(entry?.name ?? written);
    if (isOwn(name, key) || out.some((x) => x.outlet === key)) continue;
    const how = contributed ? { contributed: true } : {};
    out.push(known(entry) ? { outlet: key, outletName: name, evidence, rule: AGENCY_KINDS.has(entry.kind) ? "agency_line/registry" : "agency_line/case", ...how } : { outlet: key, outletName: name, evidence, confidence: INITIALS_CREDIT_CONFIDENCE, rule: "agency_line/initials", initials: true, ...how });
  }
  return out;
}

/**
 * Phrases by which an outlet closes its own stories, per language: "Stay tuned to X for more", "Brought to you by X". A
 * text that ends on one naming another outlet is that outlet's story printed whole, down to its sign-off (a common shape
 * of a reprint); regular-expression sources, lower case.
 */
export const SIGN_OFF_LEADS: Readonly<Record<string, readonly string[]>> = {
  en: ["stay tuned to", "keep it locked (?:to|on)", "for more news from", "brought to you by"],
};

/** A sign-off is weaker evidence than a credit: the words are the other outlet's, but a page may echo them for its own reasons. */
export const SIGN_OFF_CONFIDENCE = 0.6;

/**
 * Reads a sign-off in another outlet's voice closing the body ("… Stay tuned to Quillon 7 News for more updates."): the
 * outlet's name is the run of capitalised words after the lead, and what follows it must end the text within its
 * sentence. Where the text stops inside the name (no full stop, the name running to the last letter), the name may be cut
 * short ("Stay tuned to Quillon 7 Ne"): it is returned with `cut`, for the case-level step to complete from a name the
 * case writes whole (resolve.ts), and is never an outlet on its own.
 */
export function readSignOff(body: string, language: string, frames: LanguageFrames, registry: OutletRegistry, isOwn: OwnOutletTest): Syndication | undefined {
  const leads = SIGN_OFF_LEADS[language];
  if (!leads) return undefined;
  const tail = body.slice(-300);
  // Case-blind only in the lead's first letter: the name's words must be capitalised.
  const open = leads.map((l) => `[${l[0]}${l[0]?.toUpperCase()}]${l.slice(1)}`);
  const re = new RegExp(`(?:^|[\\s.!?…"”])(?<lead>${open.join("|")})\\s+(?<name>[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'’-]*(?:[ \\t]+(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'’-]*|of|the|and|&)){0,5})(?<rest>[^.!?…\\n]{0,100})[.!?…]*["”]?\\s*$`, "u");
  const m = re.exec(tail);
  const name = m?.groups?.name?.replace(/[.]+$/, "");
  const rest = m?.groups?.rest ?? "";
  if (!m || !name || name.length < 3 || /^\p{Ll}/u.test(name)) return undefined;
  // After the name only the rest of the sign-off's sentence ("for more updates", "as the story develops").
  if (rest.trim() && !/^\s+(?:for|as|on|to|and|with|at|every)\b/iu.test(rest)) return undefined;
  const words = name.toLowerCase().split(/\s+/);
  // A text that stops on the name with no full stop may stop inside it, unless its last word is an outlet word ("… News").
  const cut = !rest.trim() && /[\p{L}\p{N}]$/u.test(body.trimEnd()) && !frames.outletCues.includes(words[words.length - 1] ?? "");
  const start = body.length - tail.length + m.index + m[0].indexOf(m.groups?.lead ?? "");
  const end = body.trimEnd().length;
  const evidence: TextSpan = { start, end, text: body.slice(start, end) };
  const entry = registry.byName(name) ?? registry.byName(name.replace(/^(?:the)\s+/i, ""));
  const outletish = frames.outletCues.some((c) => words.includes(c));
  if (!entry && !outletish && !cut) return undefined;
  const outletName = entry?.name ?? name;
  const key = outletKey(outletName);
  if (isOwn(name, key)) return undefined;
  return { outlet: key, outletName, evidence, confidence: SIGN_OFF_CONFIDENCE, rule: entry ? "sign_off/registry" : "sign_off", ...(cut && !entry ? { cut: true } : {}) };
}

function foldName(name: string): string {
  return withoutDiacritics(name).toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, " ").trim();
}

/**
 * Completes names cut short where a stored text ends inside them ("Stay tuned to Quillon 7 Ne"): the outlet whose name
 * another article of the case, or an article's own outlet, writes whole and starts with the cut words (or is them), where
 * only one outlet does and the cut keeps at least half its name. A cut name nothing completes is dropped. Readings without one are
 * returned as they are.
 */
export function completeCutNames(readings: readonly ArticleReading[], outletNames: readonly string[]): ArticleReading[] {
  if (!readings.some((r) => r.syndication.some((s) => s.cut))) return [...readings];
  const whole = new Map<string, string>();
  const add = (name: string) => {
    if (!whole.has(outletKey(name))) whole.set(outletKey(name), name);
  };
  for (const n of outletNames) add(n);
  for (const r of readings) {
    for (const a of r.attributions) add(a.outletName);
    for (const s of r.syndication) if (!s.cut) add(s.outletName);
  }
  return readings.map((r) => {
    if (!r.syndication.some((s) => s.cut)) return r;
    const syndication: Syndication[] = [];
    for (const s of r.syndication) {
      if (!s.cut) {
        syndication.push(s);
        continue;
      }
      const cut = foldName(s.outletName);
      const fits = [...whole.entries()].filter(([, n]) => {
        const f = foldName(n);
        return f.startsWith(cut) && cut.length * 2 >= f.length;
      });
      const found = fits.length === 1 ? fits[0] : undefined;
      if (!found || syndication.some((x) => x.outlet === found[0])) continue;
      const { cut: _cut, ...rest } = s;
      const completed = foldName(found[1]) !== cut;
      syndication.push({ ...rest, outlet: found[0], outletName: found[1], ...(completed ? { rule: `${s.rule ?? "sign_off"}/completed` } : {}) });
    }
    return { ...r, syndication };
  });
}
