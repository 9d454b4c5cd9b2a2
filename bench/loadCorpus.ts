/**
 * A generated case for the benchmarks: N short articles from a few dozen outlets, some sharing a lead passage (synthetic
 * text, no real news). The text is English in form: made-up content words between English function words.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { rng } from "./rng.ts";


const SYLLABLES = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu".split(" ");
/** 4,000 made-up words: unrelated articles share words, as real ones do, but not long runs of them. */
const WORDS = Array.from({ length: 4000 }, (_, i) => {
  let n = i;
  let w = "";
  do {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return w + (i % 3 === 0 ? "n" : "");
});

/**
 * English function words, most frequent first. A case's text reads as its language: made-up words alone (the
 * benchmark's text before) read to the language detector as a dozen and a half languages (Malay, Tagalog, Slovenian …),
 * each with its own stems and rules to load, where a real case is in one language or a few.
 */
const FUNCTION_WORDS = "the of and to in a that is was for on with as by at from it his has said be are have an its not but which they were had will this their who would been after more also".split(" ");

/**
 * How a generated case's text is written: "english" (made-up content words between English function words, read as
 * English) or "syllables" (made-up words alone, as the benchmark's text was before: read as many languages).
 */
export type GeneratedText = "english" | "syllables";
export const GENERATED_TEXTS: readonly GeneratedText[] = ["english", "syllables"];

function sentence(r: () => number, n: number, text: GeneratedText): string {
  // Squaring the draw favours the first words, a rough Zipf curve.
  const words = Array.from({ length: n }, () => WORDS[Math.floor(r() ** 2 * WORDS.length)] as string);
  // About as many function words as content words, as in English prose.
  const s = text === "syllables" ? words.join(" ") : words.map((w, k) => (k === 0 || r() < 0.7 ? `${FUNCTION_WORDS[Math.floor(r() ** 2 * FUNCTION_WORDS.length)]} ${w}` : w)).join(" ");
  return s.charAt(0).toUpperCase() + s.slice(1) + ".";
}

/** Article `i` of the generated case: front matter, a lead (shared within a family of ten) and its own paragraphs. */
export function generatedArticle(i: number, r: () => number = rng(i + 1), text: GeneratedText = "english"): string {
  const family = Math.floor(i / 10);
  const fr = rng(family + 7_000_000);
  const lead = Array.from({ length: 3 }, () => sentence(fr, 14, text)).join(" ");
  const own = Array.from({ length: 4 }, () => Array.from({ length: 3 }, () => sentence(r, 12, text)).join(" ")).join("\n\n");
  const day = String((i % 28) + 1).padStart(2, "0");
  const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, "0");
  return `---\nid: gen-${i}\noutlet: Outlet ${i % 40}\npublished: 2021-${month}-${day}\ntitle: Generated report ${i}\n---\n${lead}\n\n${own}\n\nReport number ${i}.\n`;
}

/** Writes the generated case folder and returns its path. */
export async function writeGeneratedCase(root: string, articles: number, text: GeneratedText = "english"): Promise<string> {
  const dir = path.join(root, "generated-5000");
  await mkdir(path.join(dir, "articles"), { recursive: true });
  await writeFile(path.join(dir, "case.json"), JSON.stringify({ title: `Generated case (${articles} articles)` }));
  for (let i = 0; i < articles; i++) await writeFile(path.join(dir, "articles", `gen-${i}.txt`), generatedArticle(i, undefined, text));
  return dir;
}
