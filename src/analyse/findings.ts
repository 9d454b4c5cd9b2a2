/** Findings: the public door to src/analyse/findings/ (one module per finding kind). */
export * from "./findings/index.ts";
