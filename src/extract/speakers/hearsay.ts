/**
 * Hearsay after a body's act: Japanese tells what a body (the police, a ministry) made known by ending the next sentence
 * in a hearsay form ("という", so it is said) without naming the teller again: "北浜県警は20日、男を逮捕した。「…」と容疑を
 * 認めているという。" is the police's account, as "…, police said" would be.
 */
import { textSpan, type TextSpan } from "../../core/spans.ts";
import { escapeRegExp } from "../../core/text.ts";
import { perLanguage } from "../frames/common.ts";
import { openingTopic } from "./appositiveIntros.ts";
import { caselessSubjectBefore } from "./caseless.ts";
import type { SpeakerContext } from "./types.ts";

/** Per language: a topic of the sentence's own (a run of name characters before a topic particle), which would be the teller. */
const ownTopic = perLanguage((frames) => {
  const particles = (frames.speakerEvidence?.topicParticles ?? []).map(escapeRegExp).join("|");
  return new RegExp(particles ? `[\\p{Script=Han}\\p{Script=Katakana}ー・]+(?:${particles})` : "(?!)", "u");
});

/**
 * Relies on the body whose name opens the sentence before `sentence` as its topic (an organisation word ends it), where
 * `sentence` ends in one of the language's `hearsayEndings`, names no topic of its own outside its quotations, and
 * stands in the same paragraph; the hearsay ending is the body's mention there. Nothing otherwise: a person's act, or a
 * sentence with its own topic, leaves the teller unsaid.
 */
export function hearsayOfBody(sentence: TextSpan, previous: TextSpan | undefined, ctx: SpeakerContext): void {
  const endings = ctx.lang.frames.hearsayEndings;
  if (!endings?.length || !previous || ctx.body.slice(previous.end, sentence.start).includes("\n")) return;
  const text = ctx.masked.slice(sentence.start, sentence.end).trimEnd();
  const ending = endings.find((e) => text.endsWith(e));
  if (!ending || ownTopic(ctx.lang.frames).test(text)) return;
  const topic = openingTopic(ctx.lang.frames).exec(ctx.masked.slice(previous.start, previous.end));
  if (!topic) return;
  const found = caselessSubjectBefore(previous.start, previous.start + topic[0].length, ctx);
  if (found?.entry.type !== "organisation") return;
  const at = sentence.start + text.length - ending.length;
  found.entry.mentions.push(textSpan(ctx.body, at, at + ending.length));
  ctx.book.rely(found.entry);
}
