// Russian outlet titles in sentence case and quotation marks (an unseen story wrote "…, пишет 15 июля «X»" and "Сайт
// <whose, genitive> «X» сообщил"): a date may stand between the reporting verb and its subject, and the marks after a
// reporting verb set off by a comma, or after a publication noun and its genitive, hold a name, not quoted words.
// Controls: a person after the verb and date, a quotation after "пишет" with no comma (what was written), a body's site
// named without marks cite nothing.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string) => readPlain(body, "ru").attributions.map((a) => a.outletName);

describe("a quoted title after a reporting verb and date, or after a publication noun and its genitive, is cited", () => {
  it.each([
    ["Паром отменят до весны, пишет 3 марта «Утренний маяк».", "Утренний маяк"],
    ["Паром отменят до весны, — пишет 3 марта 2015 года \"Утренний маяк\".", "Утренний маяк"],
    ["Паром отменят до весны, сообщает «Утренний маяк».", "Утренний маяк"],
    ["Сайт сепаратистов «Северный рассвет» сообщил, что паром отменят.", "Северный рассвет"],
    ["Позже портал местных активистов \"Северный рассвет\" писал, что паром отменят.", "Северный рассвет"],
  ])("%s", (text, name) => {
    expect(cited(text)).toEqual([name]);
  });
});

describe("control: a person, words written, a body's site cite nothing", () => {
  it.each([
    "Паром отменят до весны, пишет 3 марта Ольга Синицына.",
    "В своём блоге она пишет «Паром отменят» каждую неделю.",
    "Сайт администрации Приморска сообщил, что паром отменят.",
  ])("%s", (text) => {
    expect(cited(text)).toEqual([]);
  });
});
