// Russian and Ukrainian refer back to a named person by a role with no article ("— заявил губернатор."; probe 19 severny), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const read = (body: string, language: string) => readPlain(body, language, "Own Paper");

describe("a bare role after an inverted verb is the person the article introduced with it", () => {
  it.each([
    ["ru", "Мэр Олег Сафонов осмотрел мост во вторник.\n\n«Мост откроют к весне, ремонт уже начался», — заявил мэр.", "Олег Сафонов"],
    ["ru", "Мэр Олег Сафонов осмотрел мост во вторник.\n\n«Мост откроют к весне, ремонт уже начался», — сказал мэр города.", "Олег Сафонов"],
    ["uk", "Мер Олег Сафоненко оглянув міст у вівторок.\n\n«Міст відкриють до весни, ремонт уже почався», — заявив мер.", "Олег Сафоненко"],
  ])("%s: %s", (language, text, name) => {
    const reading = read(text, language);
    expect(quotedSpeaker(reading)).toBe(name);
    expect(reading.sources.map((s) => s.name)).toEqual([name]);
  });

  it("a role no one was introduced with names no one", () => {
    expect(read("Мост осмотрели во вторник.\n\n«Мост откроют к весне, ремонт уже начался», — заявил мэр.", "ru").sources.filter((s) => s.type === "named")).toEqual([]);
  });
});
