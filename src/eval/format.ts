/** What `claimtrail eval` prints: one case in detail, or one table for a set of cases with their micro-average. */
import { SCORED_KINDS, type EvalReport } from "./score.ts";
import type { DevsetEval, EvalFigures, Ratio } from "./summary.ts";

function fmt(x: number): string {
  return x.toFixed(2);
}

/** A share as "0.63 (5/8)", or "–" when there was nothing to count. */
function share(r: Ratio): string {
  return r.value === null ? "– (0/0)" : `${fmt(r.value)} (${r.hits}/${r.total})`;
}

/** The claim, origin, stance and invented-outlet lines of one case: the claim node matched to each truth claim; verbose adds each wrong origin and stance and the invented outlets by name. */
function claimLines(r: EvalReport, verbose: boolean, indent: string): string[] {
  const c = r.claims;
  const lines = [
    `${indent}claims       drawn ${c.claimsDrawn} (main ${c.mainClaimsDrawn})  origin right ${c.originRight}/${c.originTotal}  stance right ${c.stanceRight}/${c.stanceTotal}`,
  ];
  for (const m of c.matches) lines.push(`${indent}    ${m.truth} → ${m.claim ? `${m.claim} (Jaccard ${fmt(m.jaccard)}, ${m.shared} article${m.shared === 1 ? "" : "s"} shared)` : "no claim node shares an article"}`);
  if (verbose) {
    for (const o of c.origins) if (!o.right) lines.push(`${indent}    origin of ${o.claim}: expected ${o.expected}, the graph names ${o.named.length > 0 ? o.named.join(", ") : "nothing"}`);
    for (const s of c.stances) if (!s.right) lines.push(`${indent}    stance ${s.claim} ${s.article}: expected ${s.expected.join(" or ")}, found ${s.found.length > 0 ? s.found.join(", ") : "no asserts edge"}`);
  }
  if (r.inventedOutlets) {
    lines.push(`${indent}invented     outlets ${r.inventedOutlets.length}`);
    if (verbose) for (const name of r.inventedOutlets) lines.push(`${indent}    ${name}`);
  }
  return lines;
}

/** One case's report as the lines `claimtrail eval <case>` prints (each relation line says recall and precision). */
export function formatReport(caseId: string, r: EvalReport, verbose = false): string[] {
  const lines = [`eval ${caseId}`];
  for (const k of r.kinds) {
    lines.push(`  ${k.kind.padEnd(12)} recall ${fmt(k.recall)} (${k.hits}/${k.truth})  precision ${fmt(k.precision)} (${k.hits}/${k.predicted - k.acceptable})  acceptable ${k.acceptable}  forbidden ${k.forbidden}`);
    if (verbose) {
      for (const m of k.missed) lines.push(`      missed ${m}`);
      for (const x of k.extra) lines.push(`      extra  ${x}`);
    }
  }
  const srcPrecision = r.sourcesPredicted === 0 ? 1 : r.sourcesRight / r.sourcesPredicted;
  lines.push(`  sources      recall ${fmt(r.sourcesTruth === 0 ? 1 : r.sourcesFound / r.sourcesTruth)} (${r.sourcesFound}/${r.sourcesTruth})  precision ${fmt(srcPrecision)} (${r.sourcesRight}/${r.sourcesPredicted} speakers)`);
  for (const s of r.sources) {
    if (verbose || s.missed.length > 0) lines.push(`      ${s.article}: ${s.found}/${s.truth}${s.missed.length ? `, missed: ${s.missed.join("; ")}` : ""}`);
    if (verbose && s.unexpected.length > 0) lines.push(`      ${s.article}: not in truth: ${s.unexpected.join("; ")}`);
  }
  lines.push(`  findings     matched ${r.findingsMatched}/${r.findingsTruth}  supported ${r.findingsSupported}/${r.findingsPredicted}`);
  if (verbose) {
    for (const m of r.findingsMissed) lines.push(`      missed      ${m}`);
    for (const u of r.findingsUnsupported) lines.push(`      unsupported ${u}`);
  }
  lines.push(...claimLines(r, verbose, "  "));
  return lines;
}

function cell(r: Ratio): string {
  return r.value === null ? "  – " : fmt(r.value);
}

function count(r: Ratio): string {
  return `${r.hits}/${r.total}`;
}

/** The columns of the table after the case name: one recall/precision pair per relation kind, then findings, origin, stance, claims, invented outlets. */
function row(name: string, f: EvalFigures, width: number): string {
  const kinds = SCORED_KINDS.map((k) => `${cell(f.kinds[k].recall)} ${cell(f.kinds[k].precision)}`.padEnd(14)).join("");
  return (
    name.padEnd(width) +
    kinds +
    count(f.findingsMatched).padEnd(8) +
    count(f.findingsSupported).padEnd(8) +
    count(f.originRight).padEnd(8) +
    count(f.stanceRight).padEnd(9) +
    `${f.claimsDrawn}${f.mainClaimsDrawn !== f.claimsDrawn ? ` (${f.mainClaimsDrawn})` : ""}`.padEnd(8) +
    String(f.inventedOutlets)
  ).trimEnd();
}

/** The table `claimtrail eval <folder>` prints for a set of cases: a row per case, the micro-average, then the micro-averaged counts per relation kind. */
export function formatTable(d: DevsetEval, verbose = false): string[] {
  const width = Math.max(14, ...d.cases.map((c) => c.case.length)) + 2;
  const head1 = "".padEnd(width) + SCORED_KINDS.map((k) => k.padEnd(14)).join("") + "findings".padEnd(16) + "origin".padEnd(8) + "stance".padEnd(9) + "claims".padEnd(8) + "invented";
  const head2 = "case".padEnd(width) + SCORED_KINDS.map(() => "R    P".padEnd(14)).join("") + "matched supp.   right   right    drawn   outlets";
  const lines = [head1, head2];
  for (const c of d.cases) lines.push(row(c.case, c.figures, width));
  lines.push(row("all (micro)", d.micro, width));
  lines.push("");
  lines.push(`micro-averaged over ${d.cases.length} case${d.cases.length === 1 ? "" : "s"}:`);
  for (const k of SCORED_KINDS) lines.push(`  ${k.padEnd(12)} recall ${share(d.micro.kinds[k].recall)}  precision ${share(d.micro.kinds[k].precision)}`);
  lines.push(`  sources      recall ${share(d.micro.sources)}  precision ${share(d.micro.sourcesPrecision)} (speakers the truth lists)`);
  lines.push(`  findings     matched ${share(d.micro.findingsMatched)}  supported ${share(d.micro.findingsSupported)}`);
  lines.push(`  origin right ${share(d.micro.originRight)}  stance right ${share(d.micro.stanceRight)}`);
  lines.push(`  claims drawn ${d.micro.claimsDrawn} (main ${d.micro.mainClaimsDrawn})  invented outlets ${d.micro.inventedOutlets}`);
  if (verbose) {
    for (const c of d.cases) {
      lines.push("");
      lines.push(...formatReport(c.case, c.report, true));
    }
  }
  return lines;
}
