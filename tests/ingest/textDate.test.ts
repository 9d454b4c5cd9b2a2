import { describe, expect, it } from "vitest";
import { datelineDate } from "../../src/ingest/textDate.ts";

const BODY = "The council voted on Tuesday to close the old bridge for repairs, officials said, after engineers found cracks.";

describe("datelineDate: a date the article prints about itself", () => {
  it.each([
    [`Bridge to close\n\nPublished: 28 March 2019\n\n${BODY}`, { iso: "2019-03-28", precision: "day" }],
    [`Bridge to close\nMarch 28, 2019 | 10:15 AM\n${BODY}`, { iso: "2019-03-28", precision: "day" }],
    [`Posted on Thursday, 28/03/2019\n${BODY}`, { iso: "2019-03-28", precision: "day" }],
    [`${BODY}\n\nFirst published in March 2019`, { iso: "2019-03", precision: "month" }],
    [`Updated 2 April 2019\nPublished 28 March 2019\n${BODY}`, { iso: "2019-03-28", precision: "day" }],
  ])("%j", (text, want) => {
    expect(datelineDate(text)).toEqual({ ...want, estimated: true });
  });

  it.each([
    [`Updated 3 days ago\n${BODY}`],
    [`An image grab from a July 05, 2014 propaganda video allegedly shows the leader of the group addressing worshipers at a mosque.\n${BODY}`],
    [`In 2015 they brought a lot of weapons, the source said.\n${BODY}`],
    [`${BODY}\nThe talks resumed on 3 May 2019 after a long pause in the negotiations between the two sides, a diplomat said.`],
  ])("takes no date from %j", (text) => {
    expect(datelineDate(text)).toBeUndefined();
  });
});
