/**
 * A printing whose speaker the reading did not tell credits someone unknown, not "no one": where the article names the
 * organisation another printing credits, or its own sentence describes the unnamed source another printing credits,
 * there is no attribution drift (invented texts).
 */
import { describe, expect, it } from "vitest";
import { findingExplanations } from "./twoArticleFindings.ts";

const drift = (language: string, first: string, second: string): Promise<string[]> =>
  findingExplanations("attribution_drift", language, { file: "first.txt", outlet: "Lakeside Record", published: "2026-02-10", title: "Ruling", body: first }, { file: "second.txt", outlet: "Dune Herald", published: "2026-02-11", title: "Ruling", body: second });

const WORDS = "The leaflet promised savings that no household could ever have reached";

describe("a printing with an unread speaker tag", () => {
  it("credits the organisation its article names, not no one", async () => {
    expect(
      await drift(
        "en",
        `The lamp maker Glimmerco was told off on Tuesday by the watchdog ORVA.\n\n"${WORDS}," ORVA said in its decision.\n\nGlimmerco did not comment.`,
        `Glimmerco has been rebuked over its leaflet.\n\n"${WORDS}," the ORVA panel concluded.\n\nThe leaflet has been withdrawn.`,
      ),
    ).toEqual([]);
  });

  it("credits the unnamed source its sentence describes, not no one (ko)", async () => {
    const words = "항구 창고는 다음 주 월요일부터 철거 공사가 본격적으로 시작될 예정이다";
    expect(
      await drift(
        "ko",
        `인천의 오래된 창고가 사라진다. 업계 관계자는 "${words}"라며 "직원들은 새 창고로 옮긴다"고 말했다.`,
        `인천의 오래된 창고가 사라지는 것으로 전해졌다. 업계 관계자는 "${words}"라며 "직원들은 모두`,
      ),
    ).toEqual([]);
  });

  it("credits the site its article names without the domain its post is signed with, not no one", async () => {
    expect(
      await drift(
        "en",
        `The satirical site answered the watchdog ORVA on Tuesday.\n\n${WORDS}. — Quillpost.it (@quillpost) February 10, 2026\n\nORVA did not comment.`,
        `The watchdog ORVA wrote to the satirical site on Monday about a leaflet it had made up for a story.\n\n"${WORDS}," the reply on the page read.\n\nQuillpost says the leaflet never existed.`,
      ),
    ).toEqual([]);
  });

  it("still credits no one where the article never names or describes the speaker", async () => {
    expect(
      (
        await drift(
          "en",
          `The lamp maker Glimmerco was told off on Tuesday by the watchdog ORVA.\n\n"${WORDS}," ORVA said in its decision.`,
          `A poster in the shop window now reads: "${WORDS}". The leaflet has been withdrawn.`,
        )
      ).join(" "),
    ).toContain("credit no one");
  });
});
