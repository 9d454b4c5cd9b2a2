/** The story as a handout: one self-contained HTML page (inline CSS, no script), each step with a still of the picture and its caption, laid out for printing. Pure: strings in, a string out; every text is escaped. The explorer's Handout button and `claimtrail export --format story` both write it. */
import type { StoryStep } from "./story.ts";

export interface HandoutInput {
  /** The case's title. */
  title: string;
  caseId: string;
  steps: readonly StoryStep[];
  /** One still per step, as a PNG data URL (the explorer) or an SVG data URL (the story export); anything else is left out. */
  images: readonly string[];
  /** Where the explorer was, so the handout can link back to each step (http(s) only). */
  origin?: string;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Base64 data only: nothing in a still can close the attribute it sits in (an SVG shown through <img> runs no script). */
const STILL = /^data:image\/(?:png|svg\+xml);base64,[A-Za-z0-9+/=]+$/;

const CSS = `
body { font: 16px/1.5 system-ui, sans-serif; color: #111827; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.3rem; }
.lead { color: #4b5563; margin: 0 0 1.5rem; }
section { break-inside: avoid; page-break-inside: avoid; margin: 0 0 2rem; border-top: 2px solid #0f766e; padding-top: 0.6rem; }
.count { margin: 0; font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: #6b7280; }
h2 { font-size: 1.2rem; margin: 0.1rem 0 0.4rem; }
img { width: 100%; height: auto; border: 1px solid #e5e7eb; }
.caption { font-size: 1.05rem; margin: 0.5rem 0 0; }
a { color: #0f766e; }
footer { color: #6b7280; font-size: 13px; border-top: 1px solid #e5e7eb; padding-top: 0.6rem; }
@media print { body { margin: 0; max-width: none; } section { margin-bottom: 1.2rem; } a { color: inherit; text-decoration: none; } }
`;

/** The handout page. */
export function handoutHtml(o: HandoutInput): string {
  const link = (n: number) => (o.origin && /^https?:\/\//.test(o.origin) ? `${o.origin}/?case=${encodeURIComponent(o.caseId)}&story=${n}` : undefined);
  const sections = o.steps.map((s, i) => {
    const n = i + 1;
    const img = o.images[i];
    const href = link(n);
    return [
      `<section id="step-${n}">`,
      `<p class="count">Step ${n} of ${o.steps.length}${href ? ` · <a href="${escapeHtml(href)}">open in claimtrail</a>` : ""}</p>`,
      `<h2>${escapeHtml(s.title)}</h2>`,
      img && STILL.test(img) ? `<img src="${img}" alt="${escapeHtml(`The picture at step ${n}: ${s.title}`)}">` : "",
      `<p class="caption">${escapeHtml(s.caption)}</p>`,
      `</section>`,
    ].join("\n");
  });
  return [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(`${o.title}: the story`)}</title>`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><style>${CSS}</style></head><body>`,
    `<h1>${escapeHtml(o.title)}</h1>`,
    `<p class="lead">How one claim moved between outlets, in ${o.steps.length} steps. In the pictures, arrows point from the later article to where it took its content; what a step talks about is drawn strong, the rest pale.</p>`,
    ...sections,
    `<footer>Made with claimtrail from the case “${escapeHtml(o.caseId)}”. An automated reading: check the quoted passages against the articles before you rely on them.</footer>`,
    "</body></html>",
    "",
  ].join("\n");
}
