// A list of references closing a text ("『title』 — Outlet, date", "“Title” – Outlet, 3 May 2020") cites each outlet it
// names; a Japanese source line ("出典：X", "引用元：X") says where the text came from, as "Source: X" does. Controls: a
// person in a reference's outlet slot, a title quoted in a sentence.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string, language: string) => readPlain(body, language).attributions.map((a) => `${a.frame}:${a.outletName}`);

describe("reference lists", () => {
  it("ja: each reference of the list", () => {
    const body = "港の倉庫が燃えたという話は誤りだった。\n\n参考\n- ↑ 1.0 『「倉庫が燃えた」はうわさ』 — 湾岸新聞, 2021年3月2日\n- ↑ 2.0 山田花子 『町長が否定』 — 北浜新聞, 2021年3月3日";
    expect(cited(body, "ja")).toEqual(["citing:湾岸新聞", "citing:北浜新聞"]);
  });

  it("en: a reference with its title in quotation marks", () => {
    const body = "The warehouse did not burn, the mayor said.\n\nReferences\n- “Warehouse fire was a rumour” – Valley Ledger, 3 May 2021";
    expect(cited(body, "en")).toEqual(["citing:Valley Ledger"]);
  });

  it.each([["出典：湾岸新聞"], ["引用元：湾岸新聞"]])("ja source line %s", (line) => {
    expect(cited(`港の倉庫が燃えたという話は誤りだった。\n\n${line}`, "ja")).toEqual(["source_line:湾岸新聞"]);
  });

  it.each([
    ["en", "The warehouse did not burn.\n\nReferences\n- “Talk to your neighbours” – Anna Lind, 2021"],
    ["en", "The mayor read out “Warehouse fire was a rumour” – a line by Anna Lind, 3 May – to the council."],
  ])("control %s: %s", (language, body) => {
    expect(cited(body, language)).toEqual([]);
  });
});
