/** A fingerprint of the analysis code, so cached stage outputs are dropped when the code that made them changes. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SRC_DIR } from "../core/layout.ts";
import { GENERATOR } from "../graph/build.ts";
import { sha256 } from "./hash.ts";

/** Folders of src/ that never change an analysis result. */
const NOT_ANALYSIS = new Set(["server", "client", "cli", "store", "export"]);

/** SHA-256 over every analysis source file (path and content; src/ even when running compiled, so both share cached stage outputs); falls back to the generator version when the sources are not on disk. */
export function codeFingerprint(srcDir = SRC_DIR): string {
  const parts: string[] = [GENERATOR];
  const walk = (dir: string, depth: number): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (depth === 0 && NOT_ANALYSIS.has(entry.name)) continue;
        walk(full, depth + 1);
      } else if (/\.(ts|json)$/.test(entry.name)) {
        parts.push(path.relative(srcDir, full), readFileSync(full, "utf8"));
      }
    }
  };
  try {
    walk(srcDir, 0);
  } catch {
    return sha256(GENERATOR);
  }
  return sha256(parts.join("\0"));
}
