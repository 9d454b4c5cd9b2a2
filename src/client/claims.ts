/** Which claims the picture draws by default, and the sides articles take on a claim. Pure, on the case data. */
import type { ClaimNodeAttrs, Stance } from "../graph/types.ts";
import type { CaseData } from "./data.ts";

/** Most claims drawn by default: more and the band above the rows becomes a row of unlabelled dots. */
export const MAIN_CLAIMS_MAX = 8;

function claimsOf(data: CaseData): [string, ClaimNodeAttrs][] {
  return [...data.nodes].filter((e): e is [string, ClaimNodeAttrs] => e[1].kind === "claim");
}

/** The case's main claims, most carried first: those the analysis marked `main` when it marked any, else the claims most articles carry; at most `max`. */
export function mainClaims(data: CaseData, max: number = MAIN_CLAIMS_MAX): string[] {
  const all = claimsOf(data);
  const marked = all.filter(([, c]) => (c as ClaimNodeAttrs & { main?: boolean }).main === true);
  const pool = marked.length ? marked : all;
  return pool
    .sort(([ka, a], [kb, b]) => b.articles.length - a.articles.length || b.outletCount - a.outletCount || ka.localeCompare(kb))
    .slice(0, max)
    .map(([k]) => k);
}

/** How many articles take each side on a claim (an asserts edge without a stance presents it as true). */
export type Sides = Record<Stance, number>;

/** The stance of each article's asserts edge to the claim, counted. */
export function claimSides(data: CaseData, claim: string): Sides {
  const sides: Sides = { true: 0, false: 0, mentions: 0 };
  const seen = new Set<string>();
  for (const key of data.incident.get(claim) ?? []) {
    const e = data.edges.get(key)!;
    if (e.attributes.kind !== "asserts" || e.target !== claim || seen.has(e.source)) continue;
    seen.add(e.source);
    sides[e.attributes.stance ?? "true"]++;
  }
  return sides;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The sides in words: "7 presented it as true, 12 reported it false, 2 only mention it". On a denial (the claim node's
 * `denial`: "There never was a girl called …") those presenting it state the denial, which reports the story it denies
 * false: "5 articles state this denial, so report what it denies as false or doubtful, 1 reported the denial false".
 */
export function sidesSentence(s: Sides, denial = false): string {
  const parts: string[] = [];
  if (s.true) parts.push(denial ? `${plural(s.true, "article states this denial, so reports", "articles state this denial, so report")} what it denies as false or doubtful` : `${plural(s.true, "article presented it as true", "articles presented it as true")}`);
  if (s.false) parts.push(`${parts.length ? s.false : plural(s.false, "article", "articles")} reported ${denial ? "the denial" : "it"} false`);
  if (s.mentions) parts.push(`${parts.length ? s.mentions : plural(s.mentions, "article", "articles")} only ${s.mentions === 1 ? "mentions" : "mention"} it`);
  return parts.join(", ");
}

/** The side most articles take (ties go to "true": what the claim says). */
export function majoritySide(s: Sides): Stance {
  if (s.false > s.true && s.false >= s.mentions) return "false";
  if (s.mentions > s.true && s.mentions > s.false) return "mentions";
  return "true";
}
