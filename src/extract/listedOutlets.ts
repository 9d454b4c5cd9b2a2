/**
 * Outlets counted and then listed after a colon ("è comparsa su tre testate locali …: Gazzetta Valbruna, Collina Oggi, Radio Lago",
 * "three sites ran it: A, B and C"): a list of commas alone joins clauses as often as names, but where the text counts
 * the outlets first and gives as many names, each name is one of them.
 */
import { textSpan } from "../core/spans.ts";
import { decideCited } from "./cited.ts";
import { conjunction } from "./coordination.ts";
import { OUTLET_PLURALS } from "./sources.ts";
import type { ArticleReadingState } from "./readingState.ts";

/** Small counts as the languages with a list conjunction write them (coordination.ts), and digits. */
const NUMERALS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6,
  deux: 2, trois: 3, quatre: 4, cinq: 5,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6,
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6,
  dois: 2, duas: 2, três: 3,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6,
  twee: 2, drie: 3, vijf: 5, zes: 6,
};

/** One listed name: up to four capitalised words, or a site's address, maybe after an article ("the Valley Ledger"). */
const ITEM = String.raw`^(?:(?:the|le|la|les|il|lo|el|los|las|der|die|das|de|het)\s+)?(?:\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3}|\p{Lu}?[\p{L}\p{N}-]+\.\p{Ll}{2,6})$`;

/** Most characters between the counted noun and the colon ("tre testate locali, tutte nella stessa mattina:"). */
const REACH = 200;

function countPattern(): RegExp {
  const words = Object.keys(NUMERALS).join("|");
  // The list ends at the sentence's end: a full stop not inside an address ("vexo.it"), a line break or a semicolon.
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?<count>[2-6]|${words})\s+(?<noun>${OUTLET_PLURALS.join("|")})(?![\p{L}])[^.!?:;\n]{0,${REACH}}:\s*(?<list>(?:[^.!?;\n]|\.(?=\p{L}))+?)\s*(?=[.!?;](?!\p{L})|\n|$)`,
    "giu",
  );
}

/** Cites each outlet a counted list names, where the count and the names agree; the names are decided as any cited name is, with the plural noun as their outlet noun. */
export function citeListedOutlets(st: ArticleReadingState): void {
  const { masked, body, cctx, attributions, ownKey, frames } = st;
  const and = new RegExp(String.raw`\s*,?\s+${conjunction(frames.language)}\s+`, "iu");
  const item = new RegExp(ITEM, "u");
  for (const m of masked.matchAll(countPattern())) {
    const { count, noun, list } = m.groups ?? {};
    if (!count || !noun || !list) continue;
    const expected = /^\d$/u.test(count) ? Number(count) : NUMERALS[count.toLowerCase()];
    const listAt = (m.index ?? 0) + m[0].length - list.length;
    const names: { text: string; at: number }[] = [];
    let from = 0;
    for (const piece of list.split(/,/u)) {
      const parts = piece.split(and);
      let offset = from;
      for (const part of parts) {
        const at = list.indexOf(part, offset);
        names.push({ text: part.trim(), at: listAt + at + (part.length - part.trimStart().length) });
        offset = at + part.length;
      }
      from += piece.length + 1;
    }
    if (names.length !== expected || !names.every((n) => item.test(n.text))) continue;
    const evidence = textSpan(body, m.index ?? 0, (m.index ?? 0) + m[0].length);
    for (const name of names) {
      const d = decideCited(name.text, { descriptor: false, cue: noun, publication: true, allowUnknown: true, at: name.at }, cctx);
      if (d?.type !== "outlet" || !d.outlet || d.outlet.key === ownKey || attributions.some((a) => a.outlet === d.outlet?.key)) continue;
      attributions.push({ frame: "published_in", span: evidence, sentence: evidence, outlet: d.outlet.key, outletName: d.outlet.name, confidence: d.confidence, rule: `listed_outlets/${d.rule}` });
    }
  }
}
