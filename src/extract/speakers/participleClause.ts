/** A speech participle after a comma ("Anna Berg has urged …, saying it …"): its speaker opens the sentence. */
import type { Span } from "../../core/spans.ts";
import { escapeRegExp } from "../../core/text.ts";
import { perLanguage } from "../frames/common.ts";
import { FULL_NAME, personSubject } from "./nameEntry.ts";
import { ownFiniteVerbFollows } from "./subjectAfter.ts";
import type { SpeakerContext, SpeechRelation } from "./types.ts";

/** Per language: a comma and one of its `speechParticiples` ("…, saying"), the participle in group 1. */
const participleAfterComma = perLanguage((frames) => new RegExp(`,\\s*(${(frames.speechParticiples ?? []).map(escapeRegExp).join("|") || "(?!)"})(?![\\p{L}])`, "u"));

/**
 * "Anna Berg has urged residents to vote, saying it "…"": a speech participle after a comma carries on the main clause,
 * so its speaker is that clause's subject — only a person's full name that opens the sentence and is followed by a finite
 * verb of its own. None where the sentence opens otherwise; the text before the participle is read no further.
 */
export function participleSpeaker(sentence: Span, text: string, ctx: SpeakerContext): SpeechRelation | undefined {
  const m = participleAfterComma(ctx.lang.frames).exec(text);
  if (!m?.[1]) return undefined;
  const lead = /^\s*/u.exec(text)?.[0].length ?? 0;
  const name = ctx.lang.nameAtStart.exec(ctx.masked.slice(sentence.start + lead, sentence.end))?.[1]?.replace(/[.,]$/u, "");
  if (!name || !FULL_NAME.test(name) || !ownFiniteVerbFollows(ctx.masked.slice(sentence.start + lead + name.length, sentence.end))) return undefined;
  const found = personSubject(name, sentence.start + lead, ctx);
  if (!found) return undefined;
  ctx.book.rely(found.entry);
  const at = sentence.start + (m.index ?? 0) + m[0].length - m[1].length;
  return { entry: found.entry, verb: { start: at, end: at + m[1].length }, who: found.span, inverted: false, verbText: m[1] };
}
