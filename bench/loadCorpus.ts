/** A generated case for the load benchmark: N short articles from a few dozen outlets, some sharing a lead passage (synthetic text, no real news). */
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

function sentence(r: () => number, n: number): string {
  // Squaring the draw favours the first words, a rough Zipf curve.
  const words = Array.from({ length: n }, () => WORDS[Math.floor(r() ** 2 * WORDS.length)] as string);
  const s = words.join(" ");
  return s.charAt(0).toUpperCase() + s.slice(1) + ".";
}

/** Article `i` of the generated case: front matter, a lead (shared within a family of ten) and its own paragraphs. */
export function generatedArticle(i: number, r: () => number = rng(i + 1)): string {
  const family = Math.floor(i / 10);
  const fr = rng(family + 7_000_000);
  const lead = Array.from({ length: 3 }, () => sentence(fr, 14)).join(" ");
  const own = Array.from({ length: 4 }, () => Array.from({ length: 3 }, () => sentence(r, 12)).join(" ")).join("\n\n");
  const day = String((i % 28) + 1).padStart(2, "0");
  const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, "0");
  return `---\nid: gen-${i}\noutlet: Outlet ${i % 40}\npublished: 2021-${month}-${day}\ntitle: Generated report ${i}\n---\n${lead}\n\n${own}\n\nReport number ${i}.\n`;
}

/** Writes the generated case folder and returns its path. */
export async function writeGeneratedCase(root: string, articles: number): Promise<string> {
  const dir = path.join(root, "generated-5000");
  await mkdir(path.join(dir, "articles"), { recursive: true });
  await writeFile(path.join(dir, "case.json"), JSON.stringify({ title: `Generated case (${articles} articles)` }));
  for (let i = 0; i < articles; i++) await writeFile(path.join(dir, "articles", `gen-${i}.txt`), generatedArticle(i));
  return dir;
}
