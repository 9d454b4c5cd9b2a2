/** How an ordered list of subject readers is tried: the first that decides is the reading. */
import type { SpeakerContext, Subject, SubjectReader } from "./types.ts";

/**
 * Tries `readers` on `input` in order and returns the first decision: the subject found, or undefined where a reader
 * decides that no source speaks (null) or none of them decides.
 */
export function firstReading<T>(readers: readonly SubjectReader<T>[], input: T, ctx: SpeakerContext): Subject | undefined {
  for (const read of readers) {
    const reading = read(input, ctx);
    if (reading !== undefined) return reading ?? undefined;
  }
  return undefined;
}
