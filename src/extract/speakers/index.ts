/**
 * Speakers: who a speech verb belongs to ("X said", "said X", "X, a Baghdad-based expert, told …", "he told …"), and
 * people introduced by an appositive role. The reading's steps are files of this folder: relations.ts finds each verb,
 * verbSubject.ts tries its ordered subject readers — subjectBefore.ts (with subjectReaders.ts) the words before the verb,
 * subjectAfter.ts (with invertedBounds.ts, namePrefix.ts) the words after it, verbFinal.ts, caseless.ts and
 * droppedSubject.ts the languages that place or leave out a subject otherwise — and nameEntry.ts reads a name found there
 * as a person, a body or nobody.
 */
export type { SpeakerContext, SpeechRelation } from "./types.ts";
export { speechRelations } from "./relations.ts";
export { appositiveIntros } from "./appositiveIntros.ts";
export { bodyReferredBack } from "./backReference.ts";
export { hearsayOfBody } from "./hearsay.ts";
export { genitiveStatementLeadIn, statementOwnerAfter } from "./withoutSpeechVerb.ts";
export { isRoleNoun, isTitleWord, roleOf } from "./lexicon.ts";
export { nameEntry } from "./nameEntry.ts";
export { rolePersonAfter } from "./subjectAfter.ts";
export { titledName } from "./caseless.ts";
export { nameEndsNounDescription, objectOfRolesParticiple } from "./subjectReaders.ts";
