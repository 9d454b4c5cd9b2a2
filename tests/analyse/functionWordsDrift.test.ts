// Two statements that share only a language's function words ("του", "και", "δεν") are not one statement: no
// attribution drift between a spokesman's words and another source's, however rare that language is in the case.
// Texts are invented for this test.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, published: string, body: string, language: string) => `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: ${language}\ntitle: Ρυμουλκήθηκε το φορτηγό\n---\n${body}\n`;

describe("attribution drift in a language the case holds twice", () => {
  it("is not stated between two sentences that share only function words", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "a.txt": article(
          "Πρακτορείο Αιγαίου",
          "2026-08-10T10:00:00+03:00",
          "Το ρυμουλκό του λιμανιού κατέγραψε με κάμερα τη διάσωση του φορτηγού πλοίου ανοιχτά της Σκύρου.\n\n" +
            "«Δεν υπήρξε καμία διαρροή καυσίμων», δήλωσε ο εκπρόσωπος του Λιμενικού, Στέλιος Μαργαρίτης, και πρόσθεσε ότι το πλήρωμα είναι ασφαλές.",
          "el",
        ),
        "b.txt": article(
          "Νέα Κυκλάδων",
          "2026-08-10T15:00:00+03:00",
          "Σύμφωνα με το Πρακτορείο Αιγαίου, το φορτηγό πλοίο ρυμουλκήθηκε χθες το βράδυ στον Πειραιά μετά από βλάβη στη μηχανή.\n\n" +
            "Πηγές του υπουργείου Ναυτιλίας ανέφεραν ότι οι φήμες για τραυματίες ναυτικούς είναι «εντελώς αβάσιμες» και ότι κανένα νοσοκομείο δεν έχει δεχθεί ασθενείς.",
          "el",
        ),
        "c.txt": article("Harbour Wire", "2026-08-11", "A cargo ship was towed to Piraeus after an engine failure off Skyros, Greek officials said.", "en"),
      }),
    );
    expect(graph.getAttribute("findings").filter((f) => f.type === "attribution_drift")).toEqual([]);
  });
});
