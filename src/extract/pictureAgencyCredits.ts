/** Lines that credit a picture to a picture agency ("Getty Images" alone under a caption, "Harbour at dusk / Getty Images"). */
import type { OutletRegistry } from "../core/outlets.ts";
import type { Span } from "../core/spans.ts";

/** How long a credit line may run: a caption's photographer and agency, never a paragraph of prose. */
const CREDIT_LINE_CHARS = 80;
/** The credit's last name: the whole line, or what follows the last separator after a photographer or caption ("Ana Lind / X", "… | X", "Foto: X"). */
const CREDIT_TAIL = /(?:^|[/|—–:]|\s-\s)\s*(?<name>[^/|—–:]+?)[\s).]*$/u;
/** A credit passed on by a picture agency ("Ana Lind/AFP via X"): the agency after "via" is who sells the picture. */
const VIA = /^.*\svia\s+/iu;

/**
 * Short lines whose credit is a registry entry of the picture genre (`OUTLET_GENRES`): a picture agency makes pictures,
 * not texts, so its name on a line of its own or closing a caption says who took a picture, never whose story the page
 * runs — wherever the line stands (under a caption near the top as closing the text). Nothing inside one is a byline or
 * a citation.
 */
export function pictureAgencyLines(body: string, registry: OutletRegistry): Span[] {
  const out: Span[] = [];
  for (const m of body.matchAll(/[^\n]+/gu)) {
    const line = m[0];
    if (line.trim().length > CREDIT_LINE_CHARS) continue;
    const name = CREDIT_TAIL.exec(line)?.groups?.name?.replace(VIA, "").trim();
    if (name && registry.byName(name)?.genre === "pictures") out.push({ start: m.index ?? 0, end: (m.index ?? 0) + line.length });
  }
  return out;
}
