/** The eval over a set of cases: each case's figures as counted ratios, and their micro-average (counts summed over every case, then divided). Pure. */
import { SCORED_KINDS, type EvalReport } from "./score.ts";

/** A measured share with the counts it comes from; `value` is null when there was nothing to count (0/0). */
export interface Ratio {
  hits: number;
  total: number;
  value: number | null;
}

export interface KindFigures {
  recall: Ratio;
  precision: Ratio;
}

/** The figures of one case (or of all cases together) that the table prints and the floor test holds. */
export interface EvalFigures {
  kinds: Record<(typeof SCORED_KINDS)[number], KindFigures>;
  sources: Ratio;
  /** Speakers the graph names that the truth lists among the article's sources. */
  sourcesPrecision: Ratio;
  findingsMatched: Ratio;
  findingsSupported: Ratio;
  originRight: Ratio;
  stanceRight: Ratio;
  claimsDrawn: number;
  mainClaimsDrawn: number;
  /** How many outlet nodes no text or metadata of the case names (summed over cases in a micro-average). */
  inventedOutlets: number;
}

export interface CaseEval {
  /** The case's name: the truth file's `case`, else its folder's. */
  case: string;
  figures: EvalFigures;
  report: EvalReport;
}

export interface DevsetEval {
  cases: CaseEval[];
  /** Counts summed over every case: a case with more relations weighs more. */
  micro: EvalFigures;
}

function ratio(hits: number, total: number): Ratio {
  return { hits, total, value: total === 0 ? null : hits / total };
}

function sum(rs: Ratio[]): Ratio {
  return ratio(
    rs.reduce((n, r) => n + r.hits, 0),
    rs.reduce((n, r) => n + r.total, 0),
  );
}

/** One case's report as counted ratios. A relation kind the case does not have counts 0/0. */
export function figuresOf(report: EvalReport): EvalFigures {
  const kinds = Object.fromEntries(
    SCORED_KINDS.map((kind) => {
      const k = report.kinds.find((x) => x.kind === kind);
      return [kind, { recall: ratio(k?.hits ?? 0, k?.truth ?? 0), precision: ratio(k?.hits ?? 0, k ? k.predicted - k.acceptable : 0) }];
    }),
  ) as EvalFigures["kinds"];
  return {
    kinds,
    sources: ratio(report.sourcesFound, report.sourcesTruth),
    sourcesPrecision: ratio(report.sourcesRight, report.sourcesPredicted),
    findingsMatched: ratio(report.findingsMatched, report.findingsTruth),
    findingsSupported: ratio(report.findingsSupported, report.findingsPredicted),
    originRight: ratio(report.claims.originRight, report.claims.originTotal),
    stanceRight: ratio(report.claims.stanceRight, report.claims.stanceTotal),
    claimsDrawn: report.claims.claimsDrawn,
    mainClaimsDrawn: report.claims.mainClaimsDrawn,
    inventedOutlets: report.inventedOutlets?.length ?? 0,
  };
}

/** Micro-averages figures of several cases; claim and invented-outlet counts are summed. */
export function microAverage(all: EvalFigures[]): EvalFigures {
  const kinds = Object.fromEntries(
    SCORED_KINDS.map((kind) => [kind, { recall: sum(all.map((f) => f.kinds[kind].recall)), precision: sum(all.map((f) => f.kinds[kind].precision)) }]),
  ) as EvalFigures["kinds"];
  return {
    kinds,
    sources: sum(all.map((f) => f.sources)),
    sourcesPrecision: sum(all.map((f) => f.sourcesPrecision)),
    findingsMatched: sum(all.map((f) => f.findingsMatched)),
    findingsSupported: sum(all.map((f) => f.findingsSupported)),
    originRight: sum(all.map((f) => f.originRight)),
    stanceRight: sum(all.map((f) => f.stanceRight)),
    claimsDrawn: all.reduce((n, f) => n + f.claimsDrawn, 0),
    mainClaimsDrawn: all.reduce((n, f) => n + f.mainClaimsDrawn, 0),
    inventedOutlets: all.reduce((n, f) => n + f.inventedOutlets, 0),
  };
}

/** Puts case reports together with their micro-average, cases in name order. */
export function summarise(cases: { case: string; report: EvalReport }[]): DevsetEval {
  const rows = [...cases].sort((a, b) => (a.case < b.case ? -1 : a.case > b.case ? 1 : 0)).map((c) => ({ ...c, figures: figuresOf(c.report) }));
  return { cases: rows, micro: microAverage(rows.map((r) => r.figures)) };
}

/**
 * The figures a floor holds, flattened to named numbers: shares ("cites.recall", "findings.supported",
 * "origin.right", …) must not fall, `invented_outlets` must not rise. Shares with nothing to count
 * (0/0) are left out.
 */
export function floorFigures(f: EvalFigures): Record<string, number> {
  const out: Record<string, number> = {};
  const put = (name: string, r: Ratio): void => {
    if (r.value !== null) out[name] = r.value;
  };
  for (const kind of SCORED_KINDS) {
    put(`${kind}.recall`, f.kinds[kind].recall);
    put(`${kind}.precision`, f.kinds[kind].precision);
  }
  put("sources.recall", f.sources);
  put("sources.precision", f.sourcesPrecision);
  put("findings.matched", f.findingsMatched);
  put("findings.supported", f.findingsSupported);
  put("origin.right", f.originRight);
  put("stance.right", f.stanceRight);
  out.invented_outlets = f.inventedOutlets;
  return out;
}

/** Names of the figures where lower is better (a ceiling, not a floor). */
export const CEILINGS: ReadonlySet<string> = new Set(["invented_outlets"]);

/** Compares measured figures with recorded ones: every recorded share that fell, every ceiling that rose, and every recorded figure no longer measured. */
export function belowFloor(measured: Record<string, number>, recorded: Record<string, number>, tolerance = 1e-9): string[] {
  const failures: string[] = [];
  for (const [name, floor] of Object.entries(recorded)) {
    const now = measured[name];
    if (now === undefined) failures.push(`${name}: recorded ${floor}, no longer measured`);
    else if (CEILINGS.has(name) ? now > floor + tolerance : now < floor - tolerance) failures.push(`${name}: ${now.toFixed(3)} ${CEILINGS.has(name) ? "above the ceiling" : "below the floor"} ${floor.toFixed(3)}`);
  }
  return failures;
}
