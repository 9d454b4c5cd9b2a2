/**
 * attribution_drift credited words to the one calling them false: where the police warned that a post's words are
 * untrue, the police were read as the words' speaker, against an article printing the post with no one credited. That
 * is no credit that drifted. A named speaker against another still is (invented texts).
 */
import { describe, expect, it } from "vitest";
import { findingExplanations } from "./twoArticleFindings.ts";

const WORDS = "We expect the message to reach tens of thousands of people before the weekend is over";
const POST = "Parliament has agreed this morning to merge the forty districts into twelve new regions";

const drift = (first: string, second: string): Promise<string[]> =>
  findingExplanations("attribution_drift", "en", { file: "first.txt", outlet: "Lakeside Record", published: "2026-02-10", title: "Hoax", body: first }, { file: "second.txt", outlet: "Dune Herald", published: "2026-02-11", title: "Hoax", body: second });

describe("a printing called false in its own sentence", () => {
  it("the one calling the words false is not their speaker", async () => {
    expect(
      await drift(
        `The cybercrime unit of the Marovo police warned that the post "${POST}" is untrue.`,
        `A post shared widely on Tuesday read: "${POST}". Readers asked whether it was true.`,
      ),
    ).toEqual([]);
  });

  it("a named speaker against another is still drift", async () => {
    const found = await drift(`"${WORDS}," Inspector Dana Holm said on Saturday.`, `"${WORDS}," Mayor Piet Aalders said in a statement.`);
    expect(found.join(" ")).toContain("credit");
  });
});
