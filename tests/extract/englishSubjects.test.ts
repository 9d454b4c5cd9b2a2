// English speakers: an unnamed source written with whom it speaks for ("a spokeswoman for the aquarium"), two such
// sources of different bodies kept apart, the object of a verb of denial never read as a speaker standing after it
// ("… denied the reports, telling …": English puts a speaker after its verb only after the reported words), and a
// heading's first word, an adjective, never a named source (session 34). Invented.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

/** Who speaks each quotation of a reading, in order ("-" for no one). */
function speakers(text: string): string[] {
  const r = readPlain(text, "en");
  const name = (key: string | undefined) => r.sources.find((s) => s.key === key)?.name ?? "-";
  return r.quotations.filter((q) => q.kind === "quotation").map((q) => name(q.speaker));
}

describe("English subjects", () => {
  it("an unnamed spokeswoman with whom she speaks for", () => {
    const text = "A spokeswoman for the aquarium said: “The seals were moved for their own safety, and they are all well.”";
    expect(quotedSpeaker(readPlain(text, "en"))).toBe("A spokeswoman for the aquarium");
  });

  it("spokespeople of two bodies are two sources", () => {
    const text =
      "A spokeswoman for the aquarium said: “The seals were moved for their own safety, and they are all well.”\n\n" +
      "A spokeswoman for the zoo said the seals would stay and that “no animal was ever on board”.";
    expect(speakers(text)).toEqual(["A spokeswoman for the aquarium", "A spokeswoman for the zoo"]);
  });

  it("the object of a denial is never its speaker", () => {
    const text = "The aquarium's front desk has since denied the reports, telling Radio Calder: “We keep the seals here, and nobody is moving them anywhere.”";
    const r = readPlain(text, "en");
    expect(quotedSpeaker(r)).toBeUndefined();
    expect(sourceLabels(r)).not.toContain("anonymous:the reports");
  });

  it("a speaker still follows its verb after the reported words", () => {
    expect(quotedSpeaker(readPlain("“The seals were moved for their own safety, and they are all well,” said an official at the aquarium.", "en"))).toBe("an official at the aquarium");
  });

  it("a heading's adjective is no source", () => {
    const r = readPlain("Many readers doubted the story.\n\nAngry replies about the seals from social media:", "en");
    expect(sourceLabels(r)).toEqual([]);
  });
});
