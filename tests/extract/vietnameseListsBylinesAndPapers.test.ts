// Vietnamese: papers named in a list after "nhiều tờ báo, trong đó có …", a paper's report with when it came between
// ("Báo X tối 3-5 công bố"), a paper named by a body's name ("báo Viện Hải Dương", which is no body speaking), a name
// longer than six syllables, and a reprint's byline line "writer, outlet, date" were not read. Invented texts and outlets.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Harbour Wire", aliases: [], descriptors: [], domains: [], kind: "agency" }]);
const read = (body: string) => readText(body, registry, { outlet: "Báo Thử", language: "vi" });
const cited = (body: string): string[] => read(body).attributions.map((a) => a.outletName);

describe("Vietnamese lists, timed reports, body-named papers and bylines", () => {
  it("cites every paper of a list the noun introduces, the long name whole", () => {
    expect(cited("Nhiều tờ báo, trong đó có Tin Sáng, Phương Nam và Người Đưa Tin Miền Tây Mới Ngày Nay, dẫn lời giám đốc sở cho biết cầu sẽ thông xe.")).toEqual(["Tin Sáng", "Phương Nam", "Người Đưa Tin Miền Tây Mới Ngày Nay"]);
  });

  it("cites a paper whose report names when it came", () => {
    expect(cited("Báo Phương Nam tối 3-5 công bố lịch thi công cầu mới.")).toEqual(["Phương Nam"]);
  });

  it("cites a paper named by a body's name as that paper, and takes the body for no source", () => {
    const r = read("Báo Viện Hải Dương sáng nay công bố lịch đóng cửa cảng.");
    expect(r.attributions.map((a) => a.outlet)).toEqual(["outlet:bao-vien-hai-duong"]);
    expect(r.sources).toEqual([]);
  });

  it("takes a byline line of writer, outlet and date for the outlet's story", () => {
    const r = read("Cầu mới có kịp thông xe?\n\nLê Thu Hà, Harbour Wire, 2/4/2021\n\nGiám đốc sở vừa cho biết cầu mới sẽ thông xe vào tháng chín.");
    expect(r.syndication.map((s) => s.outletName)).toEqual(["Harbour Wire"]);
  });
});
