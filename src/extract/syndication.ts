/** Syndication credits: trailing credit lines ("THE SUNDAY TIMES", "— Reuters", "This article first appeared in …") that name the outlet of record. */
import { outletKey, type OutletRegistry } from "../core/outlets.ts";
import type { TextSpan } from "../core/spans.ts";
import type { LanguageFrames } from "./frames/types.ts";
import type { Syndication } from "./types.ts";

/** Reads the cleaning stage's credit lines; a name counts only when the registry knows it or it reads as an outlet name, so a byline is never an outlet. The evidence is the credit line itself (it is not in the body, so offsets are -1). */
export function readCreditLines(lines: readonly string[], frames: LanguageFrames, registry: OutletRegistry, ownKey: string): Syndication[] {
  const out: Syndication[] = [];
  for (const line of lines) {
    for (const pattern of frames.creditLines) {
      const m = new RegExp(pattern, "u").exec(line);
      const raw = m?.groups?.name?.trim().replace(/[.]+$/, "");
      if (!raw) continue;
      const entry = registry.byName(raw) ?? registry.byName(raw.replace(/^(?:the)\s+/i, ""));
      const outletish = frames.outletCues.some((c) => raw.toLowerCase().split(/\s+/).includes(c));
      if (!entry && !outletish) continue;
      const name = entry?.name ?? raw;
      const key = outletKey(name);
      if (key === ownKey || out.some((s) => s.outlet === key)) break;
      const evidence: TextSpan = { start: -1, end: -1, text: line };
      out.push({ outlet: key, outletName: name, evidence });
      break;
    }
  }
  return out;
}

/**
 * A wire dateline at the head of the story: "LONDON (Reuters) -", "WASHINGTON, May 3 (AP) —", "(AFP) -". Agencies
 * put it on every story they send out, in any language, so it says whose story this is.
 */
export const WIRE_DATELINE = /^\s*(?:[\p{Lu}][\p{L} .,'’-]{1,40}?(?:,\s*[\p{Lu}][\p{Ll}]{2,9}\.?\s+\d{1,2})?\s*)?\((?<name>[\p{Lu}][\p{L} .&'’-]{0,30}?)\)\s*[-—–]\s/u;

/** Reads a wire dateline in the first paragraph of the body; only a name the registry knows (or that reads as an outlet) counts. */
export function readDateline(body: string, frames: LanguageFrames, registry: OutletRegistry, ownKey: string): Syndication | undefined {
  const first = body.slice(0, body.indexOf("\n") < 0 ? body.length : body.indexOf("\n"));
  const m = WIRE_DATELINE.exec(first);
  const raw = m?.groups?.name?.trim();
  if (!m || !raw) return undefined;
  const entry = registry.byName(raw);
  const outletish = frames.outletCues.some((c) => raw.toLowerCase().split(/\s+/).includes(c));
  if (!entry && !outletish) return undefined;
  const name = entry?.name ?? raw;
  const key = outletKey(name);
  if (key === ownKey) return undefined;
  const at = m[0].indexOf(`(${m.groups?.name ?? ""})`);
  return { outlet: key, outletName: name, evidence: { start: at, end: at + raw.length + 2, text: body.slice(at, at + raw.length + 2) } };
}
