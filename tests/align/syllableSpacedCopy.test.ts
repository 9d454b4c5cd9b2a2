// Vietnamese writes a space between the syllables of a word, so an official's title and name with a stock verb phrase
// ran to twenty "words" and two unrelated reports sharing only them were read as a copy; the same sentences in English
// are not. The copy thresholds count words, and a Vietnamese token is a syllable. Own invented texts, names and outlets.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, language: string, body: string): string =>
  `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: ${language}\n---\n${body}\n`;

async function copies(language: string, first: [string, string], second: [string, string]): Promise<string[]> {
  const root = await makeCase({
    "first.txt": article("first", first[0], "2024-03-05", language, first[1]),
    "second.txt": article("second", second[0], "2024-05-21", language, second[1]),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.edges().filter((e) => graph.getEdgeAttribute(e, "kind") === "copies").map((e) => `${graph.source(e)} -> ${graph.target(e)}`);
}

const VI_TITLE = "Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Lâm Khê Đỗ Hữu Phước đã giao các phòng chuyên môn";

describe("a shared title and stock phrase in Vietnamese", () => {
  it("is no copy between two reports on different matters", async () => {
    expect(await copies("vi",
      ["Báo Đồi Chè", `${VI_TITLE} đánh giá thiệt hại của vụ lúa xuân do đợt rét đậm kéo dài. Kết quả phải gửi về sở trước cuối tháng.`],
      ["Tin Cao Nguyên Mới", `${VI_TITLE} theo dõi dịch bệnh trên đàn gia cầm ở ba xã vùng cao. Người chăn nuôi được khuyên tiêm phòng sớm.`],
    )).toEqual([]);
  });

  it("a paragraph taken whole is still a copy (control)", async () => {
    const taken = "Mưa lớn kéo dài từ đêm thứ Bảy đã làm sạt lở một đoạn đường dài gần hai trăm mét dẫn vào xã Nậm Thuận, khiến hàng chục hộ dân bị cô lập và lực lượng cứu hộ phải dùng thuyền để tiếp tế lương thực cho bà con.";
    expect(await copies("vi", ["Báo Đồi Chè", `${taken} Chính quyền xã cho biết chưa có thiệt hại về người.`], ["Tin Cao Nguyên Mới", `Theo ghi nhận, ${taken}`])).toEqual(["second -> first"]);
  });

  it("nor is its English counterpart (control)", async () => {
    const title = "Director of the Lamkhe Department of Agriculture and Rural Development Do Huu Phuoc asked the departments";
    expect(await copies("en",
      ["Hill Tea Post", `${title} to assess the damage to the spring rice crop after the long cold spell. The results are due by the end of the month.`],
      ["Highland News", `${title} to watch for disease in poultry flocks in three upland communes. Farmers were advised to vaccinate early.`],
    )).toEqual([]);
  });
});
