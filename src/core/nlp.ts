/**
 * compromise, as every module of ours uses it (one instance, so one world: the fast sweep installed by
 * extract/compromiseSweep.ts serves all). Loaded from the package's own one-file build (its `require` entry,
 * builds/three/compromise-three.cjs, the same release as its `import` entry's src/) rather than from src/'s ~460 modules:
 * loading those took about 0.6 s more CPU in each thread under tsx (1.2-1.7 s against 0.6-0.9 s), and each pool worker
 * loads it.
 */
import { createRequire } from "node:module";
import type Nlp from "compromise";

const nlp = createRequire(import.meta.url)("compromise") as typeof Nlp;
export default nlp;
