// Words given to a broadcaster's show or medium credit the broadcaster: "told Kestrel TV radio", "told Corvina's
// Voice of the Valley", "told Radio 9's Evening programme" (English); an interview given to a named show, "em entrevista ao
// programa X, da TV Y" (pt), "en declaraciones al programa X de la cadena Y" (es), "powiedział w programie „X” w
// telewizji Y" (pl): the broadcaster named after the show, else the show itself. Controls: a place before "radio", a
// person's possessive, a year's possessive, a government programme, a show with no word of saying or interviewing.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const REGISTRY = createOutletRegistry([
  { name: "Kestrel TV", aliases: [], credits: [], descriptors: [], domains: [], kind: "broadcaster" },
  { name: "Corvina", aliases: [], credits: [], descriptors: [], domains: [], kind: "broadcaster" },
]);
const cited = (body: string, language: string) => readText(body, REGISTRY, { outlet: "Test Daily", language }).attributions.map((a) => a.outletName);

describe("en: a broadcaster's medium or show", () => {
  it.each([
    ["The ferry captain told Kestrel TV radio: “We turned back at midnight.”", "Kestrel TV"],
    ["The ferry captain told Kestrel TV television on Sunday that the crew turned back.", "Kestrel TV"],
    ["The ferry captain told Corvina's Voice of the Valley that the crew turned back.", "Corvina"],
    ["The ferry captain told Radio 9’s Evening programme that the crew turned back.", "Radio 9"],
  ])("%s", (text, name) => {
    expect(cited(text, "en")).toEqual([name]);
  });

  it.each([
    "The ferry captain told Wenlow radio that the crew turned back.",
    "The ferry captain told the harbour board's Chief Pilot that the crew turned back.",
    "The ferry figures in March 2019's ledger were low, according to March 2019's audit.",
  ])("control: %s", (text) => {
    expect(cited(text, "en")).toEqual([]);
  });
});

describe("an interview given to a named show", () => {
  it.each([
    ["pt", "Em entrevista ao programa Maré Alta, da TV Serrana, o capitão disse que a balsa voltou.", "TV Serrana"],
    ["pt", "Em entrevista ao programa Maré Alta, o capitão disse que a balsa voltou.", "Maré Alta"],
    ["es", "En declaraciones al programa Marea Alta de la cadena Onda Sierra, el capitán dijo que el ferry volvió.", "Onda Sierra"],
    ["es", "En declaraciones al programa Marea Alta, el capitán dijo que el ferry volvió.", "Marea Alta"],
    ["pl", "Kapitan powiedział w programie „Wysoka Fala” w telewizji Zatoka, że prom zawrócił.", "Zatoka"],
    ["pl", "Kapitan powiedział w programie „Wysoka Fala”, że prom zawrócił.", "Wysoka Fala"],
  ])("%s: %s", (language, text, name) => {
    expect(cited(text, language)).toEqual([name]);
  });

  it.each([
    ["pt", "O programa Bolsa Serrana, segundo o capitão, acabou em maio."],
    ["pt", "O capitão aderiu ao programa Bolsa Serrana em maio."],
    ["es", "El capitán se inscribió en el programa Marea Verde del gobierno."],
    ["pl", "W programie „Wysoka Fala” kapitan pokazał prom."],
    ["pl", "Rodziny skorzystały z programu „Wysoka Fala” w maju."],
  ])("control %s: %s", (language, text) => {
    expect(cited(text, language)).toEqual([]);
  });
});
