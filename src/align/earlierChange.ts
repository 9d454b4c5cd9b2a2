/**
 * An altered quotation charged the wrong way round: the later article prints the quotation word for word as another
 * article does, while the earlier printing's wording is printed by no other article (a word masked by a forum's filter,
 * a link dropped). The change is the earlier printing's own, and the later one's words did not come from it, however
 * the two are ordered (a wire reprint read as the text's source, a dated page before an undated one): the two share the
 * quotation through a common source, and no `alters_quote` relation joins them. The articles another one might print a
 * wording in are those a relation already ties to either printing (printing the same words is what relations record).
 * Pure.
 */
import type { CleanArticle } from "../clean/types.ts";
import { CONFIDENT } from "../graph/types.ts";
import type { ReuseRelation } from "./types.ts";

/** A text's words (letters and digits), lower-cased, one space apart: a wording with its marks and spacing set aside. */
function foldedWords(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

/** The stretches of a printing between line breaks and quotation marks, folded (empty ones left out). */
function piecesOf(text: string): string[] {
  return text.split(/[\n"“”„«»]+/u).map(foldedWords).filter((w) => w !== "");
}

/** The relations without the altered quotations whose change is the earlier printing's own. */
export function withoutEarlierChanges(articles: readonly CleanArticle[], relations: readonly ReuseRelation[]): ReuseRelation[] {
  const altered = relations.filter((r) => r.kind === "alters_quote" && (r.confidence === undefined || r.confidence >= CONFIDENT));
  if (altered.length === 0) return [...relations];
  const bodies = new Map(articles.map((a) => [a.meta.id, a.body]));
  // Per article, the articles relations tie it to, either way.
  const tied = new Map<string, Set<string>>();
  const tie = (x: string, y: string) => {
    const set = tied.get(x);
    if (set) set.add(y);
    else tied.set(x, new Set([y]));
  };
  for (const r of relations) {
    tie(r.from, r.to);
    tie(r.to, r.from);
  }
  const folded = new Map<string, string>();
  const foldedBody = (id: string): string => {
    let f = folded.get(id);
    if (f === undefined) folded.set(id, (f = ` ${foldedWords(bodies.get(id) ?? "")} `));
    return f;
  };
  /** Whether an article tied to `article`, other than `except`, prints `words` word for word. */
  const printedByAnother = (words: string, article: string, except: string): boolean =>
    words !== "" && [...(tied.get(article) ?? [])].some((z) => z !== except && z !== article && foldedBody(z).includes(` ${words} `));
  // A printing is read piece by piece: two quotations printed one after the other are printed apart elsewhere.
  const printedAllByAnother = (text: string, article: string, except: string) => piecesOf(text).every((w) => printedByAnother(w, article, except));
  const dropped = new Set(
    altered.filter((r) => r.passages.length > 0 && r.passages.every((p) => printedAllByAnother(p.from.text, r.from, r.to) && !printedAllByAnother(p.to.text, r.to, r.from))),
  );
  return relations.filter((r) => !dropped.has(r));
}
