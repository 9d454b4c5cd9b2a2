/**
 * The shared folder the benchmarks read in place (never copied): `shared/` beside the repository, holding the
 * development cases and benchmark corpora. A linked git worktree (`git worktree add /tmp/…`) has no such folder beside
 * it, so the one beside the main checkout is taken (found from git's common directory); CLAIMTRAIL_SHARED names it
 * outright.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const REPOSITORY = path.resolve(import.meta.dirname, "..");

function besideMainCheckout(): string | undefined {
  try {
    const common = execFileSync("git", ["rev-parse", "--path-format=absolute", "--git-common-dir"], { cwd: REPOSITORY, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return path.resolve(path.dirname(common), "..", "shared");
  } catch {
    return undefined;
  }
}

/** The shared folder: CLAIMTRAIL_SHARED, else the one beside the repository, else the one beside the main checkout (the first of these two that exists). */
export function sharedFolder(): string {
  if (process.env.CLAIMTRAIL_SHARED) return path.resolve(process.env.CLAIMTRAIL_SHARED);
  const beside = path.resolve(REPOSITORY, "..", "shared");
  if (existsSync(beside)) return beside;
  const main = besideMainCheckout();
  return main && existsSync(main) ? main : beside;
}
