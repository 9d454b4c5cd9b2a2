// A sentence that only says who said the sentence before it tells no claim of its own. Four forms of it were read as
// claims, and a wire story's "This was announced by the mayor on Tuesday" became a claim of the story beside what the
// mayor announced: a passive with its agent (en), a separable verb whose particle closes a long sentence (de, nl), a
// cleft (fr) and a clitic (es). Own invented sentences.
import { describe, expect, it } from "vitest";
import { saysOnlyWho } from "../../src/extract/names.ts";
import { framesFor } from "../../src/extract/frames/index.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

describe("a sentence that says only who said the one before", () => {
  it.each([
    ["en", "This was announced by mayor Hannah Vogt on Tuesday at a council meeting."],
    ["en", "That was confirmed by a spokesman for the ministry."],
    ["de", "Das kündigte Bürgermeisterin Hanna Vogt am Dienstag in einer Sitzung des Stadtrats an."],
    ["de", "Das gab die Stadt am Montag bekannt."],
    ["nl", "Dat maakte de burgemeester dinsdag bekend."],
    ["fr", "C'est ce qu'a annoncé la maire mardi."],
    ["es", "Así lo anunció la alcaldesa el martes."],
  ])("%s: %j", (language, sentence) => {
    expect(saysOnlyWho(sentence, framesFor(language))).toBe(true);
  });

  it.each([
    ["en", "It was said by many that the bridge would fall."],
    ["en", "This was the first time the mayor said so."],
    ["en", "The ministry announced this on Tuesday."],
    ["de", "Das gab es in Birkhain noch nie."],
    ["nl", "Dat maakt het moeilijk om bekend te blijven."],
  ])("not %s: %j", (language, sentence) => {
    expect(saysOnlyWho(sentence, framesFor(language))).toBe(false);
  });

  it("is drawn as no claim of a story", async () => {
    const story =
      "The town of Birkdale will cut the working week of its staff to four days from January. This was announced by mayor Hannah Vogt on Tuesday at a council meeting. " +
      "Staff will keep their full pay while weekly hours fall from 40 to 32. The opposition on the council called the plans too expensive.";
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "north.txt": frontMatterArticle("en", "Northern Lark", "2024-03-05", "Four-day week", story),
        "south.txt": frontMatterArticle("en", "Southern Wren", "2024-03-06", "Four-day week", story),
      }),
    );
    const labels = graph.filterNodes((_, a) => a.kind === "claim").map((n) => String(graph.getNodeAttribute(n, "label")));
    expect(labels.some((l) => l.startsWith("The town of Birkdale will cut"))).toBe(true);
    expect(labels.filter((l) => l.includes("announced by"))).toEqual([]);
  });
});
