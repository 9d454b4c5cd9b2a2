// Greek: "μίλησε στο Ραδιόφωνο X" (spoke to the radio X) says whom a speaker told, as "δήλωσε στο …" does; a station's name
// may close on a number with a slash ("Ραδιόφωνο 12/12", round the clock). Speaking in a place names no outlet. Own
// invented stations and people.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../../src/core/outlets.ts";
import { readText } from "../helpers.ts";

const cited = (body: string): string[] => readText(body, createOutletRegistry([]), { outlet: "Νέα Κοιλάδα", language: "el" }).attributions.map((a) => a.outletName);

describe("Greek: spoke to a station", () => {
  it.each([
    ["Ο δήμαρχος Άγγελος Ρήγας μίλησε στο Ραδιόφωνο Λάμψη και διέψευσε την είδηση.", "Ραδιόφωνο Λάμψη"],
    ["Ο δήμαρχος μίλησε στο Ραδιόφωνο 12/12 και διέψευσε την είδηση.", "Ραδιόφωνο 12/12"],
    ["«Είμαι καλά», ανέφερε στο Ραδιόφωνο 12/12 ο ηθοποιός.", "Ραδιόφωνο 12/12"],
  ])("%s → %s", (body, name) => expect(cited(body)).toEqual([name]));

  it("reads no outlet where someone spoke in a place", () => {
    expect(cited("Ο δήμαρχος μίλησε στη Βουλή και διέψευσε την είδηση.")).toEqual([]);
  });
});
