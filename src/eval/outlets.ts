/** Outlets in the eval: when two outlet references are the same outlet (same slug, or one registry entry), and which outlet nodes no text or metadata of the case names (invented). Pure. */
import { domainToUnicode } from "node:url";
import { outletKey, type OutletEntry, type OutletRegistry } from "../core/outlets.ts";
import { hanKeyForm } from "../core/hanScript.ts";
import { foldTypography } from "../core/text.ts";
import type { SerializedProvenanceGraph } from "../graph/types.ts";
import type { CaseAnalysis } from "../pipeline.ts";
import { DECLINING_LANGUAGES, uninflected } from "../extract/cited.ts";

/**
 * A node reference in comparable form: articles by id, outlets by slug ("outlet:al-Khaleej" ≡
 * "outlet:al-khaleej"), and two outlet names the registry resolves to one entry by that entry's
 * name ("BuzzFeed" ≡ "BuzzFeed News" when the registry lists the alias). Nothing fuzzier.
 */
export function normaliseNode(ref: string, registry?: OutletRegistry): string {
  if (!ref.startsWith("outlet:")) return ref;
  const name = ref.slice("outlet:".length);
  const entry = registry?.byName(name);
  return outletKey(entry ? entry.name : name);
}

/**
 * A truth file's node reference in comparable form: as `normaliseNode`, and an outlet the reader wrote by the signature
 * its texts credit it with ("outlet:PA" for the wire that signs "PA", PA Media in the registry) as that entry. Only a
 * credit written exactly as the registry spells it: the reader wrote what the page prints, and the registry says whose
 * signature it is. Never for the graph's references, which name the outlet itself; never a text alias ("PA" inside
 * running text is a word or an abbreviation, cited.ts reads credits only in a credit's position).
 */
export function normaliseTruthNode(ref: string, registry?: OutletRegistry): string {
  if (!ref.startsWith("outlet:") || !registry) return normaliseNode(ref, registry);
  const name = ref.slice("outlet:".length);
  if (registry.byName(name)) return normaliseNode(ref, registry);
  const signed = registry.byCredit(name);
  return signed?.credits?.includes(name) ? outletKey(signed.name) : normaliseNode(ref, registry);
}

/** What a case gives to ground an outlet name in: its texts (raw and cleaned) and metadata strings, and the hosts of its articles' addresses. */
export interface OutletGrounding {
  texts: string[];
  hosts: string[];
}

/** Metadata origins that are the user's or the page's own words, not claimtrail's inference. */
const GIVEN_ORIGINS = new Set(["case.json", "front_matter", "page_meta", "json_ld"]);

function hostOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\./, "");
    return host.includes("xn--") ? domainToUnicode(host) || host : host;
  } catch {
    return undefined;
  }
}

/** Everything in an analysed case that may name an outlet: raw texts, cleaned bodies, the case's title and description, each article's given outlet and title, and its address's host. */
export function groundingOf(analysis: Pick<CaseAnalysis, "loaded" | "cleaned">): OutletGrounding {
  const texts: string[] = [analysis.loaded.title, analysis.loaded.description ?? ""];
  const hosts: string[] = [];
  for (const a of analysis.loaded.articles) {
    texts.push(a.text, a.meta.title ?? "");
    if (a.meta.outlet && a.meta.outletOrigin && GIVEN_ORIGINS.has(a.meta.outletOrigin)) texts.push(a.meta.outlet);
    const host = a.meta.url ? hostOf(a.meta.url) : undefined;
    if (host) hosts.push(host);
  }
  for (const c of analysis.cleaned) texts.push(c.body);
  return { texts: texts.filter((t) => t.length > 0), hosts };
}

/** Scripts written without spaces between words (or with particles glued on): a name in them is found as a plain substring. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/**
 * Folds for comparison: typography, accents and case, Han characters to the key form the reader matches names in
 * (人民網 names 人民网, 讀賣新聞 names 読売新聞); every run of other characters becomes one space.
 */
function fold(text: string): string {
  return hanKeyForm(foldTypography(text))
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Where Latin letters or digits meet a script written without spaces, either way round. */
const LATIN_UNSPACED_SEAM = /(?<=[\p{Script=Latin}\p{N}])(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}])|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}])(?=[\p{Script=Latin}\p{N}])/gu;

function compact(text: string): string {
  return fold(text).replace(/ /g, "");
}

/** The label a site is known by in its host: "news.bbc.co.uk" → "bbc", "wtoe5news.com" → "wtoe5news" (no public-suffix list: a second level such as co/com/org before a country code is skipped). */
export function siteLabel(host: string): string {
  const labels = host.toLowerCase().replace(/^www\./, "").split(".");
  labels.pop();
  const last = labels[labels.length - 1];
  if (labels.length > 1 && last !== undefined && /^(?:co|com|org|net|gov|ac|edu)$/.test(last)) labels.pop();
  return labels[labels.length - 1] ?? host;
}

/**
 * The ways an outlet node may be written: its label (with and without a leading "the"), the names, aliases, credit
 * signatures ("PTI" for the Press Trust of India) and domains of its registry entry, and each name of two words or
 * more run together ("(fonte GazzettaValle)"), as the reader reads it (src/extract/cited.ts).
 */
function namesOf(label: string, entry: OutletEntry | undefined): string[] {
  const names = [label, label.replace(/^the\s+/i, "")];
  if (entry) names.push(entry.name, ...entry.aliases, ...(entry.credits ?? []), ...entry.domains);
  const folded = names.map(fold).filter((n) => n.length > 0);
  folded.push(...folded.flatMap(contractedForms));
  const runTogether = folded.filter((n) => n.includes(" ") && !UNSPACED.test(n)).map((n) => n.replace(/ /g, ""));
  return [...new Set([...folded, ...runTogether])];
}

/**
 * Romance languages fuse a preposition with the article that opens an outlet's name ("auprès du Monde" for Le
 * Monde, "del Corriere" for Il Corriere, "da Folha" for A Folha): each fused article and what follows it, in folded
 * form, names the outlet as the name itself does. The article alone is never dropped ("Le Point" is not grounded by
 * "point").
 */
const CONTRACTED_ARTICLES: Readonly<Record<string, readonly string[]>> = {
  le: ["du", "au"],
  les: ["des", "aux"],
  el: ["del", "al"],
  il: ["del", "al", "dal", "nel", "sul"],
  lo: ["dello", "allo", "dallo", "nello", "sullo"],
  la: ["della", "alla", "dalla", "nella", "sulla"],
  o: ["do", "no", "ao", "pelo"],
  a: ["da", "na", "pela"],
};

/** The folded name written after each preposition its opening article fuses with ("le dauphine" → "du dauphine", "au dauphine"). */
function contractedForms(folded: string): string[] {
  const [article, ...rest] = folded.split(" ");
  const fused = CONTRACTED_ARTICLES[article ?? ""];
  return fused && rest.length > 0 ? fused.map((f) => `${f} ${rest.join(" ")}`) : [];
}

/** A word as texts write it, with the hyphens and dots inside it ("Ilta-Sanomien", "iDNES.cz"). */
const WRITTEN_WORD = /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu;

/**
 * True when a text writes the name declined ("Iltalehden" for Iltalehti, "České televize" for Česká televize), as the
 * reader resolves it (extract/cited.ts uninflected): a run of as many words as the name has, each opening as the name's
 * word does, whose nominatives in a language that declines names give the name.
 */
function declinedInText(name: string, texts: readonly string[]): boolean {
  const want = fold(name);
  const words = name.trim().split(/\s+/u).map(fold);
  if (words.length > 3 || want.length === 0) return false;
  const openings = words.map((w) => w.slice(0, Math.max(1, Math.min(3, w.length - 1))));
  for (const text of texts) {
    const tokens = foldTypography(text).match(WRITTEN_WORD) ?? [];
    for (let i = 0; i + words.length <= tokens.length; i++) {
      const run = tokens.slice(i, i + words.length);
      if (!run.every((token, j) => fold(token).startsWith(openings[j] as string))) continue;
      const written = run.join(" ");
      if (DECLINING_LANGUAGES.some((language) => uninflected(written, language).some((n) => fold(n) === want))) return true;
    }
  }
  return false;
}

/**
 * Outlet nodes whose name occurs in no text and no metadata of the case (case-insensitive,
 * typography folded, whole words): the contract says such an outlet is never a node. A node also
 * stands when an article's address is its own (the site's label in the host, or the whole host, is its name run
 * together, or the registry gives the host to that outlet). Returns the nodes' labels.
 */
export function inventedOutlets(graph: SerializedProvenanceGraph, grounding: OutletGrounding, registry?: OutletRegistry): string[] {
  // Each text folded twice: with apostrophes dropped ("O'Brien" is one word) and with them parting words, as Turkish
  // writes a name's case ending after one ("Liman TV'ye", "Kuzey Gazetesi'nden") and English its possessive; the
  // second also parts Latin letters from the unspaced script they run into ("KBXニュース" names KBX).
  const texts = grounding.texts.flatMap((t) => [` ${fold(t)} `, ` ${fold(t.replace(/['’`]/gu, " ").replace(LATIN_UNSPACED_SEAM, " "))} `]);
  const hosts = grounding.hosts.map((h) => ({ site: compact(siteLabel(h)), whole: compact(h.replace(/^www\./, "")), entry: registry?.byDomain(h) }));
  const invented: string[] = [];
  for (const n of graph.nodes) {
    if (n.attributes.kind !== "outlet") continue;
    // A name a person gave in a review (src/review) is theirs, not claimtrail's.
    const review = (n.attributes as { review?: string }).review;
    if (review === "renamed" || review === "added") continue;
    const label = n.attributes.label || n.key.slice("outlet:".length);
    const entry = registry?.byName(label) ?? registry?.byName(n.key.slice("outlet:".length));
    const names = namesOf(label, entry);
    const inText = names.some((name) => {
      const needle = UNSPACED.test(name) ? name : ` ${name} `;
      return texts.some((t) => t.includes(needle));
    });
    const inHost = hosts.some((h) => (entry !== undefined && h.entry === entry) || names.some((name) => name.replace(/ /g, "") === h.site || name.replace(/ /g, "") === h.whole));
    // A declining language writes the name in another case only ("Iltalehden mukaan"): the reader took it for the outlet.
    if (!inText && !inHost && !(entry !== undefined && [entry.name, ...entry.aliases].some((name) => declinedInText(name, grounding.texts)))) invented.push(label);
  }
  return invented;
}
