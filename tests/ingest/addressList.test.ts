import { describe, expect, it } from "vitest";
import { csvRows, parseAddressList } from "../../src/ingest/addressList.ts";

describe("address lists for claimtrail import --urls", () => {
  it("a text list: one address a line; blank lines and # comments skipped; a non-address and a repeat named with their line", () => {
    const list = parseAddressList(
      "# desk picks for the ferry story\n\nhttps://valleypost.example/ferry-fire\n  http://quillon.example/a?id=2  \nferry fire photos\nhttps://valleypost.example/ferry-fire\nftp://harbour.example/file\n",
      false,
    );
    expect(list.addresses).toEqual([
      { where: "line 3", address: "https://valleypost.example/ferry-fire", given: {} },
      { where: "line 4", address: "http://quillon.example/a?id=2", given: {} },
    ]);
    expect(list.problems.map((p) => [p.where, p.reason])).toEqual([
      ["line 5", "not a web address; expected http://… or https://…"],
      ["line 6", "listed twice; imported once"],
      ["line 7", "'ftp:' addresses are not fetched; expected http or https"],
    ]);
  });

  it("a CSV list: the url column wherever it is, and the outlet, date and title stated for each article", () => {
    const csv = 'Title,URL,Outlet,Published\r\n"Ferry fire, day two",https://harbourherald.example/ferry-2,Harbour Herald,2031-05-02\r\n,https://valleypost.example/ferry,,\r\n,,,\r\n';
    const list = parseAddressList(csv, true);
    expect(list.addresses).toEqual([
      { where: "row 2", address: "https://harbourherald.example/ferry-2", given: { title: "Ferry fire, day two", outlet: "Harbour Herald", published: "2031-05-02" } },
      { where: "row 3", address: "https://valleypost.example/ferry", given: {} },
    ]);
    expect(list.problems).toEqual([]);
  });

  it("a CSV list without an address column is refused as a whole, saying which column names it expects", () => {
    const list = parseAddressList("name,outlet\nferry,Valley Post\n", true);
    expect(list.addresses).toEqual([]);
    expect(list.problems[0]?.reason).toMatch(/no address column; expected a header naming one of url, address, link/);
  });

  it("CSV fields keep quoted commas, doubled quotes and line breaks", () => {
    expect(csvRows('a,"b, ""c""\nd",e\nf')).toEqual([["a", 'b, "c"\nd', "e"], ["f"]]);
  });
});
