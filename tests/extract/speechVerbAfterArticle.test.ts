// A speech verb's form right after an article is an adjective on the noun that follows ("an alleged ruling", "the
// reported closure"), never a verb: the words before it are no speaker. Read as a verb, "The mayor denied reports of an
// alleged deal …" made "reports of an" an anonymous source.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("English: a speech verb's form after an article is no verb", () => {
  it.each([
    "The mayor denied reports of an alleged deal with a casino over the Quillon ferry.",
    "Harbour officials denied the claimed closure of the Quillon ferry pier on Monday.",
    "Residents laughed at a reported sighting of a whale in the Quillon canal.",
  ])("no speaker in: %s", (text) => {
    const labels = sourceLabels(readPlain(text, "en"));
    expect(labels.filter((l) => /\s(?:an|a|the)$/u.test(l) || l.split(" ").length > 3)).toEqual([]);
  });

  it("still reads the speaker of the verb", () => {
    expect(sourceLabels(readPlain("Tomas Berglund alleged that the ferry had been sold.", "en"))).toContain("named:Tomas Berglund");
  });
});

// "A ruling that declared …": after a relative that stands for a thing the verb's subject is that thing, and the words
// of the clause before it are no speaker; "who" stands for a person, whose words they are.
describe("English: a speech verb after 'that' has no speaker before it", () => {
  it("no speaker in a relative clause of a thing", () => {
    const labels = sourceLabels(readPlain("Ferry workers mocked reports of a leaked memo that stated the Quillon line would close.", "en"));
    expect(labels.filter((l) => /\sthat$/u.test(l) || l.split(" ").length > 3)).toEqual([]);
  });

  it("still reads the person before 'who'", () => {
    expect(sourceLabels(readPlain("The official who said the Quillon pier was shut has resigned.", "en"))).toEqual(["anonymous:The official"]);
  });
});
