// Whether dist/ (bin/build.js) may be run instead of src/: it must exist and be newer than every file and folder of src/.
// A stat per source file (about two hundred) costs a few milliseconds, far less than compiling them.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** The file bin/build.js writes last into dist/: when the build started, so a source saved during the build counts as newer. */
export const DIST_STAMP = "build.json";

/** True when dist/ holds a complete build made after the last change under src/. */
export function distIsFresh(root) {
  let builtFrom;
  try {
    builtFrom = JSON.parse(readFileSync(path.join(root, "dist", DIST_STAMP), "utf8")).sourcesBefore;
  } catch {
    return false;
  }
  if (typeof builtFrom !== "number") return false;
  const src = path.join(root, "src");
  // A folder's time changes when a file in it is added, removed or renamed; a file's when it is written.
  if (statSync(src).mtimeMs > builtFrom) return false;
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (statSync(path.join(entry.parentPath, entry.name)).mtimeMs > builtFrom) return false;
  }
  return true;
}
