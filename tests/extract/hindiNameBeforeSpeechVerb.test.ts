// Hindi has no capitals to end a name: before "बोले" (said, honorific) the name ran on over the verb and a person "…
// बोले" was read. A speech verb's word is never part of a name. Own invented text and people.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const named = (body: string): string[] => readText(body, createOutletRegistry([]), { outlet: "नगर दर्पण", language: "hi" }).sources.map((s) => s.name);

describe("Hindi name before a speech verb", () => {
  it.each([
    "नहर टूटने की झूठी सूचना चली। विधायक किशन लाल बोले कि नहर पूरी तरह सुरक्षित है।",
    "नहर टूटने की झूठी सूचना चली। विधायक किशन लाल बोला कि नहर पूरी तरह सुरक्षित है।",
  ])("%s → किशन लाल", (body) => expect(named(body)).toEqual(["किशन लाल"]));
});
