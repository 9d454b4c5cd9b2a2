// Hebrew reading on sentences of our own (invented people, places and outlets): Hebrew has no capitals, writes the article
// and the one-letter prepositions onto the next word, and uses the straight mark " both for quotations and inside
// abbreviations (ח"כ). A person is read only where a title or a role introduces the name, or where the text gives the
// one word so elsewhere; a verb, a clause or a preposition's object is nobody.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "he");
/** Each quotation as its words and the name of who speaks it. */
const quoted = (body: string) => {
  const r = read(body);
  return r.quotations.filter((q) => q.kind === "quotation").map((q) => [body.slice(q.span.start, q.span.end), r.sources.find((s) => s.key === q.speaker)?.name]);
};

describe("Hebrew speakers", () => {
  it.each([
    ['ח"כ דני לוי אמר: "הגשר בטוח".', "דני לוי", 'ח"כ'],
    ['ראש העיר דני לוי אמר כי "הגשר בטוח".', "דני לוי", "ראש העיר"],
    ['דוברת העירייה נגה ברק מסרה: "הגשר בטוח".', "נגה ברק", "דוברת העירייה"],
    ['נגה ברק, דוברו של ח"כ לוי צייץ: "הגשר בטוח".', "נגה ברק", 'דוברו של ח"כ לוי'],
    ['"הגשר בטוח", אמר ח"כ דני לוי.', "דני לוי", 'ח"כ'],
    ['"הגשר בטוח", אמר ראש העיר דני לוי.', "דני לוי", "ראש העיר"],
  ])("%s → %s", (body, name, role) => {
    const r = read(body);
    expect(r.sources.map((s) => [s.type, s.name, s.role])).toEqual([["named", name, role]]);
    expect(quoted(body)).toEqual([[body.match(/"הגשר בטוח"/u)?.[0], name]]);
  });

  it("reads a one-word speaker as the person the text names after a role elsewhere, with the given name written there", () => {
    expect(quoted('ראש העיר דני לוי ביקר היום בגשר. "הגשר בטוח", אמר לוי והוסיף כי ייפתח מחר.')).toEqual([['"הגשר בטוח"', "דני לוי"]]);
    expect(quoted('ראש העיר לוי ביקר היום בגשר. לוי אמר: "הגשר בטוח".')).toEqual([['"הגשר בטוח"', "לוי"]]);
  });

  it.each([
    ['"הגשר בטוח", אמר לוי.', "a word no title or role introduces anywhere"],
    ['השר ביקר בירושלים. "הגשר בטוח", אמר ירושלים.', "a place the text writes after no role"],
    ['בפגישה עם השר דני לוי אמר: "הגשר בטוח".', "the object of a preposition"],
    ['"הגשר בטוח", אמר ח"כ לוי לכתבים.', "a preposition written onto the word after the name"],
    ['אלוף העולם אמר: "הגשר בטוח".', "a noun with the article after a title"],
  ])("names nobody: %s (%s)", (body) => {
    expect(read(body).sources.filter((s) => s.type === "named")).toEqual([]);
  });

  it("never reads the clause after a role and a verb as a name", () => {
    const r = read("בשעות האחרונות התרוצצו שמועות על הגשר. דוברה הכחישה שהגשר קרס - וטענה שהגשר נבדק כמתוכנן.");
    expect(sourceLabels(r)).toEqual(["anonymous:דוברה"]);
  });

  it.each([
    ["לדברי המקורב, הגשר נבדק.", "anonymous:המקורב"],
    ["לפי גורם בכיר במשרד, הגשר נבדק.", "anonymous:גורם בכיר"],
    ['דוברת המשטרה אמרה: "הגשר בטוח".', "anonymous:דוברת המשטרה"],
  ])("an unnamed source after 'according to' or as the subject: %s", (body, label) => {
    expect(sourceLabels(read(body))).toEqual([label]);
  });

  it("cites an outlet after its noun and 'according to'", () => {
    expect(read("לפי העיתון חדשות הגליל, הגשר נסגר.").attributions.map((a) => [a.frame, a.outlet])).toEqual([["according_to", "outlet:חדשות-הגליל"]]);
  });
});

describe("Hebrew quotation marks", () => {
  it("does not close a quotation at an abbreviation's gershayim inside it", () => {
    expect(quoted('ח"כ לוי אמר: "הגשר נפתח בשבוע הבא, בלי ח"כ אחד".')).toEqual([['"הגשר נפתח בשבוע הבא, בלי ח"כ אחד"', "לוי"]]);
  });

  it("opens a quotation on a mark with a preposition written before it, never on an abbreviation", () => {
    const body = 'ח"כ לוי אמר כי זה "מבצע מוצלח" וכי הגשר נפתח כ"פרויקט לאומי".';
    expect(quoted(body).map(([words]) => words)).toEqual(['"מבצע מוצלח"', '"פרויקט לאומי"']);
  });
});
