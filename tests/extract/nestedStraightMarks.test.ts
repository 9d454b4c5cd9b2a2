// A quotation in straight marks that quotes in straight marks itself ('Night ferries "stop" only …') runs to the mark that
// balances its own: its inner opening mark (a space before, a letter after) is not its end. Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const quotations = (body: string) =>
  readPlain(body, "en")
    .quotations.filter((q) => q.kind === "quotation")
    .map((q) => q.parts.map((p) => p.text).join(" … "));

describe("a quotation in straight marks that quotes in straight marks", () => {
  it("runs to the mark that balances its own, past the nested quotation", () => {
    expect(quotations(`The harbour office replied on its account: "Night ferries "stop" only when this account says so, never because of a voice note", it wrote.`)).toEqual([
      `Night ferries "stop" only when this account says so, never because of a voice note`,
    ]);
  });

  it.each([
    ["a quotation broken by its speech tag", `"We lost," said the coach. "But we fight on."`, ["We lost, … But we fight on."]],
    ["a mark left open", `The sign read "Closed for "repairs" until May.`, []],
  ])("still closes at the first closer where marks stand side by side (%s)", (_, body, expected) => {
    expect(quotations(`${body} The club did not comment.`)).toEqual(expected);
  });
});
