// The Telegraph written in Arabic script (التلغراف, التيليجراف) was an outlet of its own beside the registry's: a citation
// "وقالت صحيفة ''التيليجراف'' البريطانية إن …" (probe 52b) made a second node for the British paper. Invented sentences.
import { describe, expect, it } from "vitest";
import { outletKey } from "../../src/core/outlets.ts";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

describe("The Telegraph in Arabic script", () => {
  it.each(["وقالت صحيفة التلغراف البريطانية إن السد آمن.", "وقالت صحيفة \"التيليجراف\" البريطانية إن السد آمن."])("is the registry's paper: %s", async (text) => {
    const registry = await loadDefaultRegistry();
    const r = readText(text, registry, { outlet: "Test Daily", language: "ar" });
    expect(r.attributions.map((a) => a.outlet)).toEqual([outletKey("The Telegraph")]);
  });
});
