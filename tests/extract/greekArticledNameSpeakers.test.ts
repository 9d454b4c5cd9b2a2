// Greek writes the article before a person's name ("Ο Πέτρος Λάμπρου μίλησε", "τόνισε ο Λάμπρου"): the article kept the
// name from being read, so a sentence opened by the person did not make them who a later verb without subject means,
// and a surname after the verb named no one. A described noun ("ο γνωστός ζωγράφος") refers back to the person it
// introduced. A verb without subject after someone else spoke, unnamed, is nobody's. Own invented texts and people.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const read = (body: string) => readText(body, createOutletRegistry([]), { outlet: "Νέα Ακτή", language: "el" });
const speaker = (body: string): string | undefined => quotedSpeaker(read(body));

describe("a Greek name written with its article", () => {
  it("a sentence opened by the person gives a later verb without subject its speaker", () => {
    expect(speaker("Ο Πέτρος Λάμπρου μίλησε για τη φήμη. «Νιώθω υπέροχα και ζωγραφίζω κάθε πρωί στο εργαστήριο» σημείωσε.")).toBe("Πέτρος Λάμπρου");
  });

  it("a surname after the verb is the person named in full before", () => {
    expect(speaker("Ο Πέτρος Λάμπρου μίλησε για τη φήμη. «Νιώθω υπέροχα και ζωγραφίζω κάθε πρωί στο εργαστήριο» τόνισε ο Λάμπρου.")).toBe("Πέτρος Λάμπρου");
  });

  it("a name after the verb with the verb's object after it", () => {
    expect(read("Έτσι χαρακτήρισε ο Πέτρος Λάμπρου τη φήμη για την υγεία του.").sources.map((s) => s.name)).toEqual(["Πέτρος Λάμπρου"]);
  });

  it("a described noun after the quotation refers back to the person it introduced", () => {
    expect(speaker("Ο γνωστός ζωγράφος Πέτρος Λάμπρου μίλησε για τη φήμη. «Νιώθω υπέροχα και ζωγραφίζω κάθε πρωί στο εργαστήριο» υπογράμμισε ο ζωγράφος.")).toBe("Πέτρος Λάμπρου");
  });

  it("a verb without subject after an unnamed speaker is not given the earlier one", () => {
    const body = "Έτσι χαρακτήρισε ο Πέτρος Λάμπρου τη φήμη για την υγεία του. Μιλώντας στο ραδιόφωνο, η ανιψιά του, Άννα Λάμπρου, δήλωσε ανακουφισμένη. «Του τηλεφώνησα αμέσως και γελάσαμε πολύ μαζί» σημείωσε.";
    expect(speaker(body)).not.toBe("Πέτρος Λάμπρου");
  });

  it("a surname alone that no one was named by stays no speaker", () => {
    expect(speaker("«Νιώθω υπέροχα και ζωγραφίζω κάθε πρωί στο εργαστήριο» τόνισε ο Λάμπρου.")).toBeUndefined();
  });
});
