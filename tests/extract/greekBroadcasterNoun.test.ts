// "ανέφερε στο Ραδιόφωνο X" (said on Radio X): the noun opening a broadcaster's name was unknown to Greek, so the
// genitive after it ("Πευκώνα", of Pefkonas) was read as a person who spoke. Own invented text and station.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const people = (body: string): string[] => readText(body, createOutletRegistry([]), { outlet: "Νέα Ακτή", language: "el" }).sources.map((s) => s.name);

describe("a broadcaster named by its noun in Greek", () => {
  it("is no speaker", () => {
    expect(people("Η δήμαρχος Ελένη Μαυρίδου μίλησε για τα έργα στο λιμάνι. «Η προβλήτα θα είναι έτοιμη τον Ιούνιο» ανέφερε στο Ραδιόφωνο Πευκώνα.")).not.toContain("Πευκώνα");
  });
});
