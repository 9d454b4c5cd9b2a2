/**
 * Rumour clauses: the clause a noun for false content opens with its complementiser ("a fake news that …", "the hoax
 * that …") holds what the rumour says. A name that speaks or reports inside it ("… that the Council had announced a medal …")
 * said nothing the article heard: neither the speakers nor the citation frames take it for a source.
 */
import { escapeRegExp } from "../core/text.ts";
import { perLanguage } from "./frames/common.ts";
import type { LanguageFrames } from "./frames/types.ts";

/** Most words between a rumour's complementiser and the subject's name: an article, a title ("that the …", "that Dr …"). */
const RUMOUR_SUBJECT_LEAD = 2;

/** Per language: one of its `rumourNouns`, a complementiser and a few words ending a text ("… a fake news that the "). */
const rumourClauseOpening = perLanguage((frames) => {
  const nouns = (frames.rumourNouns ?? []).map(escapeRegExp).join("|");
  const complementisers = (frames.complementisers ?? []).map(escapeRegExp).join("|");
  return nouns && complementisers ? new RegExp(`(?<![\\p{L}])(?:${nouns})\\s+(?:${complementisers})\\s+(?:[^\\s,.;:]+\\s+){0,${RUMOUR_SUBJECT_LEAD}}$`, "iu") : null;
});

/**
 * True when the words before a subject end in a noun for false content and the complementiser that opens its clause
 * ("Club fans circulated a fake news that | the Council had announced …"): the subject is part of what the rumour
 * says, not someone the article heard.
 */
export function insideRumour(before: string, frames: LanguageFrames): boolean {
  return rumourClauseOpening(frames)?.test(before) ?? false;
}
