// Turkish puts the speaker before the quotation and the verb after it ('Vali Ayla Demir, "Liman kapandı." dedi.'): the
// full stop inside the quotation ended the sentence, so "dedi." stood alone and nobody said the words. Converbs ("diyerek",
// "ifadelerini kullanarak") and past perfects ("söylemişti", "demişti") were no speech verbs. Invented people.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "tr", "Test Haber");

describe("Turkish speakers before a quotation its own full stops cut", () => {
  it.each([
    'Vali Ayla Demir, "Liman kapandı." dedi.',
    'Ayla Demir, "Liman kapandı. Gemi yok." dedi.',
    'Ayla Demir, "Liman kapandı. Bize değil!" ifadelerini kullanarak bakanı işaret etti.',
    'Vali Ayla Demir, "Liman kapandı." diyerek tepki gösterdi.',
    'Vali Ayla Demir, yaptığı görüşmede şu sözleri söylemişti: "Liman kapandı."',
  ])("%s", (body) => {
    expect(quotedSpeaker(read(body))).toBe("Ayla Demir");
  });
  it("reads the known person after a quotation cut so, by surname", () => {
    expect(sourceLabels(read('Gazeteci Ayla Demir konuştu. Demir, "Liman kapandı. Gemi yok." dedi.'))).toEqual(["named:Ayla Demir"]);
  });
  it("gives no speaker to a quotation after a sentence that ends before it", () => {
    expect(quotedSpeaker(read('Liman kapandı. "Gemi yok." dedi.'))).toBeUndefined();
  });
});
