/** Where claimtrail's own files are, whether it runs from src/ through tsx or compiled to dist/ by bin/build.js (same folders, one level below the repository either way). */
import path from "node:path";

/** True when the code runs compiled from dist/: tsx keeps a module's .ts name, the compiled copy is .js. */
export const RUNNING_COMPILED = !import.meta.url.endsWith(".ts");

/** The repository (or installed package) root: data/, public/, src/ and dist/ are inside it. */
export const PACKAGE_ROOT = path.resolve(import.meta.dirname, "../..");

/** The TypeScript sources: what analysis fingerprints hash and what the explorer bundle is built from, even when running compiled. */
export const SRC_DIR = path.join(PACKAGE_ROOT, "src");
