// A page with no title in its metadata takes its headline from the lines before the first paragraph, the longest of
// them: a picture's caption ending in its credit, a byline/date line of fields between bars, or a breadcrumb won over
// the headline, and became the article's title.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import type { RawArticle } from "../../src/ingest/types.ts";

const raw = (text: string): RawArticle => ({ meta: { id: "t", file: "t.txt", format: "text" }, text });

const HEADLINE = "Seal pup naps on Port Wenlow lifeboat";
const STORY = "A seal pup was found asleep on the deck of the Port Wenlow lifeboat on Sunday morning, the crew said, and was returned to the water by wardens.";

describe("the headline of a page without a title", () => {
  it.each([
    ["a caption with its credit in brackets", "Seal pup asleep on the lifeboat deck. (Instagram/@wenlow_waves)"],
    ["a caption with a photo credit in brackets", "Seal pup asleep on the lifeboat deck (Dok. Wenlow Tide)"],
    ["a byline and date line between bars", "By the news desk | 6 June 2026, 10:15 | Last updated: 6 June 2026, 11:02"],
    ["a breadcrumb", "Home > Nature and wildlife > Coasts and harbours"],
  ])("is not %s", (_name, line) => {
    const clean = cleanArticle(raw(`${HEADLINE}\n${line}\n${STORY}`));
    expect(clean.meta.title).toBe(HEADLINE);
  });

  it("is still the longest line when nothing else is furniture", () => {
    const clean = cleanArticle(raw(`Wildlife\n${HEADLINE}\n${STORY}`));
    expect(clean.meta.title).toBe(HEADLINE);
  });

  // Counted by spaces, a Japanese or Chinese line is one or two words and its paragraphs no prose: the page had no
  // head region, and its headline was lost.
  it.each([
    ["Japanese", "港町ニュース", "ホーム > 社会 > 動物", "ウェンロウ港の救命艇でアザラシの子が昼寝　乗組員が発見", "2026年5月3日 8:30", "ウェンロウ港の救命艇の甲板で日曜の朝、アザラシの子が眠っているのが見つかり、監視員が海に戻したと乗組員が明らかにした。"],
    ["Chinese", "港城新闻网", "首页 > 社会 > 动物", "温洛港救生艇上海豹幼崽酣睡　船员发现", "2026年5月3日 08:30", "周日早上，温洛港救生艇甲板上发现一只正在睡觉的海豹幼崽，船员表示，管理员随后将其放回海中。"],
  ])("is the %s headline under a breadcrumb, not the site's name, the breadcrumb or the date", (_language, site, crumbs, headline, date, story) => {
    const clean = cleanArticle(raw(`${site}\n${crumbs}\n${headline}\n${date}\n${story}`));
    expect(clean.meta.title).toBe(headline);
    expect(clean.body).toBe(story);
  });

  it("keeps a Japanese page's paragraphs when no line stands above them", () => {
    const story = "ウェンロウ港の救命艇の甲板で日曜の朝、アザラシの子が眠っているのが見つかった。\n監視員が海に戻したと乗組員が明らかにした。";
    const clean = cleanArticle(raw(story));
    expect(clean.meta.title).toBeUndefined();
    expect(clean.body).toBe(story);
  });
});

// A site's tagline after its own name and a dateline of a place and a day were taken for the headline (the longest
// top line), and the real headline below them was lost.
describe("the headline of a page with a site tagline or a dateline above it", () => {
  const withOutlet = (text: string, language: string): RawArticle => ({ meta: { id: "t", file: "t.txt", format: "text", outlet: "Wenlow Tide", language }, text });

  it("is not the site's tagline after its name", () => {
    const clean = cleanArticle(withOutlet(`Wenlow Tide - Your harbour, your news, around the clock\n${HEADLINE}\n${STORY}`, "en"));
    expect(clean.meta.title).toBe(HEADLINE);
    expect(clean.body).toBe(STORY);
  });

  it.each([
    ["in Arabic script", "وينلو - 6 يونيو", "ar"],
    ["with its year", "PORT WENLOW, 6 June 2026", "en"],
  ])("is not a dateline %s, where the page has no other headline", (_name, line, language) => {
    const clean = cleanArticle(withOutlet(`${line}\n${STORY}`, language));
    expect(clean.meta.title).toBeUndefined();
    expect(clean.body).toBe(STORY);
  });

  it("control: a headline that names the outlet without a separator stays the headline", () => {
    const headline = "Wenlow Tide reporters join the lifeboat crew for a night on the water";
    const clean = cleanArticle(withOutlet(`${headline}\n${HEADLINE}\n${STORY}`, "en"));
    expect(clean.meta.title).toBe(headline);
  });
});

// A lead of one short sentence under the headline is no prose by length, so it was a candidate too; the longer, it won,
// and the story lost its first sentence (and the credit it held).
describe("a short lead under the headline", () => {
  it.each([
    ["English", "Seal pup found asleep on lifeboat", "A seal pup slept on the lifeboat, the Wenlow Tide reported."],
    ["Korean", "구조선 위 물범 새끼 낮잠", "물범 새끼가 구조선에서 잠든 채 발견됐다고 웬로일보가 보도했다."],
  ])("stays in the %s body; the line above it is the headline", (_language, headline, lead) => {
    const clean = cleanArticle(raw(`${headline}\n\n${lead}\n\n${STORY}`));
    expect(clean.meta.title).toBe(headline);
    expect(clean.body.startsWith(lead)).toBe(true);
  });

  it("is still the headline where every line above the story ends as a sentence does", () => {
    const clean = cleanArticle(raw(`Wildlife wardens return a seal pup to the sea.\n\n${STORY}`));
    expect(clean.meta.title).toBe("Wildlife wardens return a seal pup to the sea.");
  });
});
