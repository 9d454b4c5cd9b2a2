/**
 * Forged documents: "a fake statement from the Port Authority", "a forged letter signed by X". The name after such a
 * phrase is the one impersonated: it never said what the document says, so it is no speaker of the document's words.
 */
import { escapeRegExp } from "../core/text.ts";
import { perLanguage } from "./frames/common.ts";
import type { LanguageFrames } from "./frames/types.ts";

/** Per language: one of its `forgedIssuerLeads`, maybe a determiner, ending a text ("… a fake statement from the "). */
const forgedIssuerLead = perLanguage((frames) => {
  const leads = frames.forgedIssuerLeads ?? [];
  if (leads.length === 0) return null;
  const determiners = frames.determiners.map(escapeRegExp).join("|");
  return new RegExp(`(?:${leads.join("|")})\\s*(?:(?:${determiners || "(?!)"})\\s+)?$`, "iu");
});

/** True when the words before a name end in a phrase that calls a document forged and names its issuer next. */
export function issuerOfForgedDocument(before: string, frames: LanguageFrames): boolean {
  return forgedIssuerLead(frames)?.test(before) ?? false;
}
