/** A person's place or portfolio written after their full name with a particle ("Hendrika Valkhof van Infrastructuur", "Gerrit Mulderij van Oosterwold"): not part of the name. */
import { isPlace } from "./gazetteer.ts";
import type { LanguageFrames } from "./frames/types.ts";

/** A name cut from the affiliation after it, which belongs to the person's role ("van Infrastructuur"). */
export interface Affiliated {
  name: string;
  affiliation: string;
}

const CAPITALISED = /^\p{Lu}/u;

/**
 * Splits "Given Surname <particle> Place" into the name and the affiliation. A particle is part of a surname when it stands
 * right after the given name ("Jan van Dijk", "Anna van der Berg"): only a particle after two capitalised words at least (a
 * name complete with its surname) is cut, and only with evidence that what follows names a place or portfolio rather than a
 * surname: a place the gazetteer knows, one of the language's portfolio words ("Infrastructuur", "Financiën"), or a role
 * before the name whose holder is "of" a place ("burgemeester … van Oosterwold") with one word after the particle.
 */
export function splitAffiliation(name: string, hasRole: boolean, frames: LanguageFrames): Affiliated | undefined {
  const rule = frames.affiliation;
  if (!rule) return undefined;
  const words = name.split(/\s+/);
  const at = words.indexOf(rule.particle);
  if (at < 2 || at === words.length - 1 || !words.slice(0, at).every((w) => CAPITALISED.test(w))) return undefined;
  const tail = words.slice(at + 1);
  if (!tail.every((w) => CAPITALISED.test(w))) return undefined;
  const place = tail.join(" ");
  const portfolio = rule.portfolios.includes((tail[0] as string).toLowerCase());
  if (!portfolio && !isPlace(place) && !(hasRole && tail.length === 1)) return undefined;
  return { name: words.slice(0, at).join(" "), affiliation: words.slice(at).join(" ") };
}
