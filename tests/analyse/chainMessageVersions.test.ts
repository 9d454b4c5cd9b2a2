/**
 * A forwarded chain message changes as it is passed on. Fact-checks that each set apart the version they found after
 * a lead-in of their own ("The message reads:"), no one credited with it, print versions of one text: neither changed
 * the other's quotation, and a figure that differs between versions is no number that drifted from one article to
 * the next. Invented outlets, places and message.
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const message = (hours: string, count: string, close: string) =>
  `"Warning!! The Kessel ferry will stop running for the next ${hours} days, ${count} passengers were stranded yesterday. The harbour office is keeping it quiet. ${close}"`;

async function findingsOf(files: Record<string, string>) {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return {
    types: graph.getAttribute("findings").map((f) => f.type),
    altered: graph.filterEdges((_, a) => a.kind === "alters_quote").length,
  };
}

describe("versions of a chain message quoted by fact-checks", () => {
  it("are neither an altered quotation nor number drift where each article sets its version apart after its own lead-in", async () => {
    const result = await findingsOf({
      "lens.md": frontMatterArticle("en", "Brightline Check", "2025-08-04", "No, the Kessel ferry is not stopping",
        `A message forwarded on WhatsApp claims the Kessel ferry will stop running. It is false.\n\nThe message reads:\n\n${message("12", "85", "Send this to everyone on the island.")}\n\nThe harbour office told Brightline Check the ferry ran on schedule all week.`),
      "desk.md": frontMatterArticle("en", "Tidewater Verify", "2025-08-05", "Ferry shutdown warning is a hoax",
        `A chain message shared in group chats warns islanders that the ferry will stop. There is no evidence for it.\n\nThe chain message says:\n\n${message("20", "90", "Pass it on to all your contacts.")}\n\nThe ferry operator said no crossing had been cancelled this month.`),
      "post.md": frontMatterArticle("en", "Saltmarsh Facts", "2025-08-06", "Kessel ferry message debunked",
        `Readers asked Saltmarsh Facts to check a forwarded warning about the Kessel ferry. The warning is a hoax.\n\nOne version of the text reads:\n\n${message("12", "85", "Share it with everyone on the island.")}\n\nA spokesperson for the harbour, Odile Fenn, said the office had issued no such notice.`),
    });
    expect(result.types).not.toContain("altered_quote");
    expect(result.types).not.toContain("number_drift");
    expect(result.altered).toBe(0);
  });

  it("are no altered quotation where each article quotes its version right after a lead-in of its own ending in a colon", async () => {
    const result = await findingsOf({
      "lens.md": frontMatterArticle("en", "Brightline Check", "2025-08-04", "No, the Kessel ferry is not stopping",
        `A message forwarded on WhatsApp warns: ${message("12", "85", "Send this to everyone on the island.")} It is false.\n\nThe harbour office told Brightline Check the ferry ran on schedule all week.`),
      "desk.md": frontMatterArticle("en", "Tidewater Verify", "2025-08-05", "Ferry shutdown warning is a hoax",
        `A chain message shared in group chats tells islanders: ${message("20", "90", "Send this to everyone on the island.")} There is no evidence for it.\n\nThe ferry operator said no crossing had been cancelled this month.`),
    });
    expect(result.types).not.toContain("altered_quote");
    expect(result.types).not.toContain("number_drift");
    expect(result.altered).toBe(0);
  });

  it("is still an altered quotation where the changed words are credited to a named speaker", async () => {
    const statement = (days: string) => `"The Kessel ferry will stop running for the next ${days} days while the landing stage is rebuilt, and we apologise to every islander for the trouble."`;
    const result = await findingsOf({
      "lens.md": frontMatterArticle("en", "Brightline Check", "2025-08-04", "Ferry to pause for repairs",
        `The harbour office announced repairs to the Kessel landing stage on Monday.\n\nHarbour master Odile Fenn said:\n\n${statement("12")}\n\nThe office said a water taxi would run in the meantime.`),
      "desk.md": frontMatterArticle("en", "Tidewater Verify", "2025-08-05", "Kessel ferry pause",
        `Islanders will need another way across this month.\n\nHarbour master Odile Fenn said:\n\n${statement("20")}\n\nNo date for the reopening was given.`),
    });
    expect(result.types).toContain("altered_quote");
  });
});

describe("a writer's own report set apart after a lead-in and given elsewhere as a source's words", () => {
  it("is still words put in the source's mouth", async () => {
    const result = await findingsOf({
      "essay.md": frontMatterArticle("en", "Brightline Check", "2025-08-04", "How the moss survey was made up",
        `The survey of the Kessel moss beds had been planned for a year. Here is what it reported:\n\nNot only does the red moss clean the water of the bay, the survey found, but it also keeps the gulls away from the fishing boats.\n\nNone of it was true, as its authors admitted last week.`),
      "post.md": frontMatterArticle("en", "Tidewater Verify", "2025-08-05", "Moss survey was a hoax",
        `A survey of the Kessel moss beds fooled several papers.\n\nThe survey stated:\n\n"Not only does the red moss clean the water of the bay, but it also keeps the gulls away from the fishing boats."\n\nIts authors admitted last week that none of it was true.`),
    });
    expect(result.types).toContain("unsupported_attribution");
  });
});
