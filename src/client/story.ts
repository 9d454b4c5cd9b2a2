/**
 * Story mode: the case told as a sequence of steps a teacher can walk a class through. From the case's main claim and
 * its origin data (claim node: origins, derivedFrom, restsOn, primary sources; the same data the report's timeline and
 * the origin trace use) and the findings: where the claim started, each re-report in order with what it took from
 * whom, each finding about it, and what it all rests on. Each step has a caption in plain words and the nodes and
 * edges it lights. Pure: case data in, steps out.
 */
import { firstOrigins, originAmongPresenters, publishedDateOf } from "../export/shared.ts";
import { ordersArticles, type ClaimNodeAttrs, type Finding } from "../graph/types.ts";
import { claimSides, mainClaims, sidesSentence } from "./claims.ts";
import { labelOf, type CaseData } from "./data.ts";
import { findingFocus } from "./focus.ts";
import { inferTimes, shownTimes } from "./order.ts";
import { edgeStyleId, FINDING_TITLES, STANCE_WORDS, type EdgeStyleId } from "./palette.ts";
import { articleTime, type ArticleTime } from "./timeline.ts";

/** "own": a step a teacher added (captions.ts); the others are written here. */
export type StepKind = "origin" | "report" | "finding" | "summary" | "own";

/** One step of the story: what to say and what to light. */
export interface StoryStep {
  /** Stable within a case: "origin", "report:<article>", "finding:<id>", "summary" (teachers' edits refer to it). */
  id: string;
  kind: StepKind;
  /** A few words for the step's heading. */
  title: string;
  /** What a teacher reads out: one to three plain sentences. */
  caption: string;
  /** Node and edge keys lit at this step; the rest of the picture is dimmed. */
  nodes: string[];
  edges: string[];
  /** The time slider at this step (epoch ms): the picture shows what was published up to here; absent shows every date (findings, the summary). */
  until?: number;
}

/** Relations by which an article takes a claim from another article of the case. */
const TAKES = new Set(["copies", "quotes_same", "alters_quote", "cites", "republishes"]);

/** What a relation does to the article it takes from ({o}: that article, named the first time, "it" after). */
const TAKE_WORDS: Partial<Record<EdgeStyleId, string>> = {
  cites: "cites {o}",
  republishes: "republishes the story of {o}",
  copies_credited: "copies text from {o}, with credit",
  copies_uncredited: "copies text from {o} without credit",
  quotes_same: "recycles a quote {o} printed",
  alters_quote: "changes the words of a quote {o} printed",
};
const TAKE_ORDER: EdgeStyleId[] = ["cites", "republishes", "copies_credited", "copies_uncredited", "quotes_same", "alters_quote"];
/**
 * What two articles share where nothing tells which came first, in words that take no side: "shares passages and
 * quotations with {o}; some quoted words differ".
 */
function sharedWords(styles: ReadonlySet<EdgeStyleId>, object: string): string {
  const passages = styles.has("copies_credited") || styles.has("copies_uncredited");
  const quotes = styles.has("quotes_same") || styles.has("alters_quote");
  const what = passages && quotes ? "passages and quotations" : passages ? "passages" : "a quotation";
  return `shares ${what} with ${object}${styles.has("alters_quote") ? `; ${passages ? "some quoted words differ" : "in other words"}` : ""}`;
}

/** A claim's wording in quotation marks, ending a sentence. */
function quoted(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? `“${t}”` : `“${t}”.`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "A", "A and B", "A, B and C". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Articles in the order the picture shows them: by date, undated ones by the order their relations show, the rest last. */
function storyTimes(data: CaseData): (key: string) => number {
  const times = new Map<string, ArticleTime>();
  for (const [k, n] of data.nodes) {
    if (n.kind !== "article") continue;
    const t = articleTime(n);
    if (t) times.set(k, t);
  }
  const known = shownTimes(data, times);
  const inferred = inferTimes(data, known);
  return (k: string) => known.get(k) ?? inferred.get(k) ?? Infinity;
}

/** The latest of the articles' times, when all are placed in time. */
function untilOf(at: (key: string) => number, articles: readonly string[]): { until: number } | Record<string, never> {
  const t = Math.max(...articles.map(at));
  return Number.isFinite(t) ? { until: t } : {};
}

/** An article's outlet as readers know it. */
function outletName(data: CaseData, article: string): string {
  const n = data.nodes.get(article);
  return n?.kind === "article" ? n.outletName || labelOf(data, n.outlet) : labelOf(data, article);
}

/** A node as the story names it: an article by outlet and date ("Asia Times, 28 Mar 2019", "Yabibo (undated)"). */
function nameOf(data: CaseData, key: string): string {
  const n = data.nodes.get(key);
  if (n?.kind === "article" && !n.published) return `${outletName(data, key)} (undated)`;
  return labelOf(data, key);
}

/** Edges from `from` to `to` of the given kinds. */
function edgesBetween(data: CaseData, from: string, to: string, kinds: ReadonlySet<string>): string[] {
  return (data.incident.get(from) ?? []).filter((k) => {
    const e = data.edges.get(k)!;
    return e.source === from && e.target === to && kinds.has(e.attributes.kind);
  });
}

/** The asserts edge of an article to the claim, if any. */
function assertsEdge(data: CaseData, article: string, claim: string): string | undefined {
  return edgesBetween(data, article, claim, new Set(["asserts"]))[0];
}

/** What an article rests the claim on, named: its sources, or the outlet's own word. */
function restsOnWords(data: CaseData, c: ClaimNodeAttrs, article: string): string | undefined {
  const outlet = data.nodes.get(article)?.kind === "article" ? (data.nodes.get(article) as { outlet: string }).outlet : undefined;
  const rests = (c.restsOn?.[article] ?? []).filter((k) => k !== outlet && data.nodes.has(k));
  return rests.length ? list(rests.map((k) => labelOf(data, k))) : undefined;
}

/** The sources an article rests the claim on and the lines to them, to light. */
function restsOnLit(data: CaseData, c: ClaimNodeAttrs, article: string): { nodes: string[]; edges: string[] } {
  const nodes: string[] = [];
  const edges: string[] = [];
  for (const s of c.restsOn?.[article] ?? []) {
    if (!data.nodes.has(s)) continue;
    nodes.push(s);
    edges.push(...edgesBetween(data, article, s, new Set(["quotes", "cites"])));
  }
  return { nodes, edges };
}

/**
 * Findings the story tells: those about its claim, then those among its articles that name no claim; one of each kind
 * (the one about the claim, else the one involving most articles), with how many more of that kind the Findings tab has.
 */
function storyFindings(data: CaseData, claim: string | undefined, articles: ReadonlySet<string>): { finding: Finding; more: number }[] {
  const about = data.findings.filter((f) => claim !== undefined && f.claim === claim);
  const among = data.findings.filter((f) => !f.claim && f.articles.length > 0 && f.articles.some((a) => articles.has(a)));
  const byType = new Map<string, Finding[]>();
  for (const f of [...about, ...among]) byType.set(f.type, [...(byType.get(f.type) ?? []), f]);
  return [...byType.values()].map((fs) => {
    const best = fs.find((f) => f.claim === claim) ?? [...fs].sort((x, y) => y.articles.length - x.articles.length)[0]!;
    return { finding: best, more: fs.length - 1 };
  });
}

/** How one article carries the claim after its origin: its side, what it takes from whom, and the caption telling it alone. */
interface Report {
  article: string;
  stance: "true" | "false" | "mentions";
  title: string;
  caption: string;
  nodes: string[];
  edges: string[];
  /** The case's articles it takes the claim from. */
  from: string[];
  /** The kinds of taking, as drawn. */
  styles: EdgeStyleId[];
  /** Same side, taken the same way(s) from the same one article: reports with one key are told together. */
  takeKey?: string;
  /** It names no source for the claim and takes it from no article. */
  unsourced: boolean;
}

function reportOf(data: CaseData, c: ClaimNodeAttrs, claim: string, a: string): Report {
  const nodes = [claim, a];
  const edges: string[] = [];
  const e = assertsEdge(data, a, claim);
  const stance = e ? (data.edges.get(e)!.attributes as { stance?: "true" | "false" | "mentions" }).stance ?? "true" : "true";
  if (e) edges.push(e);
  const from = (c.derivedFrom?.[a] ?? []).filter((f) => data.nodes.has(f));
  const how: string[] = [];
  const unordered: string[] = [];
  const allStyles: EdgeStyleId[] = [];
  for (const f of from) {
    nodes.push(f);
    const between = edgesBetween(data, a, f, TAKES);
    edges.push(...between);
    const styles = new Set(between.map((k) => {
      const at = data.edges.get(k)!.attributes;
      return edgeStyleId(at.kind, "credited" in at ? at.credited : undefined);
    }));
    allStyles.push(...styles);
    // An arrow only a convention orients says the two share words, not which took them from which.
    const known = between.some((k) => ordersArticles(data.edges.get(k)!.attributes));
    if (!known) unordered.push(f);
    const object = outletName(data, f) === outletName(data, a) ? (known ? "its own earlier article" : "another of its articles") : outletName(data, f);
    const words = known ? TAKE_ORDER.filter((id) => styles.has(id)).map((id, i) => TAKE_WORDS[id]!.replace("{o}", i === 0 ? object : "it")) : [sharedWords(styles, object)];
    const lead = known ? `It takes it from ${nameOf(data, f)}` : `It shares it with ${nameOf(data, f)}, and which came first cannot be told`;
    how.push(`${lead}${words.length ? `: ${outletName(data, a)} ${list(words)}` : ""}.`);
  }
  const name = nameOf(data, a);
  const side = stance === "true" ? "repeats it" : stance === "false" ? STANCE_WORDS.false : STANCE_WORDS.mentions;
  const title = stance === "false" ? "Reported false" : "Repeated";
  // One source of the same outlet is its own earlier article: told alone, the words say so.
  const sameOutlet = from.length === 1 && outletName(data, from[0]!) === outletName(data, a);
  // Told together only where each is known to take it from the one article.
  const base = { article: a, stance, title, from, styles: allStyles, ...(from.length === 1 && !sameOutlet && unordered.length === 0 ? { takeKey: `${stance}|${from[0]}|${[...new Set(allStyles)].sort().join(",")}` } : {}) };
  if (how.length) return { ...base, caption: `${name} ${side}. ${how.join(" ")}`, nodes, edges, unsourced: false };
  const lit = restsOnLit(data, c, a);
  nodes.push(...lit.nodes);
  edges.push(...lit.edges);
  const words = restsOnWords(data, c, a);
  const caption = words ? `${name} ${side}, resting it on ${words}.` : `${name} ${side}, naming no source for it.`;
  return { ...base, caption, nodes, edges, unsourced: !words };
}

/** The story of the case's main claim (or of `claim`); a case without claims tells its findings. */
export function buildStory(data: CaseData, claim: string | undefined = mainClaims(data)[0]): StoryStep[] {
  const steps: StoryStep[] = [];
  const c = claim ? (data.nodes.get(claim) as ClaimNodeAttrs | undefined) : undefined;
  if (!claim || c?.kind !== "claim") {
    for (const f of data.findings) steps.push(findingStep(data, f));
    return steps;
  }
  const at = storyTimes(data);
  const carried = c.articles.filter((a) => data.nodes.has(a));
  const first = new Map(carried.map((a, i) => [a, i]));
  const ordered = [...carried].sort((a, b) => at(a) - at(b) || first.get(a)! - first.get(b)!);
  // Only the origins that may be the first: one whose date puts it after the first is told as a later report.
  const origins = firstOrigins((c.origins.length ? c.origins : ordered.slice(0, 1)).filter((a) => data.nodes.has(a)), (a) => publishedDateOf(data.nodes.get(a)!)).first;
  const originSet = new Set(origins);

  // 1. Where it started.
  {
    const nodes = [claim, ...origins];
    const edges: string[] = [];
    const rests: string[] = [];
    for (const o of origins) {
      const e = assertsEdge(data, o, claim);
      if (e) edges.push(e);
      const lit = restsOnLit(data, c, o);
      nodes.push(...lit.nodes);
      edges.push(...lit.edges);
      const words = restsOnWords(data, c, o);
      if (words) rests.push(words);
    }
    const who = list(origins.map((o) => nameOf(data, o)));
    const how = c.denial ? "state this denial" : originAmongPresenters(c) ? "present it as true" : "print it";
    const firstWords = origins.length > 1 ? `${who} are the first in this case to ${how}` : `${who} is the first in this case to ${how}`;
    const basis = rests.length ? `It rests on ${list([...new Set(rests)])}.` : "It names no source for it.";
    steps.push({ id: "origin", kind: "origin", title: "Where it started", caption: `${firstWords}: ${quoted(c.label || c.text)} ${basis}`, nodes: [...new Set(nodes)], edges, ...untilOf(at, origins) });
  }

  // 2. Each re-report, in order. Articles that take it the same way from the same one article are told in one step,
  // at the last of them, so a wire story reprinted by twenty sites is one step the class hears once, not twenty.
  const reports = ordered.filter((a) => !originSet.has(a)).map((a) => reportOf(data, c, claim, a));
  const sameTake = new Map<string, Report[]>();
  for (const r of reports) if (r.takeKey) sameTake.set(r.takeKey, [...(sameTake.get(r.takeKey) ?? []), r]);
  /** Steps that tell articles naming no source, by step id: the articles told. */
  const unsourced = new Map<string, string[]>();
  for (const r of reports) {
    const a = r.article;
    const group = r.takeKey ? sameTake.get(r.takeKey)! : [r];
    if (group.length > 1) {
      if (group[group.length - 1] !== r) continue;
      const members = group.map((g) => g.article);
      const source = r.from[0]!;
      const styles = new Set(group.flatMap((g) => g.styles));
      const words = TAKE_ORDER.filter((id) => styles.has(id)).map((id, i) => TAKE_WORDS[id]!.replace("{o}", i === 0 ? nameOf(data, source) : "it"));
      const sideMany = r.stance === "true" ? "repeat it" : r.stance === "false" ? "report it false" : "only mention it";
      steps.push({
        id: `report:${members[0]}`,
        kind: "report",
        title: r.title,
        caption: `${members.length} articles ${sideMany}, each taking it from ${nameOf(data, source)}: ${list(members.map((m) => outletName(data, m)))}. Each ${list(words)}.`,
        nodes: [...new Set(group.flatMap((g) => g.nodes))],
        edges: [...new Set(group.flatMap((g) => g.edges))],
        ...untilOf(at, members),
      });
      continue;
    }
    // Articles in a row that take the same side and name no source are told in one step: the class hears the pattern once.
    const prev = steps[steps.length - 1];
    if (r.unsourced && prev?.kind === "report" && prev.title === r.title && unsourced.has(prev.id)) {
      const members = [...unsourced.get(prev.id)!, a];
      steps.pop();
      unsourced.delete(prev.id);
      const id = `report:${members[0]}`;
      unsourced.set(id, members);
      const sideMany = r.stance === "true" ? "repeat it" : r.stance === "false" ? "report it false" : "only mention it";
      steps.push({ id, kind: "report", title: r.title, caption: `${members.length} more articles ${sideMany}, naming no source for it: ${list(members.map((m) => outletName(data, m)))}.`, nodes: [...new Set([...prev.nodes, ...r.nodes])], edges: [...new Set([...prev.edges, ...r.edges])], ...untilOf(at, members) });
      continue;
    }
    if (r.unsourced) unsourced.set(`report:${a}`, [a]);
    steps.push({ id: `report:${a}`, kind: "report", title: r.title, caption: r.caption, nodes: [...new Set(r.nodes)], edges: [...new Set(r.edges)], ...untilOf(at, [a]) });
  }

  // 3. What the findings say about it.
  for (const { finding, more } of storyFindings(data, claim, new Set(ordered))) {
    const step = findingStep(data, finding);
    if (more) step.caption += ` (${plural(more, "more finding")} of this kind in the Findings tab.)`;
    steps.push(step);
  }

  // 4. What it all rests on.
  {
    const nodes = new Set<string>([claim, ...ordered, ...c.primarySources.filter((p) => data.nodes.has(p))]);
    const edges = new Set<string>();
    for (const s of steps) if (s.kind !== "finding") for (const e of s.edges) edges.add(e);
    const n = c.independentSources;
    const spread = `${plural(c.articles.length, "article")} from ${plural(c.outletCount, "outlet")} carry this claim`;
    const rest = n === 0 ? "claimtrail found no primary source behind it" : `followed back, they rest on ${plural(n, "independent source")}${c.primarySources.length ? ` (${list(c.primarySources.filter((p) => data.nodes.has(p)).map((p) => labelOf(data, p)))})` : ""}`;
    const sides = claimSides(data, claim);
    // A denial is told as one whatever the sides: "5 articles state this denial, so report what it denies as false".
    const sideWords = sides.false || sides.mentions || c.denial ? ` ${sidesSentence(sides, c.denial === true)}.` : "";
    const note = n > 0 && n < c.articles.length ? " Repeating a claim is not confirming it." : "";
    steps.push({ id: "summary", kind: "summary", title: "What it rests on", caption: `${spread}; ${rest}.${sideWords}${note}`, nodes: [...nodes], edges: [...edges] });
  }
  return steps;
}

function findingStep(data: CaseData, f: Finding): StoryStep {
  const focus = findingFocus(data, f);
  return { id: `finding:${f.id}`, kind: "finding", title: FINDING_TITLES[f.type] ?? f.type, caption: f.explanation, nodes: [...focus.nodes], edges: [...focus.edges] };
}
