/**
 * The reuse scorer on Clough & Stevenson's corpus of plagiarised short answers (95 answers against 5 sources, graded
 * cut / light / heavy / non), read in place from ../shared/benchmarks/ beside the repository and never copied into it.
 * Score of an answer: the share of its words inside passages aligned with its source; "derived" when any passage is found.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_ALIGN_OPTIONS, alignPair } from "../src/align/align.ts";
import { tokenize } from "../src/align/tokens.ts";
import { sharedFolder } from "./shared.ts";

const ROOT = path.join(sharedFolder(), "benchmarks", "clough-stevenson-short-answers");

/** Area under the ROC curve: the chance that a derived answer scores above a non-derived one (ties count half). */
function rocAuc(pos: number[], neg: number[]): number {
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

function ranks(xs: number[]): number[] {
  const idx = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(xs.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j < idx.length && idx[j]![0] === idx[i]![0]) j++;
    for (let k = i; k < j; k++) r[idx[k]![1]] = (i + j - 1) / 2 + 1;
    i = j;
  }
  return r;
}

/** Spearman's rank correlation (Pearson on ranks, ties averaged). */
function spearman(a: number[], b: number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i]! - ma) * (rb[i]! - mb);
    da += (ra[i]! - ma) ** 2;
    db += (rb[i]! - mb) ** 2;
  }
  return num / Math.sqrt(da * db);
}

/** Runs the scorer over every labelled answer and prints the figures. */
export default async function cloughBench(): Promise<void> {
  if (!existsSync(ROOT)) {
    console.log(`clough: ${ROOT} not found; skipped (the benchmark data lives beside the repository, in shared/)`);
    return;
  }
  const rows = readFileSync(path.join(ROOT, "labels.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(","));
  const read = (f: string) => readFileSync(path.join(ROOT, "texts", f), "latin1");
  const results: { category: string; derived: boolean; strength: number; score: number; found: boolean }[] = [];
  const t0 = performance.now();
  for (const [derivedFile, sourceFile, , category, derived, strength] of rows as string[][]) {
    const answer = read(derivedFile!);
    const pair = alignPair({ id: "answer", text: answer }, { id: "source", text: read(sourceFile!) }, DEFAULT_ALIGN_OPTIONS);
    const words = tokenize(answer).length;
    const matched = pair.passages.reduce((n, p) => n + p.matchedWords, 0);
    results.push({ category: category!, derived: derived === "1", strength: Number(strength), score: words > 0 ? matched / words : 0, found: pair.passages.length > 0 });
  }
  const ms = performance.now() - t0;
  const tp = results.filter((r) => r.derived && r.found).length;
  const fp = results.filter((r) => !r.derived && r.found).length;
  const fn = results.filter((r) => r.derived && !r.found).length;
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  const auc = rocAuc(results.filter((r) => r.derived).map((r) => r.score), results.filter((r) => !r.derived).map((r) => r.score));
  const rho = spearman(results.map((r) => r.score), results.map((r) => r.strength));
  console.log(`${results.length} answers aligned with their sources in ${ms.toFixed(0)} ms`);
  console.log(`derived vs not (any shared passage): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
  console.log(`ROC-AUC of the score (share of the answer's words in aligned passages): ${auc.toFixed(3)}; Spearman vs strength: ${rho.toFixed(3)}`);
  const means = ["cut", "light", "heavy", "non"].map((c) => {
    const rs = results.filter((r) => r.category === c);
    const mean = rs.reduce((s, r) => s + r.score, 0) / Math.max(1, rs.length);
    return [c, mean, rs.filter((r) => r.found).length, rs.length] as const;
  });
  console.log(`mean score per grade: ${means.map(([c, m, f, n]) => `${c} ${m.toFixed(3)} (${f}/${n} with a passage)`).join(", ")}`);
  const ordered = means.every((m, i) => i === 0 || means[i - 1]![1] > m[1]);
  console.log(`grades ordered cut > light > heavy > non: ${ordered ? "yes" : "no"}`);
}
