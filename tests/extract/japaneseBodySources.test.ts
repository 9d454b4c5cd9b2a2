// Japanese names a body as the owner of an account before "according to" ("県警によると", by the prefectural police;
// "北浜市の発表では", by the city's announcement) and as the topic of a speech verb ("北浜県警は…と発表した"); none of
// these was read, where English "according to police" is an organisation source. A short body noun is the body the
// article named before it. A hearsay sentence ("…という。") right after one opening on a body is that body's account. A family name ending like a place's body ("中村", "村" village), a collective ("当局") and an
// outlet ("テレビ局") are no body. Invented bodies and places.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const sources = (body: string) => sourceLabels(readPlain(body, "ja", "テスト新聞"));

describe("Japanese bodies as sources", () => {
  it.each([
    ["県警によると、男は容疑を認めているという。", "organisation:県警"],
    ["北浜県警によると、男は容疑を認めているという。", "organisation:北浜県警"],
    ["警察によると、男は容疑を認めているという。", "organisation:警察"],
    ["北浜市の発表では、橋は閉鎖された。", "organisation:北浜市"],
    ["市によると、橋は閉鎖された。", "organisation:市"],
    ["警察の調べによると、男は容疑を認めている。", "organisation:警察"],
  ])("%s", (body, label) => {
    expect(sources(body)).toEqual([label]);
  });
  it("reads a body that is the topic of a speech verb", () => {
    expect(sources("北浜県警は20日、男が容疑を認めたと発表した。")).toEqual(["organisation:北浜県警"]);
  });
  it("reads a short body noun as the body named before", () => {
    expect(sources("北浜県警は20日、男を逮捕したと発表した。県警によると、男は容疑を認めているという。")).toEqual(["organisation:北浜県警"]);
  });
  it.each(["中村によると、男は容疑を認めている。", "当局によると、男は容疑を認めている。", "テレビ局によると、男は容疑を認めている。", "同省によると、男は容疑を認めている。"])("reads no body in %s", (body) => {
    expect(sources(body)).toEqual([]);
  });
  it("reads a hearsay sentence right after a body's act as that body's account", () => {
    expect(sources("北浜県警は20日、男を逮捕した。「間違いない」と容疑を認めているという。")).toEqual(["organisation:北浜県警"]);
  });
  it.each([
    "北浜県警は20日、男を逮捕した。\n\n「間違いない」と容疑を認めているという。",
    "山田社長は20日、会見を開いた。「間違いない」と容疑を認めているという。",
    "北浜県警は20日、男を逮捕した。男は容疑を認めているという。",
  ])("leaves the teller of hearsay unsaid in another paragraph, after a person, or with a topic of its own: %s", (body) => {
    expect(sources(body)).toEqual([]);
  });
  it("keeps a source noun written onto a body's an anonymous source", () => {
    expect(sources("警察関係者によると、男は容疑を認めている。")).toEqual(["anonymous:警察関係者"]);
  });
});
