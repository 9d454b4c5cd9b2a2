/**
 * Speakers: who a speech verb belongs to ("X said", "said X", "X, a Baghdad-based expert, told …", "he told …"), and
 * people introduced by an appositive role. The reading's steps are files of this folder: relations.ts reads each verb,
 * subjectBefore.ts and subjectReaders.ts the subject before it, subjectAfter.ts (with namePrefix.ts) the one after it.
 */
export type { SpeakerContext, SpeechRelation } from "./types.ts";
export { speechRelations } from "./relations.ts";
export { appositiveIntros } from "./appositiveIntros.ts";
export { isRoleNoun, isTitleWord, roleOf } from "./lexicon.ts";
export { nameEntry } from "./nameEntry.ts";
export { rolePersonAfter } from "./subjectAfter.ts";
export { titledName } from "./caseless.ts";
