// An attribution retold with another verb ("prevent" for "stops") is not a report that "says no such thing": the cited
// sentence prints the clause's subject and object, and whether the verbs mean the same is not read off the words.
// A clause the cited report does not carry at all is still charged. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

async function unsupported(later: string): Promise<number> {
  const root = await makeCase({
    "tabloid.txt": article("tabloid", "The Morning Trumpet", "2026-02-01", "Drinking a cup of nettle tea every evening cures insomnia, doctors have shown.\n\nA team at the Corrin Institute followed 200 adults for a year."),
    "blog.txt": article("blog", "WellBeing Daily Dose", "2026-02-05", `Good news for tea lovers this winter.\n\n${later}\n\nA team at the Corrin Institute followed 200 adults for a year.`),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "unsupported_attribution").length;
}

describe("a credit retold with another verb", () => {
  it("is not charged", async () => {
    expect(await unsupported("Nettles already end insomnia, as The Morning Trumpet reported this week.")).toBe(0);
  });

  it("a clause the report does not carry is", async () => {
    expect(await unsupported("Nettle tea lowers blood pressure and shrinks tumours in children, as The Morning Trumpet reported this week.")).toBe(1);
  });
});
