/**
 * Sentences that assert nothing became claims when several articles printed them: a question ("Who could have
 * foreseen such a turn?"), which asks and states no proposition, and a Chinese sentence that only names who said the
 * quotation before it ("港务局相关负责人表示。"). A group whose every statement only asks is no claim
 * (claims/noProposition.ts asksOnly, claims/select.ts), and a sentence of one clause that is only a speaker and a speech
 * verb (LanguageFrames.attributionOnlyForms, zh) says only who spoke (extract/names.ts saysOnlyWho). Invented texts.
 */
import { describe, expect, it } from "vitest";
import { asksOnly } from "../../../src/analyse/claims/noProposition.ts";
import { saysOnlyWho } from "../../../src/extract/names.ts";
import { framesFor } from "../../../src/extract/frames/index.ts";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../../helpers.ts";

describe("a question only asks", () => {
  it.each([
    ["en", "Who could have foreseen such a turn?"],
    ["en", "Will the Brinmoor ferry really stop running in March?"],
    ["de", "Wer hätte das in Brinmoor je gedacht?"],
    ["zh", "谁能想到会有这样的结果？"],
  ])("%s: %s", (_language, sentence) => {
    expect(asksOnly(sentence)).toBe(true);
  });

  it("a statement that only holds a question inside it, or a question before it, does not", () => {
    expect(asksOnly("The mayor asked why the Brinmoor ferry should stop running, and the board gave no answer.")).toBe(false);
    expect(asksOnly("Why? The Brinmoor ferry will stop running in March.")).toBe(false);
    expect(asksOnly("The Brinmoor ferry stops in March. Who could have foreseen it?")).toBe(false);
  });
});

describe("a Chinese sentence that only names the speaker of the quotation before it", () => {
  it.each(["港务局相关负责人表示。", "布林莫尔市政府发言人称。"])("%s", (sentence) => {
    expect(saysOnlyWho(sentence, framesFor("zh"))).toBe(true);
  });
  it("is not a sentence that says something after its speaker", () => {
    expect(saysOnlyWho("港务局表示，渡轮将于三月停运。", framesFor("zh"))).toBe(false);
  });
});

const article = (outlet: string, date: string, title: string, body: string) => frontMatterArticle("en", outlet, date, title, body);

describe("a question several articles print", () => {
  it("is no claim", async () => {
    const root = await makeCase({
      "a.txt": article("Brinmoor Post", "2026-03-02", "Ferry to stop in March", "The Brinmoor ferry will stop running in March, the harbour board said on Monday. Who could have foreseen such a turn for the old ferry line? Passengers were told to use the coastal bus."),
      "b.txt": article("Coast Daily", "2026-03-02", "End of the line for the ferry", "The harbour board said on Monday that the Brinmoor ferry will stop running in March. Who could have foreseen such a turn for the old ferry line? The board blamed the cost of fuel."),
      "c.txt": article("Harbour Weekly", "2026-03-03", "Ferry stops", "The Brinmoor ferry will stop running in March. Who could have foreseen such a turn for the old ferry line? Fares had doubled since 2024."),
    });
    const { graph } = await analyseCaseFolder(root);
    const texts = graph.filterNodes((_, a) => a.kind === "claim").map((k) => (graph.getNodeAttributes(k) as { text: string }).text);
    expect(texts.some((t) => t.includes("foreseen"))).toBe(false);
  });
});
