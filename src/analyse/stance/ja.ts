/** Japanese stance words (no spaces between words: cues match anywhere). */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const ja: StanceWords = {
  ...NEGATION_WORDS.ja,
  debunk: [
    { cue: "風刺", example: "この記事は風刺サイトのものだった。", satire: true },
    { cue: "パロディー|パロディ", example: "この賞はパロディーだった。", satire: true },
    { cue: "フェイクニュース|フェイク|偽ニュース|偽情報", example: "これはフェイクニュースだ。" },
    { cue: "デマ|うわさ|噂", example: "警察はデマだと説明した。" },
    { cue: "虚偽|誤報|事実無根|事実ではない", example: "その報道は誤報だった。" },
    { cue: "だまされ|騙され|真に受け", example: "複数の新聞がだまされた。" },
    { cue: "冗談|ジョーク|悪ふざけ", example: "この賞は冗談にすぎない。", satire: true },
    { cue: "捏造|でっち上げ|ねつ造", example: "この引用は捏造だった。" },
    { cue: "否定し", example: "クラブはこの報道を否定した。" },
    // A paper's own correction: "… とあったのは … の誤りでした。訂正しておわびします。"
    { cue: "の誤りでした|誤りでした|訂正しておわび|【訂正】", example: "「買収を検討」とあったのは「共同開発を検討」の誤りでした。" },
    { cue: "事実はない|事実はありません", example: "同社は「買収を決定した事実はない」とコメントした。" },
    // A fact-check's verdict: "…とする報道は誤りだった", "判定：誤り", "ミスリード" (misleading), "根拠不明" (unfounded).
    { cue: "(?:は|が|も)誤り|誤りだ|誤りで(?:ある|あり|す)|判定\\s*[:：]\\s*(?:誤り|不正確|虚偽)", example: "市長が辞任したとする報道は誤りだった。" },
    { cue: "ミスリード|根拠不明|不正確", example: "判定：ミスリード。" },
  ],
  fabrication: [
    { cue: "(?:デマ|うそ|嘘|虚偽)(?:の(?:情報|投稿|話))?を(?:流|拡散|投稿|広め)", example: "男は地震の際に動物園の火事についてデマを流した疑いで逮捕された。" },
  ],
  // The one a story is told of admits the charge or the facts ("容疑を認めている"): beside a debunk word in the same
  // wording ("悪ふざけでやった"), the claim is the denial of the story (stance.ts isDenialClaim).
  admission: [{ cue: "(?:容疑|事実|投稿)を認め", example: "男は「冗談のつもりだった」と話し、容疑を認めている。" }],
  // Words that pass a text on as what goes around ("SNS上で拡散されている", "出回っている").
  circulation: [
    { cue: "拡散され(?:た|て|ている|ています)|(?:ネット|SNS|ツイッター|インターネット)(?:上)?で(?:拡散|出回)|出回(?:って|った|っている|っています)", example: "SNS上で、緑川市の小学校が三月からすべて休校になるという投稿が拡散されている。" },
  ],
  plain: ["市長は火曜日に辞任した。", "ある研究によると、クルミは睡眠に役立つという。"],
};
