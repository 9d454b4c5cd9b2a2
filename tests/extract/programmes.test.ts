// The title of a broadcast programme, segment or regular column in quotation marks was read as someone's quotation
// ("the segment «Night Ferry Tales»", "Сюжет назывался «…»"), and two articles naming one programme then "recycled" a
// quotation nobody said. A title noun or a verb of being called right before the marks makes the stretch a title.
// Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

describe("a programme's or segment's title in marks is a title, not speech", () => {
  it.each([
    ["en", "On Monday the channel aired a segment “A Widow Remembers the Night the Dam Broke” that was later withdrawn."],
    ["it", "La rete ha mandato in onda la rubrica «Una vedova ricorda la notte della diga» e poi l'ha ritirata."],
    ["fr", "La chaîne a diffusé le reportage « Une veuve se souvient de la nuit du barrage » avant de le retirer."],
    ["es", "El canal emitió el reportaje «Una viuda recuerda la noche de la presa» y luego lo retiró."],
    ["pt", "O canal exibiu a reportagem «Uma viúva recorda a noite da barragem» e depois retirou-a."],
    ["de", "Der Sender zeigte den Beitrag „Eine Witwe erinnert sich an die Nacht am Damm“ und zog ihn später zurück."],
    ["ru", "Сюжет показали вечером в понедельник. Он назывался «Вдова вспоминает ночь, когда прорвало плотину»."],
    ["uk", "Сюжет показали ввечері в понеділок. Він називався «Вдова згадує ніч, коли прорвало греблю»."],
  ])("%s", (language, text) => {
    expect(readPlain(text, language).quotations.map((q) => q.kind)).toEqual(["title"]);
  });

  it("still reads what a programme's guest said as a quotation (control)", () => {
    const r = readPlain("In the segment, the widow said: “I remember the night the dam broke and the water reached our roof.”", "en");
    expect(r.quotations.map((q) => q.kind)).toEqual(["quotation"]);
  });
});
