/** Chinese stance words (no spaces between words: cues match anywhere). */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const zh: StanceWords = {
  ...NEGATION_WORDS.zh,
  debunk: [
    { cue: "讽刺", example: "这条新闻来自一家讽刺网站。", satire: true },
    { cue: "恶搞|惡搞", example: "这是一篇恶搞文章。", satire: true },
    { cue: "假新闻|假新聞", example: "这是一条假新闻。" },
    { cue: "虚假|虛假|不实|不實", example: "该报道内容虚假。" },
    // "失实" (untrue to the facts), "不属实" (not so), "有误" (in error), "误导" (misleading): a fact-check's verdicts.
    { cue: "失实|失實|不属实|不屬實|有误|有誤|误导|誤導", example: "网传市长辞职的消息不属实。" },
    { cue: "谣言|謠言|辟谣|闢謠", example: "警方称这是谣言。" },
    { cue: "骗|騙|上当|上當", example: "多家报纸被骗了。" },
    { cue: "玩笑|笑话|笑話", example: "这个奖只是一个玩笑。", satire: true },
    { cue: "恶作剧|惡作劇", example: "这个公告是学生的恶作剧。", satire: true },
    { cue: "乌龙|烏龍", example: "报纸闹了一个乌龙。" },
    { cue: "捏造|杜撰|造假|伪造|偽造", example: "这段引语是捏造的。" },
    { cue: "否认|否認", example: "俱乐部否认了这一报道。" },
    { cue: "更正|勘误|勘誤", example: "本报5月11日的报道有误，特此更正。" },
  ],
  // Words that pass a text on as what goes around online ("网传", "朋友圈里疯传"), not a story handed down ("流传至今").
  circulation: [
    { cue: "网传|網傳|疯传|瘋傳|(?:网上|網上|朋友圈|微信群|社交媒体|社交媒體|网络|網絡)(?:上|中|里|裡)?(?:流传|流傳|热传|熱傳)", example: "网传长平市所有小学三月起停课。" },
  ],
  plain: ["市长周二辞职。", "一项研究称核桃有助于睡眠。"],
};
