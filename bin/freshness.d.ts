/** The file bin/build.js writes last into dist/. */
export declare const DIST_STAMP: string;
/** True when dist/ holds a complete build made after the last change under src/. */
export declare function distIsFresh(root: string): boolean;
