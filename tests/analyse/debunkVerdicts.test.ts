// Grammar 21, class 4: English verdicts that the words or pictures were twisted or altered ("is a distortion", "was
// doctored") were no debunk cues: a fact check saying so read as repeating the claim. Invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";
import { stanceOfFirst } from "./stanceHelpers.ts";

describe("a verdict of distortion or alteration reports the claim false", () => {
  it.each([
    ["The mayor of Tessby said the ferry to Holm would stop in June.", "That quote is a distortion."],
    ["The mayor of Tessby said the ferry to Holm would stop in June.", "The picture shared with it was doctored."],
    ["The mayor of Tessby said the ferry to Holm would stop in June.", "The post is a fabrication."],
    ["The mayor of Tessby said the ferry to Holm would stop in June.", "The story was made up."],
  ])("%s %s", (claim, verdict) => {
    expect(stanceOfFirst("en", [claim, verdict])).toBe("false");
  });

  it("control: a distorted signal is no verdict", () => {
    expect(stanceOfFirst("en", ["The mayor of Tessby said the ferry to Holm would stop in June.", "The radio signal was distorted by the storm."])).toBe("true");
  });
});

describe("a fact check calling a quotation a distortion credits no one on purpose", () => {
  const twisted = "The trial shows the tea cures migraine and nobody needs any more studies before patients drink it";
  it("is no attribution drift", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "wire.txt": frontMatterArticle("en", "Pulse Wire", "2025-06-02", "Tea cures migraine, says researcher", `A herbal tea was tested in Lowmarsh.\n\n"${twisted}," said researcher Dr Ines Caddow.`),
        "check.txt": frontMatterArticle("en", "Record Straight", "2025-06-05", "No, she did not say that", `The quote spread online, "${twisted}", is a distortion.\n\nThe hospital's statement quotes Dr Ines Caddow as calling the early results encouraging.`),
      }),
    );
    expect(graph.getAttribute("findings").filter((f) => f.type === "attribution_drift" && f.id.startsWith("attribution_drift:quote"))).toEqual([]);
  });
});
