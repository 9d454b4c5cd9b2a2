// English: who issued a statement and who appealed. "X released a media statement saying that it "…"" read no source
// (only "released a statement" was a speech phrase); '"…," the statement says.' had no speaker, though the text said who
// issued the statement; "appealed to", "urged" were no speech verbs, so a "He said" after them had no one to refer to;
// a rank before a name ("Brigadier Tom Vale") was read as part of it; a role of six words set off before a name
// ("Safety and security mayoral committee member, Jo Pike, said") was too long to be read. Own invented texts.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "en");

describe("a statement's issuer", () => {
  it("reads who released a media or press statement as its speaker", () => {
    const r = read('The Velmont Harbour Service released a media statement saying that it "has noted with concern the rumours".');
    expect(sourceLabels(r)).toEqual(["organisation:Velmont Harbour Service"]);
    expect(quotedSpeaker(r)).toBe("Velmont Harbour Service");
  });

  it("gives a quotation tagged \"the statement says\" to whoever the text said issued a statement", () => {
    const r = read('The Velmont Harbour Service released a press statement on Monday.\n\n"The rumours about the ferry are false and people should stop sharing them," the statement says.');
    expect(quotedSpeaker(r)).toBe("Velmont Harbour Service");
  });

  it("gives it to no one where the text said no one issued a statement", () => {
    const r = read('Anna Vell spoke on Monday.\n\n"The rumours about the ferry are false and people should stop sharing them," the statement says.');
    expect(quotedSpeaker(r)).toBeUndefined();
  });
});

describe("appeals, ranks and long roles", () => {
  it("reads \"appealed to\" as speech, so a later \"He said\" is the same person, the rank his role", () => {
    const r = read('Brigadier Tom Vale appealed to residents to stop sharing the clips.\n\nHe said: "These videos are fake and people should stop sharing them."');
    expect(r.sources.map((s) => [s.type, s.name, s.role])).toEqual([["named", "Tom Vale", "Brigadier"]]);
    expect(quotedSpeaker(r)).toBe("Tom Vale");
  });

  it("reads \"urged\" as speech", () => {
    expect(sourceLabels(read("Anna Vell urged the council to reopen the ferry."))).toEqual(["named:Anna Vell"]);
  });

  it("reads a body that raised or expressed concerns as a source, and no one where a thing raised them", () => {
    expect(sourceLabels(read("The Velmont Harbour Service has raised concerns about the sharing of videos."))).toEqual(["organisation:Velmont Harbour Service"]);
    expect(sourceLabels(read("The Velmont Harbour Service expressed concern about the sharing of videos."))).toEqual(["organisation:Velmont Harbour Service"]);
    expect(sourceLabels(read("The sharing of videos raised concerns among parents."))).toEqual([]);
  });

  it("reads no speaker from \"appealed\" a ruling", () => {
    expect(sourceLabels(read("Tom Vale appealed the ruling on Monday."))).toEqual([]);
  });

  it("reads a role of six words set off before the name", () => {
    const r = read('Safety and security mayoral committee member, Jo Pike, said the clips "are fake and must go".');
    expect(r.sources.map((s) => [s.name, s.role])).toEqual([["Jo Pike", "Safety and security mayoral committee member"]]);
  });
});
