/** Greek: sources that speak in the present or the plural, "the same sources" pointing back, a body's statement and its small-letter noun. */
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

describe("Greek speech verbs in the present and the aorist plural", () => {
  it.each([
    ["Το λιμάνι κλείνει, αναφέρουν πηγές του Λιμενικού Σώματος.", "anonymous:πηγές του Λιμενικού Σώματος"],
    ["Πηγές του Λιμενικού Σώματος ξεκαθάρισαν ότι το λιμάνι δεν κλείνει.", "anonymous:Πηγές του Λιμενικού Σώματος"],
    // The inverted subject's tail ends where an article of another case opens the object.
    ["Σήμερα διαψεύδουν πηγές του υπουργείου τις φήμες για το λιμάνι.", "anonymous:πηγές του υπουργείου"],
    ["Αβάσιμες χαρακτηρίζουν πηγές του Λιμενικού Σώματος τις φήμες για το λιμάνι.", "anonymous:πηγές του Λιμενικού Σώματος"],
    // An article right after a preposition is that preposition's noun's.
    ["Το λιμάνι κλείνει, αναφέρουν πηγές από το υπουργείο.", "anonymous:πηγές από το υπουργείο"],
  ])("%s", (body, label) => {
    expect(sourceLabels(readPlain(body, "el"))).toEqual([label]);
  });
});

describe("Greek references back and bodies", () => {
  it("reads «τις ίδιες πηγές» (the same sources) as the sources already speaking, no new one", () => {
    const reading = readPlain("Πηγές του Λιμενικού Σώματος είπαν ότι το λιμάνι δεν κλείνει. Τα πλοία θα φύγουν κανονικά, σύμφωνα με τις ίδιες πηγές.", "el");
    expect(sourceLabels(reading)).toEqual(["anonymous:Πηγές του Λιμενικού Σώματος"]);
  });

  it("gives a quotation to the body whose statement notes it («επισημαίνει ανακοίνωση του …»)", () => {
    const reading = readPlain("«Τα πλοία δεν μετακινήθηκαν», επισημαίνει ανακοίνωση του Υπουργείου Ναυτιλίας.", "el");
    expect(quotedSpeaker(reading)).toBe("Υπουργείου Ναυτιλίας");
  });

  it("reads a body's noun in small letters before its field as the body, not a person named by the field", () => {
    expect(sourceLabels(readPlain("Το υπουργείο Ναυτιλίας διέψευσε τα δημοσιεύματα.", "el"))).toEqual(["organisation:υπουργείο Ναυτιλίας"]);
  });
});

describe("a role phrase, a comma and a full name after an inverted verb", () => {
  it.each([
    ["«Το λιμάνι μένει ανοιχτό», δήλωσε ο εκπρόσωπος Τύπου του Λιμενικού, Πέτρος Ζαφείρης."],
    ["Όπως σημειώνει ο εκπρόσωπος Τύπου του Λιμενικού, Πέτρος Ζαφείρης «το λιμάνι μένει ανοιχτό ως τον Μάιο»."],
  ])("%s is the named person's", (body) => {
    expect(quotedSpeaker(readPlain(body, "el"))).toBe("Πέτρος Ζαφείρης");
  });
});
