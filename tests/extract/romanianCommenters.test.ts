// Romanian names whoever comments under a post by a noun for a user or a reader ("a notat un utilizator", "a răspuns
// altă persoană"): those nouns, and "alt/altă" (another) as a determiner, were unknown, so the commenters' quotations had
// no speaker. They are unnamed sources, as "users" and "posts" are in English. Own invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const read = (body: string) => readText(body, createOutletRegistry([]), { outlet: "Gazeta de Vale", language: "ro" });

describe("a Romanian commenter", () => {
  it("a user after the verb is an unnamed source", () => {
    expect(quotedSpeaker(read("„Primăria ar trebui să verifice de două ori ce publică pe pagină”, a notat un utilizator."))).toBe("un utilizator");
  });

  it("another person, with 'altă' as its determiner", () => {
    expect(quotedSpeaker(read("„Nici măcar numele străzii nu este scris corect”, a răspuns altă persoană."))).toBe("altă persoană");
  });

  it("a named speaker keeps being read (control)", () => {
    expect(quotedSpeaker(read("„Podul va fi reparat până în toamnă”, a declarat primarul Ioana Mureșan."))).toBe("Ioana Mureșan");
  });
});
