import { describe, expect, it } from "vitest";
import { datelineDate, titleMarkedUpdated, updateNotes } from "../../src/ingest/textDate.ts";

const BODY = "The council voted on Tuesday to close the old bridge for repairs, officials said, after engineers found cracks.";

describe("datelineDate: a date the article prints about itself", () => {
  it.each([
    [`Bridge to close\n\nPublished: 28 March 2019\n\n${BODY}`, { iso: "2019-03-28", precision: "day" }],
    [`Bridge to close\nMarch 28, 2019 | 10:15 AM\n${BODY}`, { iso: "2019-03-28", precision: "day" }],
    [`Posted on Thursday, 28/03/2019\n${BODY}`, { iso: "2019-03-28", precision: "day" }],
    [`${BODY}\n\nFirst published in March 2019`, { iso: "2019-03", precision: "month" }],
    [`Updated 2 April 2019\nPublished 28 March 2019\n${BODY}`, { iso: "2019-03-28", precision: "day" }],
  ])("%j", (text, want) => {
    expect(datelineDate(text)).toEqual({ ...want, estimated: true });
  });

  it.each([
    [`Updated 3 days ago\n${BODY}`],
    [`An image grab from a July 05, 2014 propaganda video allegedly shows the leader of the group addressing worshipers at a mosque.\n${BODY}`],
    [`In 2015 they brought a lot of weapons, the source said.\n${BODY}`],
    [`${BODY}\nThe talks resumed on 3 May 2019 after a long pause in the negotiations between the two sides, a diplomat said.`],
  ])("takes no date from %j", (text) => {
    expect(datelineDate(text)).toBeUndefined();
  });
});

describe("datelineDate outside English, and a dateline's fields", () => {
  // Datelines of scraped pages in other languages gave no date (chrono's English parser alone), and an English
  // byline line "By Staff Writer | June 5, 2026" fell under the "mostly a date" share: with no date in the page's
  // metadata, such articles were undated and ordered by citations and file names only.
  const SENTENCE = "El ayuntamiento cerró el puente viejo el martes para repararlo, según dijeron sus técnicos.";
  it.each([
    ["en", `Bridge to close\nBy Staff Writer | June 5, 2026\n${BODY}`, "2026-06-05"],
    ["es", `Cierra el puente\nActualizado el 2 may. 2026 - 13:15\nPublicado el 1 may. 2026\n${SENTENCE}`, "2026-05-01"],
    ["es", `Cierra el puente\n2 de mayo de 2026 · 16:02 · Lectura: 2 min\n${SENTENCE}`, "2026-05-02"],
    ["pt", `Ponte fecha\n02/05/2026 às 19h30 | Atualizado às 21h05\n${SENTENCE}`, "2026-05-02"],
    ["it", `Chiude il ponte\nRedazione | 14 settembre 2026, ore 10:20\n${SENTENCE}`, "2026-09-14"],
    ["fr", `Le pont ferme\nPar Lucie Marbot | Le 15 septembre 2026\n${SENTENCE}`, "2026-09-15"],
    ["fr", `Le pont ferme\nPublié le 15/09/2026 à 07h00 - Mis à jour le 16/09/2026 à 08h00\n${SENTENCE}`, "2026-09-15"],
    ["id", `Jembatan ditutup\nSenin, 9 Februari 2026 11:00 WIB\n${SENTENCE}`, "2026-02-09"],
    ["ms", `Jambatan ditutup\nOleh Hafiz Rahman - Februari 9, 2026 @ 6:40pm\n${SENTENCE}`, "2026-02-09"],
    ["nl", `Brug dicht\nDoor redactie | 6 juni 2026, 10:15\n${SENTENCE}`, "2026-06-06"],
    ["ja", `橋を閉鎖\n2026年6月7日 9:00\n${SENTENCE}`, "2026-06-07"],
  ])("%s: %j", (language, text, iso) => {
    expect(datelineDate(text, language)?.iso).toBe(iso);
  });

  it("reads a day-month order by the article's language, and a month name in any language when the language is not given", () => {
    expect(datelineDate(`Ponte fecha\n02/05/2026 às 19h30\n${BODY}`, "pt")?.iso).toBe("2026-05-02");
    expect(datelineDate(`Chiude il ponte\n14 settembre 2026, ore 10:20\n${BODY}`)?.iso).toBe("2026-09-14");
  });

  it("takes no bare date above the headline: a site's header gives the day the page was stored", () => {
    const page = `Lunedì, 20 Settembre 2021\nDonna\nChiude il ponte vecchio\n${SENTENCE}`;
    expect(datelineDate(page, "it", "Chiude il ponte vecchio")).toBeUndefined();
    expect(datelineDate(`Pubblicato il 3 marzo 2019\nChiude il ponte vecchio\n${SENTENCE}`, "it", "Chiude il ponte vecchio")?.iso).toBe("2019-03-03");
    expect(datelineDate(`Chiude il ponte vecchio\n3 marzo 2019\n${SENTENCE}`, "it", "Chiude il ponte vecchio")?.iso).toBe("2019-03-03");
  });

  // A site's header or sidebar widget prints the day the page was shown or saved ("Today: Monday 7 December 2026"): read
  // as the publication date, it put an original months after the copy that took its text, and reversed the copy.
  it.each([
    ["en", `Harbour Gazette | Today: Monday 7 December 2026 | Weather 4C\nBridge to close\n${BODY}\nPosted February 5, 2026`, "2026-02-05"],
    ["en", `Today is Wednesday, December 7, 2026\nBridge to close\n${BODY}`, undefined],
    ["en", `Bridge to close\n${BODY}\nToday's date: 07/12/2026`, undefined],
    ["de", `Heute: Montag, 7. Dezember 2026\nBrücke gesperrt\n${BODY}`, undefined],
    ["fr", `Aujourd'hui : lundi 7 décembre 2026\nLe pont ferme\n${BODY}\nPublié le 15 septembre 2026`, "2026-09-15"],
    ["es", `Hoy: 7 de diciembre de 2026\nCierra el puente\n${BODY}`, undefined],
  ])("takes no date from a field that gives today's date (%s: %j)", (language, text, iso) => {
    expect(datelineDate(text, language)?.iso).toBe(iso);
  });

  it("takes no date from a line of prose in another language, nor from a field that is not mostly a date", () => {
    expect(datelineDate(`${SENTENCE}\nLas obras empezaron el 3 de mayo de 2026 tras una larga pausa.`, "es")).toBeUndefined();
    expect(datelineDate(`Cierra el puente\nEl puente se cerró en 2026 por obras\n${SENTENCE}`, "es")).toBeUndefined();
  });
});

describe("updateNotes", () => {
  const published = { iso: "2021-03-31", precision: "day" as const, estimated: false };
  it("dates the paragraph an update note opens, in the publication's year", () => {
    const text = "Harbour study shows eels sleep\n\nUPDATE: May 29 -- The study was a prank by its authors.\n\nThe eels were filmed at night.";
    const [note] = updateNotes(text, published);
    expect(note?.date.iso).toBe("2021-05-29");
    expect(text.slice(note!.start, note!.end).trim()).toBe("UPDATE: May 29 -- The study was a prank by its authors.");
  });
  it("reads the note's date in the language of its cue", () => {
    expect(updateNotes("Le port ferme.\nMise à jour le 3 juin : le port reste ouvert.", published).map((n) => n.date.iso)).toEqual(["2021-06-03"]);
  });
  it("reads a numeric note date in the article's language first (day before month in Portuguese)", () => {
    const text = "O porto fecha.\nAtualização: 03/06/2021 — o porto continua aberto.";
    expect(updateNotes(text, published, "pt").map((n) => n.date.iso)).toEqual(["2021-06-03"]);
  });
  it("takes no note without a date after the cue, nor one dated before the publication, nor the word inside a sentence", () => {
    expect(updateNotes("We update readers every day.\nUpdate: the mayor denied it.", published)).toEqual([]);
    expect(updateNotes("Update: March 2, 2021 -- earlier note.", published)).toEqual([]);
    expect(updateNotes("Readers asked for an update on May 29 about the ferry.", published)).toEqual([]);
  });
  it("knows a headline marked as updated", () => {
    expect(titleMarkedUpdated("Eel study was a prank (UPDATE)")).toBe(true);
    expect(titleMarkedUpdated("Updated: ferry strike ends")).toBe(true);
    expect(titleMarkedUpdated("Ferry firm updates its timetable")).toBe(false);
  });
});

describe("updateNotes on hostile text", () => {
  it("reads a bounded number of cues: 60,000 'Update:' lines end at once with the first notes only", () => {
    const published = { iso: "2021-03-31", precision: "day" as const, estimated: false };
    const notes = updateNotes("Update: May 2 -- more.\n".repeat(60_000), published);
    expect(notes.length).toBeLessThanOrEqual(20);
    expect(notes[0]?.date.iso).toBe("2021-05-02");
  });
});
