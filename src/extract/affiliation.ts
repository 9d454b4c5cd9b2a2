/** A person's place or portfolio written after their full name with a particle ("Hendrika Valkhof van Infrastructuur", "Gerrit Mulderij van Oosterwold"): not part of the name. */
import { isKnownGivenName } from "../core/nlp.ts";
import { isPlace } from "./gazetteer.ts";
import type { LanguageFrames } from "./frames/types.ts";

/** A name cut from the affiliation after it, which belongs to the person's role ("van Infrastructuur"). */
export interface Affiliated {
  name: string;
  affiliation: string;
}

const CAPITALISED = /^\p{Lu}/u;

/** A word written as a company's or a broadcaster's name is, never a surname: with a figure in it, or in capitals only. */
const NO_SURNAME_SHAPE = /^(?:[\p{L}-]*\p{N}[\p{L}\p{N}-]*|\p{Lu}{2,})$/u;

/**
 * True when the words after a particle cannot be a surname: one shaped as a brand ("van 3Beeld", "van NOVA"), or two
 * capitalised words or more ("van Studio Noord") after a surname. A surname after "van" is one word ("van Dijk"), or two
 * where a double surname follows a double given name ("Jan Peter van Dijk Hoek"), so the word before the particle must
 * be no given name compromise's lexicon knows.
 */
function unlikeSurname(before: readonly string[], tail: readonly string[]): boolean {
  if (!tail.length || !tail.every((w) => CAPITALISED.test(w) || /^\p{N}/u.test(w))) return false;
  if (NO_SURNAME_SHAPE.test(tail[0] as string)) return true;
  return tail.length >= 2 && !isKnownGivenName(before[before.length - 1] as string);
}

/**
 * Splits "Given Surname <particle> Place" into the name and the affiliation. A particle is part of a surname when it stands
 * right after the given name ("Jan van Dijk", "Anna van der Berg"): only a particle after two capitalised words at least (a
 * name complete with its surname) is cut, and only with evidence that what follows names a place or portfolio rather than a
 * surname: a place the gazetteer knows, one of the language's portfolio words ("Infrastructuur", "Financiën"), a role
 * before the name whose holder is "of" a place ("burgemeester … van Oosterwold") with one word after the particle, or
 * words after the particle that no surname has (`unlikeSurname`: "van Studio Noord", "van 3Beeld", "van NOVA").
 */
export function splitAffiliation(name: string, hasRole: boolean, frames: LanguageFrames): Affiliated | undefined {
  const rule = frames.affiliation;
  if (!rule) return undefined;
  const words = name.split(/\s+/);
  const at = words.indexOf(rule.particle);
  if (at < 2 || at === words.length - 1 || !words.slice(0, at).every((w) => CAPITALISED.test(w))) return undefined;
  const tail = words.slice(at + 1);
  if (unlikeSurname(words.slice(0, at), tail)) return { name: words.slice(0, at).join(" "), affiliation: words.slice(at).join(" ") };
  if (!tail.every((w) => CAPITALISED.test(w))) return undefined;
  const place = tail.join(" ");
  const portfolio = rule.portfolios.includes((tail[0] as string).toLowerCase());
  if (!portfolio && !isPlace(place) && !(hasRole && tail.length === 1)) return undefined;
  return { name: words.slice(0, at).join(" "), affiliation: words.slice(at).join(" ") };
}
