// A speech or report verb in a clause of condition ("if X stated that …") says what someone would
// have said or reported, not what anyone did: no speaker, no citation. Own invented texts and names.
import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText, sourceLabels } from "./helpers.ts";

const registry = await loadDefaultRegistry();
const read = (body: string, language: string) => readText(body, registry, { outlet: "Test Daily", language });

describe("a condition names no speaker and cites no outlet", () => {
  it.each([
    ["en", "Would you believe it if Freedonia stated that it has landed the first man on the moon?"],
    ["en", "If Tom Vale said that, he was wrong."],
  ])("%s: %s", (language, body) => {
    expect(sourceLabels(read(body, language))).toEqual([]);
  });

  it("cites no outlet in a condition", () => {
    expect(read("Would you believe it if the Quillon Herald reported that the moon is flat?", "en").attributions).toEqual([]);
  });

  it.each([
    ["en", "Asked if the road was closed, Tom Vale said no.", "named:Tom Vale"],
    ["en", "Tom Vale said that the road is closed.", "named:Tom Vale"],
  ])("keeps the speaker outside a condition: %s: %s", (language, body, label) => {
    expect(sourceLabels(read(body, language))).toEqual([label]);
  });
});
