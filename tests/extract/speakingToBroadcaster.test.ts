// Greek "Μιλώντας (ζωντανά) στην X" (speaking live to X) had no frame, and the words for radio, television and a show were
// no publication nouns; Italian named a public broadcaster by what it is ("alla tv pubblica slovena X") with a
// noun it did not know. Only a publication noun, a registry name or a numbered channel's name counts: "μιλώντας στη Βουλή"
// is where someone spoke. Own invented texts and stations.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);
const cited = (body: string, language: string): string[] => readText(body, registry, { outlet: "Νέα Ακτή", language }).attributions.map((a) => a.outletName);

describe("speaking to a broadcaster", () => {
  it.each([
    ["Ο συγγραφέας διέψευσε τις φήμες. Μιλώντας ζωντανά στην ΚΡΤ-2, ο συγγραφέας δήλωσε ότι είναι καλά στην υγεία του.", "ΚΡΤ-2"],
    ["Μιλώντας στον ραδιοφωνικό σταθμό Λάμψη, ο δήμαρχος είπε ότι η προβλήτα θα είναι έτοιμη τον Ιούνιο.", "Λάμψη"],
    ["«Η προβλήτα θα είναι έτοιμη τον Ιούνιο» ανέφερε στο Ραδιόφωνο Λάμψη ο δήμαρχος.", "Ραδιόφωνο Λάμψη"],
  ])("cites the station in Greek: %s", (body, outlet) => {
    expect(cited(body, "el")).toEqual([outlet]);
  });

  it("cites nothing where the speaker spoke in a place or to someone", () => {
    expect(cited("Μιλώντας στη Βουλή, ο υπουργός δήλωσε ότι η προβλήτα θα είναι έτοιμη.", "el")).toEqual([]);
    expect(cited("Μιλώντας στον Γιάννη Ραφτόπουλο, ο υπουργός δήλωσε ότι η προβλήτα θα είναι έτοιμη.", "el")).toEqual([]);
  });

  it("cites a public broadcaster named by what it is in Italian", () => {
    expect(cited("Lo scrittore ha negato alla tv pubblica slovena Valtv la notizia del proprio ricovero.", "it")).toEqual(["Valtv"]);
  });
});
