// A consent banner and a writer's bio are the page's, not the story's: a banner below the headline is no title, and a
// bio's "X writes the Y" is no source speaking (probe 17, items 7 and 8). Texts of our own.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import type { RawArticle } from "../../src/ingest/types.ts";

const raw = (text: string): RawArticle => ({ meta: { id: "t", file: "t.txt", format: "text" }, text });

const HEADLINE = "Ferry fares: what the new timetable costs";
const LEDE = "Ferry fares on the island routes will rise by a fifth from April, the operator announced on Tuesday.";
const P2 = "The operator blamed fuel prices and said the winter timetable would keep two sailings a day to the outer islands.";

describe("a cookie or consent banner is furniture wherever it stands", () => {
  it.each([
    "Cookie settings: we and our partners use cookies to measure traffic. Reject all | Accept",
    "This website uses cookies to improve your experience. Accept | Manage preferences",
    "We use cookies. By continuing to browse you agree to our cookie policy. OK",
    "Utilizamos cookies propias y de terceros para analizar el tráfico. Aceptar | Rechazar",
    "Nous utilisons des cookies pour mesurer l'audience. Tout accepter | Paramétrer",
    "Wir verwenden Cookies, um die Nutzung zu analysieren. Alle akzeptieren | Ablehnen",
    "Accept all cookies | Reject non-essential",
  ])("after the headline, it is neither title nor reporting: %s", (banner) => {
    const cleaned = cleanArticle(raw(`${HEADLINE}\n\n${banner}\n\n${LEDE}\n\n${P2}`));
    expect(cleaned.meta.title).toBe(HEADLINE);
    expect(cleaned.removed.some((r) => r.reason === "consent_banner" && r.text === banner)).toBe(true);
  });

  it("as the first line, or between paragraphs, it is removed too", () => {
    const banner = "Cookie notice: this site uses cookies for analytics and advertising. Accept | Reject";
    expect(cleanArticle(raw(`${banner}\n\n${HEADLINE}\n\n${LEDE}\n\n${P2}`)).meta.title).toBe(HEADLINE);
    const middle = cleanArticle(raw(`${LEDE}\n\n${banner}\n\n${P2}`));
    expect(middle.body).toBe(`${LEDE}\n\n${P2}`);
  });

  it.each([
    "Regulators fined the company for setting tracking cookies without consent, the authority said on Monday.",
    "The bakery sells cookies and cakes and employs twelve people, its owner said.",
  ])("reporting about cookies stays: %s", (line) => {
    expect(cleanArticle(raw(`${LEDE}\n\n${line}\n\n${P2}`)).body).toContain(line);
  });
});

describe("a writer's bio is furniture", () => {
  it.each([
    "About the author: Mira Holt writes the Harbour Letter. She was previously transport editor of the Island Post.",
    "About the author\nMira Holt writes the Harbour Letter. She was previously transport editor of the Island Post.",
    "Mira Holt writes the Harbour Letter. She was previously transport editor of the Island Post.",
    "Mira Holt is a freelance journalist based in Kirkwall. She covers transport for several regional papers.",
    "Sobre la autora: Mira Holt es periodista y escribe sobre transporte en la Carta del Puerto.",
  ])("after the last paragraph: %s", (bio) => {
    const cleaned = cleanArticle(raw(`${HEADLINE}\n\n${LEDE}\n\n${P2}\n\n${bio}`));
    expect(cleaned.body).toBe(`${LEDE}\n\n${P2}`);
    expect(cleaned.removed.some((r) => r.reason === "author_bio")).toBe(true);
  });

  it.each([
    "Mira Holt, who runs the ferry users' group, said the rise would hurt island families most.",
    "Mira Holt is the operator's chief executive and said on Tuesday the rise was unavoidable.",
  ])("a closing paragraph about a person in the story stays: %s", (line) => {
    expect(cleanArticle(raw(`${LEDE}\n\n${P2}\n\n${line}`)).body).toContain(line);
  });
});
