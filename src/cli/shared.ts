/** What every CLI command shares: exit codes, progress on stderr, and printing a case's load problems. */
import type { LoadProblem } from "../ingest/types.ts";
import type { Progress } from "../pipeline.ts";
import { loadClientBundle, type ClientBundle } from "../server/bundle.ts";

/** Exit codes scripts can rely on. */
export const EXIT = {
  ok: 0,
  /** The input could not be used at all (missing folder, unreadable case). */
  input: 1,
  /** The command line was wrong. */
  usage: 2,
  /** `--strict`: the case was analysed but some files had problems; `import <case> --urls/FILE…`: some items failed (the rest were kept). */
  problems: 3,
  /** A bug in claimtrail. */
  internal: 70,
} as const;

/** Width of the progress bar, in characters. */
const BAR = 24;

/** One line of progress: the stage, a bar and the count ("read [#########...............] 1200/5000"). */
export function progressLine(stage: string, done: number, total: number): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * BAR);
  return `${stage.padEnd(10)} [${"#".repeat(filled)}${".".repeat(BAR - filled)}] ${done}/${total}`;
}

/** A progress bar on stderr, only when stderr is a terminal or CLAIMTRAIL_PROGRESS=1, so pipes and logs stay clean; redrawn at most 5 times a second. */
export function stderrProgress(): Progress | undefined {
  if (!process.stderr.isTTY && process.env.CLAIMTRAIL_PROGRESS !== "1") return undefined;
  let last = 0;
  let lastStage = "";
  let lastTotal = 0;
  let open = false;
  return (stage, done, total) => {
    const now = Date.now();
    const newStage = stage !== lastStage;
    if (!newStage && done !== total && now - last < 200) return;
    // A stage that starts ends the previous stage's line, drawn full: the pipeline moves on only once a stage is done
    // (the case-level stages report their start, 0/1, and not always their end). A stage that ends ends its own line.
    if (newStage && open) process.stderr.write(`\r${progressLine(lastStage, lastTotal, lastTotal)}\n`);
    last = now;
    lastStage = stage;
    lastTotal = total;
    open = done !== total;
    process.stderr.write(`\r${progressLine(stage, done, total)}${open ? "" : "\n"}`);
  };
}

/** Prints load problems to stderr, one line each, naming the file. */
export function reportProblems(problems: readonly LoadProblem[]): void {
  for (const p of problems) process.stderr.write(`${p.severity}: ${p.file}: ${p.reason}\n`);
}

/**
 * How long after listening a server starts loading the analysis code (unless a reader opens a case of the store first):
 * loading it holds the event loop for about a second, which the explorer's first requests should not wait for.
 */
export const ANALYSIS_LOAD_DELAY_MS = 1000;

/** The explorer's script, loading while the server already listens; a failure is said on stderr at once (the script's requests then answer 500). */
export function clientBundleInBackground(): Promise<ClientBundle> {
  const bundle = loadClientBundle();
  bundle.catch((e: unknown) => process.stderr.write(`serve: the explorer's script could not be built: ${(e as Error).message}\n`));
  return bundle;
}
