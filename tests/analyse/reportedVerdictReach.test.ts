/** Stance: a lead verdict given as someone's words judges what those words judge, not only its own sentence (invented texts). */
import { describe, expect, it } from "vitest";
import { readingAt } from "./stanceHelpers.ts";

/** A check whose lead gives the verdict, then facts of its own, then the claim it checks in its own words. */
const check = (lead: string): string[] => [lead, "It was shared 20,000 times on Sunday.", "Its author lives in Norvik.", "Many readers asked us about it.", "The video shows the old Tolvik bridge collapsing into the river."];

describe("a verdict told as reported speech reaches the claim its reported words speak of", () => {
  it("after the speech verb", () => {
    const r = readingAt("en", check("Arno Pelt of the town hall told us the video is fake."), 4);
    expect([r.stance, r.rule]).toEqual(["false", "stance.lead_cue"]);
  });
  it("before a closing speech clause", () => {
    expect(readingAt("en", check("The video is fake, Arno Pelt of the town hall told us."), 4).stance).toBe("false");
  });
  it("in German and Spanish", () => {
    const de = ["Arno Pelt vom Rathaus sagte uns, das Video sei gefälscht.", "Es wurde am Sonntag 20.000 Mal geteilt.", "Sein Autor lebt in Norvik.", "Viele Leser haben uns danach gefragt.", "Das Video zeigt, wie die alte Brücke von Tolvik in den Fluss stürzt."];
    expect(readingAt("de", de, 4).stance).toBe("false");
    const es = ["Arno Pelt, del ayuntamiento, nos dijo que el video es falso.", "Se compartió 20.000 veces el domingo.", "Su autor vive en Norvik.", "Muchos lectores nos preguntaron.", "El video muestra el viejo puente de Tolvik cayendo al río."];
    expect(readingAt("es", es, 4).stance).toBe("false");
  });
  it("still not a fact the reported words do not speak of", () => {
    const other = ["Arno Pelt of the town hall told us the video is fake.", "It was shared 20,000 times on Sunday.", "Its author lives in Norvik.", "The town hall repaired the old Tolvik bridge in May."];
    expect(readingAt("en", other, 3).stance).toBe("mentions");
  });
});
