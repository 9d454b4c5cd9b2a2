/** Japanese reading data: «Xによると», «Xが報じた», «Xに対し…と述べた», «Xを引用して», «英紙X», «（共同）»; Japanese has neither capitals nor spaces, so a name is what the frame bounds (brackets, a Latin run, a run of kanji and katakana between particles) and needs outside evidence. */
import type { LanguageFrames } from "./types.ts";

/** Kanji and katakana, with the long vowel mark and the middle dot of foreign names ("フィナンシャル・タイムズ"). */
const NAME_CHAR = "[\\p{Script=Han}\\p{Script=Katakana}ー・]";
/** A name in brackets: what they enclose (the marks stay outside). */
const BRACKETED = "(?<=[「『《〈“\"])[^」』》〉”\"\\n]{1,20}(?=[」』》〉”\"])";
const OPEN = "[「『《〈“\"]";
const CLOSE = "[」』》〉”\"]";
/** A Latin-script name ("CNN", "BBC", "Harbor Times"). */
/** Outlet nouns written after a foreign outlet's name ("ル・モンド紙", "Le Monde紙"); see `outletNounsAfterName`. */
const AFTER_NAME = ["紙", "誌"];
/** Latin letters run on into katakana or kanji, as a Japanese page names a programme or a site of an outlet ("KBXニュース", "BBC放送"). */
const LATIN_THEN_KANA = `[A-Za-z][A-Za-z0-9&.\\-]{0,19}(?=${"[\\p{Script=Han}\\p{Script=Katakana}ー・]"})[\\p{Script=Han}\\p{Script=Katakana}ー・]{1,12}`;
const LATIN = `[A-Za-z][A-Za-z0-9&.'\\-]{0,19}(?:\\s+[A-Za-z][A-Za-z0-9&.'\\-]{0,19}){0,4}(?:${AFTER_NAME.join("|")})?`;
/** Nouns that name nobody ("media", "officials"): never a name. */
const GENERIC = ["メディア", "海外メディア", "外国メディア", "地元メディア", "複数のメディア", "報道", "関係者", "消息筋", "当局", "政府", "同紙", "同誌", "同社", "同局", "各紙", "各社", "一部"];
const NOT_GENERIC = `(?!(?:${GENERIC.join("|")})(?!${NAME_CHAR}))`;
/** A run of kanji and katakana: hiragana (the particles) bound it on both sides. */
const RUN = `${NOT_GENERIC}${NAME_CHAR}{2,16}`;
/** Nouns for publications written right before a name, with a country's one-character name ("英紙", "米誌", "中国紙"), kept as `cue`. */
const CUE = "(?<cue>(?:英|米|仏|独|露|中|韓|豪|伊|加|印|台湾|中国|韓国|米国|英国|地元|現地|経済|大衆)?(?:紙|誌|通信社|通信|放送局|テレビ局|ニュースサイト))";
/** Before a name: not inside a run of name characters. */
const B = `(?<!${NAME_CHAR}|[A-Za-z0-9])`;

/** Speech verbs in the plain past, as a report closes on them ("「…」と指摘した"); pastForms adds their other forms. */
const SPEECH_PAST = ["述べた", "語った", "話した", "明らかにした", "強調した", "指摘した", "説明した", "主張した", "答えた", "コメントした", "投稿した", "書き込んだ", "ツイートした", "明かした", "訴えた", "反論した", "否定した", "発表した",
  "言った", "回答した", "漏らした",
  // A call on the public ("「…」と呼びかけた", also written 呼び掛けた): officials' appeals are reported so.
  "呼びかけた", "呼び掛けた"];

/**
 * A plain past speech verb with the forms a report writes as often: the progressive, plain and polite ("と指摘している",
 * "と指摘しています", broadcasters' house style), and the polite past ("と強調しました") where the past shows the stem
 * (a する verb's "した", a verb whose stem ends in an e-row kana: "述べた", "答えた"); a verb whose past hides its stem
 * ("語った") has its polite past listed by hand.
 */
function pastForms(past: string): string[] {
  const te = past.replace(/た$/u, "て").replace(/だ$/u, "で");
  const progressive = ["いる", "います", "いた", "いました"].map((aux) => te + aux);
  const polite = /(?:し|[えけせてねべめれげぜで])た$/u.test(past) ? [past.replace(/た$/u, "ました")] : [];
  return [past, ...progressive, ...polite];
}

export const ja: LanguageFrames = {
  language: "ja",
  unspaced: true,
  name: `(?:${BRACKETED}|${LATIN_THEN_KANA}|${LATIN}|${RUN})`,
  date: "(?<date>(?:\\d{4}年)?(?:\\d{1,2}月)?\\d{1,2}日)",
  descriptor: "(?:同紙|同誌|同通信|同社|同局)",
  end: "(?=[はがのにをとでも、。「」（）()\\s]|$)",
  frames: [
    { id: "ja.ni_yoru", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?\\s*(?:によると|によれば)`, example: "英紙ハーバー・タイムズによると、港は閉鎖された。", expect: "ハーバー・タイムズ" },
    { id: "ja.no_hodo_ni_yoru", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?\\s*の(?:報道|記事|取材|調べ|電子版|集計)(?:によると|によれば)`, example: "南港新聞の報道によれば、市長は辞任した。", expect: "南港新聞" },
    { id: "ja.hojita", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?\\s*(?:など|などの(?:メディア|報道機関|各社))?(?:は|が|も)(?:[^。]{0,60}?)(?:報じた|伝えた|報道した|報じている|伝えている|報じました|伝えました|報じ、|伝え、|報じており|伝えており|報道しており|報じていた|伝えていた|報道していた)`, example: "南港新聞は市長が辞任したと報じた。", expect: "南港新聞" },
    { id: "ja.ni_taishi", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?\\s*に(?:[^。]{0,80}?)(?:述べた|語った|話した|明らかにした|答えた)`, example: "港長は北浜通信に対し「避けられない」と述べた。", expect: "北浜通信" },
    // "北浜通信の取材を受けた館長は…", "北浜通信の取材に応じた": whom a speaker gave an interview to, without a verb of saying after it.
    { id: "ja.shuzai_wo_uketa", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?\\s*の(?:取材|インタビュー|電話取材)(?:を受け(?:た|て)|に応じ(?:た|て))`, example: "北浜通信の取材を受けた館長は「閉館しない」と話した。", expect: "北浜通信" },
    { id: "ja.shuzai_ni_taishi", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?\\s*の(?:取材|インタビュー|電話取材)に(?:[^。]{0,80}?)(?:述べた|語った|話した|明らかにした|答えた)`, example: "市長は南港新聞の取材に対し「辞任しない」と語った。", expect: "南港新聞" },
    { id: "ja.inyo", frame: "citing", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?\\s*を引用(?:して|し|した)`, example: "通信社は南港新聞を引用して伝えた。", expect: "南港新聞" },
    // "南港新聞より引用", "南港新聞からの転載": a passage credited as quoted or reprinted from X, as under a copied text.
    { id: "ja.yori_inyo", frame: "citing", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?\\s*(?:より|から)(?:の)?(?:引用|転載)`, example: "この記事は南港新聞より引用した。", expect: "南港新聞" },
  ],
  // "「…」という。" (he says, so it is said) ends a sentence with its full stop; "「X」という本" (a book called X) names a thing.
  // Verbs of an outlet's report closing the sentence after what it reported ("…、と南港新聞が報じた。"): what claims/label.ts
  // leaves out of a claim's label with the outlet before them.
  reportVerbs: ["報じた", "伝えた", "報道した", "報じている", "伝えている"],
  speechVerbs: ["という。", ...SPEECH_PAST.flatMap(pastForms),
    // The plain present of a report ("「…」と語る", "と話す", "と述べる") and the polite past of the verbs pastForms
    // cannot build it for ("と語りました").
    "語る", "話す", "漏らす", "語りました",
    // The continuative joining a second clause ("「…」と語り、理解を求めた").
    "語り、", "述べ、", "話し、",
    // A suspect's statement to the police ("「…」と供述した／している") and a statement issued ("とのコメントを出した").
    "供述した", "供述している", "供述しました", "コメントを出した", "コメントを発表した", "コメントを寄せた"],
  // "「…」と自信を見せながら述べた", "「…」との見方を示した": と ties the quotation to a verb further on; という ("called") names a thing.
  quotativeMarkers: ["との", "と(?!いう|いった|は)"],
  // "の発表では" (by its announcement), "の調べによると" (by its inquiries): a body's account, as "によると" is.
  anonymousAccording: "(?:によると|によれば|の(?:話|発表|調べ)(?:では|によると|によれば))",
  // "山田社長は12日、会見を開いた。「…」と語った。": the verb's subject, known from before, is left out.
  dropsSubject: true,
  pronouns: { singular: ["彼", "彼女"], plural: ["彼ら", "彼女ら"] },
  anonymousHeads: ["関係者", "消息筋", "当局者", "専門家", "住民", "目撃者", "報道官", "広報担当者", "担当者", "高官", "政府高官", "筋"],
  determiners: [],
  // Titles and professions are written straight onto a name ("王建国総工程師は", "田中花子広報担当者は"): the name is
  // what stands before the longest of them. Titles that also end a body's name ("部長" in "営業部長") are left out.
  roleNouns: ["博士", "医師", "研究員", "研究者", "所長", "学長", "弁護士", "記者", "編集長", "報道官", "大臣", "首相", "大統領", "市長", "知事", "教授", "長官", "局長", "議員", "委員長", "社長", "会長", "代表", "専門家",
    "総工程師", "工程師", "技師長", "技師", "広報担当者", "医師", "弁護士", "主任",
    // Heads of an office named "…長" and officials' ranks: a zoo's, a museum's, a police station's, a school's head.
    "園長", "館長", "署長", "課長", "部長", "校長", "院長", "町長", "村長", "区長", "議長", "店長", "理事長", "団長", "隊長", "室長", "係長", "次長", "本部長", "支店長", "総長", "船長", "駅長", "工場長", "主査", "主幹", "准教授", "教諭",
    // The cabinet's secretaries ("官房長官", "官房副長官") and deputies written with 副 before the office ("副大臣", "副知事").
    "官房長官", "官房副長官", "副長官", "副大臣", "副知事", "副市長", "副社長", "副会長", "副議長", "副総裁", "総裁"],
  // "県警" (a prefecture's police), "地検" (a district prosecutors' office): bodies' short names that end their full ones ("北浜県警").
  organisationCues: ["政府", "省", "庁", "局", "警察", "県警", "府警", "道警", "警察署", "消防", "検察", "地検", "大学", "研究所", "委員会", "裁判所", "党", "軍", "協会"],
  // "県警によると", "北浜市の発表によれば": a body's noun before "according to" is that body (see `bodyAccording`).
  bodyAccording: true,
  placeBodies: ["県", "市", "町", "村"],
  // "北浜県警は男を逮捕した。「…」と容疑を認めているという。": the police's account (speakers/hearsay.ts).
  hearsayEndings: ["という。", "としている。", "としています。"],
  outletCues: ["新聞", "通信", "通信社", "紙", "誌", "放送", "テレビ", "ニュース", "日報", "タイムズ", "ポスト", "メディア"],
  outletSuffixes: ["新聞社", "新聞", "通信社", "通信", "日報", "新報", "放送", "テレビ", "タイムズ", "ポスト", "ジャーナル", "ニュース"],
  // Katakana words for a kind of paper ("タブロイド紙", a tabloid; "ゴシップ誌") describe one, they name none.
  outletNounsAfterName: { nouns: AFTER_NAME, stem: "(?!(?:スポーツ|タブロイド|ゴシップ|ファッション|ビジネス|ニュース|コミュニティ|フリー|ローカル|オンライン|ネット|ウェブ|グラビア|エンタメ|カルチャー)(?:紙|誌)$)[\\p{Script=Katakana}ー・A-Za-z0-9&.'’\\s-]*[\\p{Script=Katakana}A-Za-z][\\p{Script=Katakana}ー・A-Za-z0-9&.'’\\s-]*" },
  genericSources: GENERIC,
  nameStopwords: [],
  // No family-name list: a speaker is the topic with an honorific ("ブラント氏は"), a role noun, a source noun or a pronoun.
  speakerEvidence: { surnames: [], givenSyllables: [1, 3], topicParticles: ["は"], honorifics: ["氏", "さん", "容疑者", "被告"] },
  photoCredits: ["(?:写真|画像|提供)\\s*[:：/／]\\s*[^\\n]{0,60}", "[（(](?:写真|画像)\\s*[:：]?[^）)]{0,60}[）)]", "©\\s*[^\\n]{0,60}"],
  titleCues: ["本", "書籍", "記事", "見出し", "題", "映画", "報告書", "論文", "社説", "番組"],
  // "「駅の時計が止まった」というデマ": the false rumour that the station clock stopped, told in the writer's words.
  rumourGist: { joiners: ["という", "といった", "との"], nouns: ["デマ", "うわさ", "噂", "誤情報", "偽情報", "虚偽情報", "偽ニュース", "フェイクニュース", "流言"] },
  creditLines: [
    // A wire credit closing the text ("（共同）", "(ロイター)") or heading it with the place ("【ワシントン共同】").
    "^\\s*[（(](?<name>[^（）()\\n]{2,20})[）)]\\s*$",
    "^\\s*【[^】\\n]{0,12}?(?<name>共同|時事|ロイター|AFP|AP|新華社|聯合)】",
  ],
  // «Xによると、», «Xの発表によれば、»: the reading comma (、) closes the account's owner; what follows is what was said.
  attributionOpenings: ["[^、，,。「」]{1,60}?(?:によると|によれば|の話では)"],
};
