/**
 * Stance: a fake described without a verdict word, by how it was made (by an AI tool), by its absence from the record
 * (a quotation that appears in none of the speeches) or as a parody, reports the claim beside it false, in several
 * languages (invented texts).
 */
import { describe, expect, it } from "vitest";
import { debunkCues } from "../../src/analyse/stance.ts";
import { stanceOfFirst } from "./stanceHelpers.ts";

describe("a fake described by how it was made", () => {
  it.each([
    ["en", ["A picture shows the mayor of Tolvik riding a bear through the old town.", "The image was made with an AI tool.", "It was shared 5,000 times."]],
    ["de", ["Ein Bild zeigt den Bürgermeister von Tolvik auf einem Bären in der Altstadt.", "Das Bild wurde mit einer KI erstellt.", "Es wurde 5000 Mal geteilt."]],
    ["fr", ["Une photo montre le maire de Tolvik sur un ours dans la vieille ville.", "L'image a été générée par une intelligence artificielle.", "Elle a été partagée 5000 fois."]],
    ["es", ["Una foto muestra al alcalde de Tolvik montando un oso en el casco antiguo.", "La imagen fue creada con inteligencia artificial.", "Se compartió 5000 veces."]],
    ["it", ["Una foto mostra il sindaco di Tolvik in sella a un orso nel centro storico.", "L'immagine è stata generata con l'intelligenza artificiale.", "È stata condivisa 5000 volte."]],
    ["pt", ["Uma foto mostra o prefeito de Tolvik montado num urso no centro histórico.", "A imagem foi gerada por inteligência artificial.", "Foi compartilhada 5000 vezes."]],
  ])("%s", (language, sentences) => {
    expect(stanceOfFirst(language, sentences)).toBe("false");
  });
});

describe("a quotation absent from the record", () => {
  it.each([
    ["en", ["A quote attributed to Senator Ada Quill says that farmers should pay double taxes.", "The quote appears nowhere in her speeches.", "Her office has 12 staff."]],
    ["de", ["Ein Zitat von Senatorin Ada Quill besagt, dass Bauern doppelte Steuern zahlen sollen.", "Das Zitat taucht in keiner ihrer Reden auf.", "Ihr Büro hat zwölf Mitarbeiter."]],
    ["fr", ["Une citation de la sénatrice Ada Quill affirme que les agriculteurs devraient payer le double d'impôts.", "Cette citation n'apparaît dans aucun de ses discours.", "Son bureau compte douze employés."]],
    ["es", ["Una cita de la senadora Ada Quill dice que los agricultores deberían pagar el doble de impuestos.", "La cita no aparece en ninguno de sus discursos.", "Su oficina tiene doce empleados."]],
    ["it", ["Una citazione della senatrice Ada Quill dice che gli agricoltori dovrebbero pagare il doppio delle tasse.", "La citazione non compare in nessuno dei suoi discorsi.", "Il suo ufficio ha dodici dipendenti."]],
    ["pt", ["Uma citação da senadora Ada Quill diz que os agricultores deveriam pagar o dobro de impostos.", "A frase não aparece em nenhum dos seus discursos.", "O seu gabinete tem doze funcionários."]],
  ])("%s", (language, sentences) => {
    expect(stanceOfFirst(language, sentences)).toBe("false");
  });
});

describe("an account described as a parody", () => {
  it.each([
    ["sv", ["Ett inlägg från Tolviks borgmästare sade att den gamla bron ska säljas.", "Kontot är en parodi.", "Det har 3000 följare."]],
    ["no", ["Et innlegg fra ordføreren i Tolvik sa at den gamle broen skal selges.", "Kontoen er en parodi.", "Den har 3000 følgere."]],
    ["da", ["Et opslag fra borgmesteren i Tolvik sagde, at den gamle bro skal sælges.", "Kontoen er en parodi.", "Den har 3000 følgere."]],
  ])("%s", (language, sentences) => {
    expect(stanceOfFirst(language, sentences)).toBe("false");
  });
});

describe("plain sentences with the same words are no verdict", () => {
  it.each([
    ["en", "The council made the decision with the mayor's support."],
    ["en", "The museum opened a show of paintings made by local children."],
    ["de", "Die Brücke wurde von einer Firma aus Tolvik gebaut."],
    ["fr", "Le pont a été réalisé par une entreprise de Tolvik."],
  ])("%s: %s", (language, text) => {
    expect(debunkCues(text, language)).toEqual([]);
  });
});
