/**
 * A satire site known by what the case's other articles call it. A story taken from "the satirical website The Daily
 * Quip" is satire whether or not the text the case holds carries the site's own notice (a pasted story rarely keeps its
 * footer); the fact-check or re-report that names the site so says what a reader of the site would have been told. Its
 * articles are then read as its own notice would have them read (stance.declared_satire), so a re-report presenting the
 * story as news is laundering it.
 *
 * Only another outlet's word counts, and only an article that is not itself satire: a satire site calling a rival
 * satirical, or itself, is no description by another. The descriptor must be a plain one of that site by its name
 * (core/satireNotices: `descriptor`, a declaration with the name as subject).
 */
import type { CleanArticle } from "../clean/types.ts";
import { describesAsSatire, mayDescribeSatire } from "../core/satireNotices/index.ts";
import type { ArticleReading } from "../extract/types.ts";

const NOTICE_CHARS = 200;

/** Each article whose outlet another article of the case calls satire, with the describing words (the describer named). */
export function describedSatire(cleaned: readonly CleanArticle[], readings: ReadonlyMap<string, ArticleReading>, outletOf: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  // Each outlet's name as its articles give it, by outlet node key.
  const names = new Map<string, Set<string>>();
  for (const c of cleaned) {
    const key = outletOf.get(c.meta.id);
    if (!key || !c.meta.outlet) continue;
    if (!names.has(key)) names.set(key, new Set());
    (names.get(key) as Set<string>).add(c.meta.outlet);
  }
  const describedBy = new Map<string, string>();
  for (const describer of cleaned) {
    if (describer.meta.satireNotice) continue;
    const own = outletOf.get(describer.meta.id);
    // Only sentences holding a descriptor or a declaration can describe a site; each outlet takes the first of them
    // that names it. (Most sentences hold neither, so the case's outlet names are tried on a handful per article.)
    const describing = (readings.get(describer.meta.id)?.sentences ?? []).filter((s) => mayDescribeSatire(s.text));
    for (const [key, written] of names) {
      if (key === own || describedBy.has(key)) continue;
      for (const s of describing) {
        if (![...written].some((name) => s.text.includes(name.replace(/^the\s+/iu, "")) && describesAsSatire(s.text, name))) continue;
        describedBy.set(key, `${describer.meta.outlet ?? describer.meta.id}: "${s.text.trim().slice(0, NOTICE_CHARS)}"`);
        break;
      }
    }
  }
  for (const c of cleaned) {
    const notice = describedBy.get(outletOf.get(c.meta.id) ?? "");
    if (notice && !c.meta.satireNotice) out.set(c.meta.id, notice);
  }
  return out;
}
