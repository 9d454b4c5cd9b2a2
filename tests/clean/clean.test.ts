import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import { CREDIT_LINE_PATTERNS, LINE_PATTERNS } from "../../src/clean/patterns.ts";
import type { RemovalReason } from "../../src/clean/types.ts";
import { loadCase } from "../../src/ingest/loadCase.ts";
import type { RawArticle } from "../../src/ingest/types.ts";
import { REFERENCE_CASE } from "../helpers.ts";

const raw = (text: string): RawArticle => ({ meta: { id: "t", file: "t.txt", format: "text" }, text });

const LEDE = "The regional water authority said on Thursday that it would raise prices by nine percent next year to pay for new pipes.";
const P2 = "The increase is the largest in a decade and will cost a typical household about 40 euros a year, according to the authority's figures.";
const P3 = "Consumer groups said the rise was unfair to pensioners and asked the regional parliament to review the plan before it takes effect in January.";

describe("each line pattern matches the real line it was written for", () => {
  it.each(LINE_PATTERNS.map((p) => [p.reason, p.example, p.pattern] as const))("%s: %s", (_reason, example, pattern) => {
    expect(pattern.test(example)).toBe(true);
  });
  it.each(CREDIT_LINE_PATTERNS.map((p) => [p.example, p.pattern] as const))("credit line: %s", (example, pattern) => {
    expect(pattern.test(example)).toBe(true);
  });
  // Prose may open on a teaser heading's words: an outlet named "Trending …", "most" as a pronoun.
  it.each([LEDE, P2, P3, "Where the money goes", "“We had no choice,” the director said.", "Trending Harbour, a viral news site, reported on Monday that the dam had burst.", "Most read the post as satire, a survey of readers found."])("leaves reporting alone: %s", (line) => {
    expect(LINE_PATTERNS.filter((p) => p.pattern.test(line)).map((p) => p.reason)).toEqual([]);
  });
});


describe("cleaning small articles, one pattern each", () => {
  it.each<[string, string, RemovalReason, string]>([
    ["a donation bar at the top", `10 €\n25 €\n50 €\n\n${LEDE}\n\n${P2}`, "donation_bar", "25 €"],
    ["a photo caption between paragraphs", `${LEDE}\n\nWorkers repair a main in Leeds on Monday. Photo: Jane Doe/Reuters\n\n${P2}`, "photo_caption", "Workers repair a main"],
    ["a photographer and agency after a caption", `${LEDE}\n\nProtesters gather in the square. Hamid Sardar / Getty Images\n\n${P2}`, "photo_caption", "Protesters gather"],
    ["a picture credit", `${LEDE}\n\nThe reservoir in August. Picture: AP\n\n${P2}`, "photo_caption", "The reservoir in August"],
    ["a read-more link", `${LEDE}\n\nRead more: Why pipes burst in winter\n\n${P2}`, "related_link", "Read more: Why pipes burst"],
    ["a topics line run into its topic", `${LEDE}\n\nRead related topics:Pipes\n\n${P2}`, "tag_list", "Read related topics"],
    ["a share widget", `${LEDE}\n\nShare | Tweet | Email\n\n${P2}`, "share_widget", "Share | Tweet"],
    ["a share widget with a label", `${LEDE}\n\nSHARE THIS: Facebook | X | Bluesky\n\n${P2}`, "share_widget", "SHARE THIS: Facebook"],
    ["a language switcher", `English | Français | Deutsch\n\n${LEDE}\n\n${P2}`, "language_switcher", "English | Français"],
    ["a run-together tag line at the end", `${LEDE}\n\n${P2}\n\nEuropeWaterPricesNews`, "tag_list", "EuropeWaterPricesNews"],
    ["a comment prompt", `${LEDE}\n\n${P2}\n\nLeave a comment`, "comment_prompt", "Leave a comment"],
    ["a login prompt", `${LEDE}\n\n${P2}\n\nAlready a subscriber? Log in`, "login_prompt", "Already a subscriber?"],
    ["an embed placeholder", `${LEDE}\n\nYouTube video\n\n${P2}`, "embed_placeholder", "YouTube video"],
    ["a picture's source on its own line", `${LEDE}\n\nImage via harbourlights/Flickr\n\n${P2}`, "photo_caption", "Image via"],
    ["a newsletter pitch that names no newsletter", `${LEDE}\n\nGet the best of The Harbour Review sent straight to your inbox. Sign up for news, commentary and analysis.\n\n${P2}`, "login_prompt", "Sign up for news"],
    ["an original-URL line", `${LEDE}\n\n${P2}\n\nOriginal URL: https://example.org/water`, "source_url_line", "Original URL"],
    ["a site's menu above the headline", `Eastmoor Courier | Home | Region | Sport | Weather\n\nWater bills to rise by nine percent\n\n${LEDE}\n\n${P2}`, "navigation_menu", "Home | Region"],
    ["a site's menu after its name and a dash", `EASTMOOR COURIER — Cidades | Política | Esportes\n\nWater bills to rise by nine percent\n\n${LEDE}\n\n${P2}`, "navigation_menu", "Cidades | Política"],
    ["a site's menu with dots", `KORAN TIMUR · Beranda · Daerah · Opini\n\nWater bills to rise by nine percent\n\n${LEDE}\n\n${P2}`, "navigation_menu", "Beranda · Daerah"],
    ...([
      "Compartilhe este artigo: Facebook | WhatsApp | Twitter",
      "Compartilhe: WhatsApp | Facebook",
      "Compartir: Facebook | X",
      "Partager : Facebook | Twitter",
      "Teilen: WhatsApp | E-Mail",
      "Condividi: Facebook | WhatsApp",
      "Delen: Facebook | LinkedIn",
      "Bagikan: WhatsApp | Facebook | Telegram",
    ].map((line): [string, string, RemovalReason, string] => [`a share bar (${line})`, `${LEDE}\n\n${line}\n\n${P2}`, "share_widget", line])),
    ["a headline and kicker above the first paragraph", `Analysis\n\nWater bills to rise by nine percent\n\n${LEDE}\n\n${P2}`, "headline", "Water bills to rise"],
  ])("removes %s", (_what, text, reason, fragment) => {
    const cleaned = cleanArticle(raw(text));
    const spans = cleaned.removed.filter((r) => r.reason === reason);
    expect(spans.some((r) => r.text.includes(fragment)), JSON.stringify(cleaned.removed)).toBe(true);
    expect(cleaned.body).not.toContain(fragment);
    expect(cleaned.body).toContain("largest in a decade");
  });

  it("takes the headline under a site's menu as the title, never the menu", () => {
    const cleaned = cleanArticle(raw(`Eastmoor Courier | Home | Region | Sport | Weather\n\nWater bills to rise by nine percent\n\n${LEDE}\n\n${P2}`));
    expect(cleaned.meta.title).toBe("Water bills to rise by nine percent");
  });

  it("keeps a speaker's lead-in ending in a colon above the first paragraph as reporting, not as the headline", () => {
    const cleaned = cleanArticle(raw(`Water bills to rise\n\nThe director of the water authority said on Thursday:\n\n“${LEDE}”\n\n${P2}`));
    expect(cleaned.meta.title).toBe("Water bills to rise");
    expect(cleaned.body).toContain("said on Thursday:");
  });

  it.each(["Rain, wind and snow | a week of storms", "Storm — floods — power cuts", "Share prices fell by 3% on Tuesday, the exchange said."])("keeps a line that is no menu: %s", (line) => {
    expect(LINE_PATTERNS.filter((p) => p.reason === "navigation_menu" || p.reason === "share_widget").filter((p) => p.pattern.test(line))).toEqual([]);
  });

  it("removes the second copy of a duplicated line and keeps the first", () => {
    const line = "The plant at Eastmoor, seen from the hill";
    const cleaned = cleanArticle(raw(`${LEDE}\n\n${line}\n\n${line}\n\n${P2}`));
    expect(cleaned.body.split(line)).toHaveLength(2);
    expect(cleaned.removed.map((r) => [r.reason, r.text])).toEqual([["duplicate_line", line]]);
  });

  it("leaves a bare agency credit ('dpa/AFP') for the reader, never as a photo caption", () => {
    const cleaned = cleanArticle(raw(`${LEDE}\n\n${P2}\n\ndpa/AFP`));
    expect(cleaned.removed.filter((r) => r.reason === "photo_caption")).toEqual([]);
    expect(cleaned.body.trimEnd().endsWith("dpa/AFP")).toBe(true);
  });

  it("keeps a trailing credit line aside for the syndication reader", () => {
    const cleaned = cleanArticle(raw(`${LEDE}\n\n${P2}\n\nTHE TIMES`));
    expect(cleaned.creditLines).toEqual(["THE TIMES"]);
    expect(cleaned.body).not.toContain("THE TIMES");
  });

  it("keeps a wire's copyright and rights notice aside for the syndication reader, even where a paragraph follows it", () => {
    const notice = "© 2021 The Harbour Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.";
    const cleaned = cleanArticle(raw(`${LEDE}\n\n${P2}\n\n${notice}\n\n${LEDE.replace("The", "Earlier, the")}`));
    expect(cleaned.creditLines).toEqual([notice]);
    expect(cleaned.body).not.toContain("All rights reserved");
  });

  it.each(["(Reporting by Mara Lindqvist in Oslo; Editing by Tomas Reyes)", "Writing by Ana Pires; editing by Joel Mbeki"])("keeps a wire's staff sign-off (%j) out of the reporting, even before a closing paragraph", (credit) => {
    const cleaned = cleanArticle(raw(`${LEDE}\n\n${P2}\n\n${credit}\n\n${P3}`));
    expect(cleaned.creditLines).toEqual([credit]);
    expect(cleaned.body).not.toContain("by Mara");
    expect(cleaned.body).not.toContain("by Ana");
  });

  it.each(["Reporting by the harbour authority found leaks in 40 pipes.", "Photos by residents show the flooded street, the mayor said."])("keeps reporting that opens like a credit (%j)", (line) => {
    const cleaned = cleanArticle(raw(`${LEDE}\n\n${line}\n\n${P2}`));
    expect(cleaned.body).toContain(line);
  });

  it.each(["— with reporting by AP", "Additional reporting by Harbour Review"])("keeps a closing reporting credit (%j) aside for the syndication reader", (credit) => {
    const cleaned = cleanArticle(raw(`${LEDE}\n\n${P2}\n\n${credit}`));
    expect(cleaned.creditLines).toEqual([credit]);
    expect(cleaned.body).toBe(`${LEDE}\n\n${P2}`);
  });

  it("keeps a paragraph that opens on 'Reporting by' in the body", () => {
    const body = `${LEDE}\n\nReporting by local media suggested the quay would reopen within a week.`;
    expect(cleanArticle(raw(body)).body).toBe(body);
  });

  it.each([
    ["the name on the label's line", "Source: Harbour Review", "Source: Harbour Review"],
    ["the name alone under the label", "Originally published in:\nHarbour Review", "Originally published in:\nHarbour Review"],
    ["a qualified label", "Date of source:\nHarbour Review", "Date of source:\nHarbour Review"],
    ["another language's label", "Quelle:\nHarbour Review", "Quelle:\nHarbour Review"],
  ])("keeps a header credit line aside for the syndication reader, not as a section label: %s", (_what, header, credit) => {
    const cleaned = cleanArticle(raw(`Prices to rise next year\n\nAuthor: Jo Lind\n${header}\n\n${LEDE}\n\n${P2}`));
    expect(cleaned.creditLines).toEqual([credit]);
    expect(cleaned.removed.find((r) => r.reason === "credit_line")?.text).toBe(credit);
    expect(cleaned.body).toBe(`${LEDE}\n\n${P2}`);
  });

  it.each([
    ["Reprinted from: Harbour Review", ["Reprinted from: Harbour Review"]],
    ["Originally published in:\nHarbour Review", ["Originally published in:\nHarbour Review"]],
    // A closing "Source:" stays in the body: the reader takes it as a citation.
    ["Source:\nHarbour Review", []],
  ])("after the last paragraph keeps aside only a label that says the text ran first elsewhere: %j", (tail, credits) => {
    const cleaned = cleanArticle(raw(`${LEDE}\n\n${P2}\n\n${tail}`));
    expect(cleaned.creditLines).toEqual(credits);
    expect(cleaned.body.includes("Harbour Review")).toBe(credits.length === 0);
  });

  it.each([
    ["a date under the label", "Date of source:\n3 May 2021"],
    ["a picture's source", "Photo source: Harbour Review"],
    ["a source line long enough to stay in the body for the reader", "Source: the yearly water report of the regional authority"],
  ])("takes no header credit from %s", (_what, header) => {
    expect(cleanArticle(raw(`Prices to rise next year\n\n${header}\n\n${LEDE}\n\n${P2}`)).creditLines).toEqual([]);
  });

  it("removes a reader-comment thread that has no marker, starting at a comment that quotes the article", () => {
    const text = [LEDE, P2, P3, `“${P3.slice(0, 95)}”`, "Do you really think the parliament will listen? lol", "Karl Brenner", "They never do. I agree with you.", "Karl Brenner", "Wait and see :)"].join("\n\n");
    const cleaned = cleanArticle(raw(text));
    expect(cleaned.body).toBe([LEDE, P2, P3].join("\n\n"));
    expect(cleaned.removed.map((r) => r.reason)).toEqual(["reader_comments"]);
  });

  it("finds a comment thread by its reply buttons and timestamps when it has no heading", () => {
    const text = [LEDE, P2, P3, "Anna K.", "2 hours ago", "This will hit pensioners hardest, as always.", "Reply · Report", "Tom", "1 hour ago", "Pipes have to be paid for somehow.", "Reply · Report"].join("\n\n");
    const cleaned = cleanArticle(raw(text));
    expect(cleaned.body).toBe([LEDE, P2, P3].join("\n\n"));
    expect(cleaned.removed.map((r) => r.reason)).toContain("reader_comments");
  });

  it("removes everything after an explicit comment marker as reader comments", () => {
    const cleaned = cleanArticle(raw([LEDE, P2, "3 Comments", "This is outrageous, the authority wastes our money every year on consultants.", "Agreed."].join("\n\n")));
    expect(cleaned.body).toBe([LEDE, P2].join("\n\n"));
    expect(cleaned.removed.find((r) => r.reason === "reader_comments")?.text).toContain("outrageous");
  });

  it("keeps the story under a '0 Comments' counter: an empty thread has no comments to remove", () => {
    const cleaned = cleanArticle(raw(["Valley Wire", "0 Comments", LEDE, P2].join("\n\n")));
    expect(cleaned.body).toContain(LEDE);
    expect(cleaned.body).toContain(P2);
    expect(cleaned.removed.some((r) => r.reason === "reader_comments")).toBe(false);
  });

  it("keeps a report that quotes people saying 'you' and 'I' inside quotation marks", () => {
    const text = [LEDE, "“You cannot run a network on 1970s pipes, and I think everyone knows that,” said Lena Vogt, the authority's director.", P2, P3].join("\n\n");
    const cleaned = cleanArticle(raw(text));
    expect(cleaned.removed).toEqual([]);
    expect(cleaned.body).toBe(text);
  });

  it("maps every kept paragraph back to the same characters of the original text", () => {
    const text = `0 $\n5 $\n\nHeadline of the day here\n\n${LEDE}\n\nA caption. Photo: AFP\n\n${P2}`;
    const cleaned = cleanArticle(raw(text));
    for (const seg of cleaned.kept) {
      expect(cleaned.body.slice(seg.bodyStart, seg.bodyStart + seg.length)).toBe(text.slice(seg.textStart, seg.textStart + seg.length));
    }
    for (const r of cleaned.removed) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
});

describe("cleaning the reference case", async () => {
  const c = await loadCase(REFERENCE_CASE);
  const cleaned = new Map(c.articles.map((a) => [a.meta.id, cleanArticle(a)]));
  const get = (id: string) => {
    const a = cleaned.get(id);
    if (!a) throw new Error(`missing ${id}`);
    return a;
  };
  const reasons = (id: string) => new Set(get(id).removed.map((r) => r.reason));

  it("removes the reader-comment thread under southfront-2019-04-28, including the comment that quotes the article", () => {
    const a = get("southfront-2019-04-28");
    expect(a.body).not.toContain("Jens Holm");
    expect(a.body).not.toContain("you state that the SAA");
    expect(a.body).not.toContain("get killed or even captured");
    expect(a.body).toContain("he will likely be killed or even captured by the SAA and its allies soon");
    expect(a.removed.find((r) => r.reason === "reader_comments")?.text.length).toBeGreaterThan(9000);
  });

  it("removes the donation bar at the top of southfront-2019-03-29", () => {
    const a = get("southfront-2019-03-29");
    expect(reasons("southfront-2019-03-29").has("donation_bar")).toBe(true);
    expect(a.body.startsWith("ISIS leader Abu Bakr al-Baghdadi is currently hiding")).toBe(true);
    expect(a.body).not.toContain("Consider helping us");
  });

  it("removes the photo captions of asiatimes-2019-03-28 but keeps its reporting", () => {
    const a = get("asiatimes-2019-03-28");
    expect(a.removed.filter((r) => r.reason === "photo_caption")).toHaveLength(5);
    expect(a.body).not.toMatch(/Photo:/);
    expect(a.body).toContain("one 60-year-old woman told AFP");
    expect(a.body).not.toContain("Leave a comment");
  });

  it("removes the 'Read:' links, tag line and comment prompts of memo-2017-03", () => {
    const a = get("memo-2017-03");
    expect(a.body).not.toMatch(/^Read:/m);
    expect(a.body).not.toContain("AmericasIraq");
    expect(a.body).not.toContain("Show Comments");
    expect(a.body).not.toContain("Portuguese / Spanish");
    expect(a.meta.title).toBe("Daesh leader has fled Mosul, now hiding in Iraq desert");
  });

  it("removes the comment prompts and 'Original URL:' line of theaustralian-2019-03 and keeps its credit line aside", () => {
    const a = get("theaustralian-2019-03");
    expect(a.body).not.toContain("Original URL");
    expect(a.body).not.toContain("join the conversation");
    expect(a.body).not.toContain("Picture: AFP");
    expect(a.creditLines).toEqual(["THE SUNDAY TIMES"]);
    expect(a.body.trim().endsWith("they will get over it pretty soon.”")).toBe(true);
  });
});
