// A copy in a script written without spaces (Japanese, Chinese) was never stated as an uncredited copy: its size was
// counted by spaces, so a long copied passage counted a word or two. The size of a passage is its word count
// (core/text.ts wordCount, which counts such a script by its letters); the finding tells it in characters, which
// anyone can count. Own invented story (written with figures and commas, where the alignment splits unspaced text).
import { describe, expect, it } from "vitest";
import { wordCount } from "../../src/core/text.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const SHARED =
  " 北浜港の第2桟橋は、5月1日から使えなくなる。桟橋の支柱に、長さ3メートルの亀裂が2か所で見つかり、補修には少なくとも2年、費用は約15億円かかる見通しだ。\n\n" +
  " 漁業者の間では、代わりの係留場所を、早く用意してほしいとの声が上がっている。第3桟橋を、6月までに一時的に開放する案もあるが、費用の負担をめぐって、市と県の協議が続いている。";

async function copyFindings(): Promise<string[]> {
  const root = await makeCase({
    "first.txt": `---\nid: first\noutlet: 北浜新聞\npublished: 2025-04-01\nlanguage: ja\n---\n第2桟橋、来月から使用停止\n\n${SHARED}\n\n 説明会は今月中に開かれる予定だ。\n`,
    "later.txt": `---\nid: later\noutlet: 港ネット\npublished: 2025-04-02\nlanguage: ja\n---\n北浜港の桟橋が使えなくなる\n\n${SHARED}\n\n 船の利用者は注意が必要だ。\n`,
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "uncredited_copy").map((f) => f.explanation);
}

describe("an uncredited copy in Japanese", () => {
  it("is stated, its size in characters", async () => {
    expect(wordCount(SHARED)).toBeGreaterThanOrEqual(25);
    const found = await copyFindings();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/\(\d+ characters\)/u);
  });
});
