/** What every CLI command shares: exit codes, progress on stderr, and printing a case's load problems. */
import type { LoadProblem } from "../ingest/types.ts";
import type { Progress } from "../pipeline.ts";

/** Exit codes scripts can rely on. */
export const EXIT = {
  ok: 0,
  /** The input could not be used at all (missing folder, unreadable case). */
  input: 1,
  /** The command line was wrong. */
  usage: 2,
  /** `--strict`: the case was analysed but some files had problems. */
  problems: 3,
  /** A bug in claimtrail. */
  internal: 70,
} as const;

/** Progress on stderr, only when stderr is a terminal or CLAIMTRAIL_PROGRESS=1, so pipes and logs stay clean. */
export function stderrProgress(): Progress | undefined {
  if (!process.stderr.isTTY && process.env.CLAIMTRAIL_PROGRESS !== "1") return undefined;
  let last = 0;
  return (stage, done, total) => {
    const now = Date.now();
    if (done !== total && now - last < 200) return;
    last = now;
    process.stderr.write(`\r${stage}: ${done}/${total}${done === total ? "\n" : ""}`);
  };
}

/** Prints load problems to stderr, one line each, naming the file. */
export function reportProblems(problems: readonly LoadProblem[]): void {
  for (const p of problems) process.stderr.write(`${p.severity}: ${p.file}: ${p.reason}\n`);
}
