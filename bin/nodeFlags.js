/**
 * The V8 flags every claimtrail process starts with (the CLI's shebang, package.json's start and bench scripts,
 * vitest's forks, and each spawn of the CLI in tests and benches take them from here or spell them the same way).
 *
 * `--no-regexp-tier-up` compiles each regular expression to machine code on its first use, without V8's interpreted
 * first run. By default both tiers count towards a per-process budget of regular-expression code; the reading stage's
 * frame rules (the name pattern and speech-verb tries embedded, kilobytes each) spend it within the first articles, and
 * every rule compiled after it ran 2–4× slower. Without the interpreted tier, reading the development cases takes about
 * 35% less CPU, with the same matches.
 *
 * Why at start and not in code: V8 flags set after the engine has run code (`v8.setFlagsFromString`) are undefined
 * behaviour. Set when the reading stage loaded, this one crashed about one run in 25 (a segmentation fault, exit 139),
 * which is how a CI run failed. A process started without the flags reads the same, only slower.
 */
export const NODE_FLAGS = ["--no-regexp-tier-up"];
