// Dates written in languages chrono has no locale for were never read: an Arabic dateline ("… - 7 نوفمبر 2026") left
// an undated article undated, whatever its text gave. Arabic names the months three ways (Egyptian and Gulf, Levantine,
// Maghreb), with Arabic-Indic or ASCII digits; Korean writes "2026년 11월 7일". Controls: a date without its year is
// not taken, as in every other language; a month name in running text is no dateline. All texts invented.
import { describe, expect, it } from "vitest";
import { datelineDate } from "../../src/ingest/textDate.ts";

const AR_BODY = "قال المجلس البلدي إن الجسر القديم سيغلق للصيانة بعد أن عثر المهندسون على تشققات.";
const KO_BODY = "시의회는 낡은 다리를 보수를 위해 폐쇄하기로 했다고 밝혔다.";

describe("a dateline in Arabic or Korean", () => {
  it.each([
    [`قصر الريم - 7 نوفمبر 2026\n${AR_BODY}`, "2026-11-07"],
    [`قصر الريم - ٧ نوفمبر ٢٠٢٦\n${AR_BODY}`, "2026-11-07"],
    [`قصر الريم في 14 تشرين الثاني 2026\n${AR_BODY}`, "2026-11-14"],
    [`نُشر في 3 جوان 2026\n${AR_BODY}`, "2026-06-03"],
    [`${AR_BODY}\nأيلول 2026`, "2026-09"],
  ])("%j", (text, iso) => {
    expect(datelineDate(text, "ar")?.iso).toBe(iso);
  });

  it("reads a Korean date, day, month and year", () => {
    expect(datelineDate(`입력 2026년 11월 7일 14:10\n${KO_BODY}`, "ko")?.iso).toBe("2026-11-07");
    expect(datelineDate(`입력 2026.11.07\n${KO_BODY}`, "ko")?.iso).toBe("2026-11-07");
  });

  it("takes no date without its year, nor a month named in running text", () => {
    expect(datelineDate(`قصر الريم - 7 نوفمبر\n${AR_BODY}`, "ar")).toBeUndefined();
    expect(datelineDate(`وقال المسؤول إن المفاوضات التي بدأت في نوفمبر 2019 بين البلدين لم تسفر عن أي نتيجة حتى الآن رغم الوساطات المتعددة.\n${AR_BODY}`, "ar")).toBeUndefined();
  });
});
