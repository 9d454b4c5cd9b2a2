// "The Quillon Herald's Tessa Brandt reported …": an outlet's reporter or programme after its possessive speaks for the
// outlet, which is what is cited, registered or not; the reporter's name is no part of the paper's.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string) => readPlain(body, "en").attributions.map((a) => a.outletName);

describe("en: an unregistered outlet's possessive", () => {
  it.each([
    "The Quillon Herald's Tessa Brandt reported that the dam had cracked.",
    "The Quillon Times' Tessa Brandt reported that the dam had cracked.",
    "The Quillon Herald's Morning Round reported that the dam had cracked.",
  ])("%s", (body) => expect(cited(body)).toEqual([body.includes("Times") ? "Quillon Times" : "Quillon Herald"]));
});
