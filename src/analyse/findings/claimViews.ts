/** What the claim and stance stages say of a claim, read defensively (graphs and claims made before stance have none). */
import type { Evidence, FigureNote } from "../../graph/types.ts";
import type { ClaimAnalysis } from "../types.ts";
import { confident } from "./inputs.ts";

/** What the stance stage adds to a claim, read defensively so graphs and claims made before stance still work (absent = every article presents it as true). */
export interface StanceView {
  presentedAsTrue?: string[];
  reportedFalse?: string[];
  main?: boolean;
}

/** The claims findings speak about: the story's main claims where the claim stage marked them, else every claim. */
export function claimsToState(claims: readonly ClaimAnalysis[]): (ClaimAnalysis & StanceView)[] {
  const all = claims as readonly (ClaimAnalysis & StanceView)[];
  return all.some((c) => c.main === true) ? all.filter((c) => c.main === true) : [...all];
}

/** Articles that present the claim as true: only these amplify it. */
export function presentingAsTrue(claim: ClaimAnalysis & StanceView): string[] {
  return claim.presentedAsTrue ?? claim.articles;
}


/** Per-article stance details, read defensively (graphs and claims made before stance have none). */
export type StanceDetail = { stance: string; confidence: number; rule?: string; evidence?: Evidence[]; otherFigure?: FigureNote; satire?: true };
export function stanceOf(claim: ClaimAnalysis, article: string): StanceDetail | undefined {
  return (claim as ClaimAnalysis & { stances?: Record<string, StanceDetail> }).stances?.[article];
}

/**
 * Articles that pass the claim on: those that present it as true, and those that tell it as a joke made as one (satire,
 * a spoof, a prank: `satire` on their stance), as news or as the blunder of those who took it for news. Not those that
 * report it false on other words only (false, a rumour, denied): they answer the story, they do not spread it.
 */
export function passingOn(claim: ClaimAnalysis & StanceView): string[] {
  const asTrue = new Set(presentingAsTrue(claim));
  return claim.articles.filter((a) => asTrue.has(a) || (stanceOf(claim, a)?.stance === "false" && stanceOf(claim, a)?.satire === true));
}

/** Articles that report the claim as false, satire or doubtful, on a confident reading. */
export function confidentlyFalse(claim: ClaimAnalysis & StanceView): string[] {
  return (claim.reportedFalse ?? []).filter((a) => confident(stanceOf(claim, a)?.confidence));
}

