/** Chinese reading data: «据X报道», «X报道称», «《X》报道», «X援引…称», «引述X», «接受X采访», «X网站»; Chinese has neither capitals nor spaces, so a name is what the frame bounds (《》, quotes, a Latin run, a run of Han characters between a cue and its verb) and needs outside evidence. */
import { simplifiedHan } from "../../core/hanScript.ts";
import type { LanguageFrames } from "./types.ts";

const HAN = "\\p{Script=Han}";
/** A name in title brackets or quotation marks: what they enclose (the marks stay outside). */
const BRACKETED = "(?<=[《「『“\"〈])[^》」』”\"〉\\n]{1,20}(?=[》」』”\"〉])";
const OPEN = "[《「『“\"〈]";
const CLOSE = "[》」』”\"〉]";
/** Endings that make a run of Han characters an outlet's name (新华社, 人民网, 南港日报, 半岛电视台). */
const SUFFIXES = ["日报", "时报", "晚报", "早报", "周刊", "周报", "杂志", "新闻网", "中文网", "新闻", "通讯社", "电视台", "广播电台", "电台", "在线", "网", "报", "社", "台"];
const SUFFIX = `(?:${SUFFIXES.join("|")})`;
/** A Latin-script name, with an optional outlet ending in Han ("CNN", "BBC中文网", "Harbor Times"). */
// Never from inside a longer Latin name: "Times" alone in "据Harbor Times报道" would be another outlet than the one cited.
const LATIN = `(?<![A-Za-z0-9&.'\\-]\\s*)[A-Za-z][A-Za-z0-9&.'\\-]{0,19}(?:\\s+[A-Za-z][A-Za-z0-9&.'\\-]{0,19}){0,4}${SUFFIX}?`;
/** What comes right after a cited name: the verbs and nouns of reporting, which end a run of Han characters. */
const RIGHT = "(?:的)?(?:报道|报导|消息|称|透露|指出|披露|援引|引述|网站|发文|刊文|载文|说|表示|文章|评论|社论|头条|最新)";
/** Nouns that name nobody ("foreign media", "netizens"): never a name when a reporting word follows them. */
const GENERIC = ["外媒", "媒体", "官媒", "西方媒体", "国际媒体", "当地媒体", "境外媒体", "海外媒体", "港媒", "台媒", "日媒", "韩媒", "美媒", "网友", "网民", "消息人士", "知情人士", "有关方面", "官方", "报道", "消息", "报纸", "网站", "该媒体", "该报", "该网站", "多家媒体", "多家外媒", "有媒体", "有消息", "悉", "了解", "统计", "介绍", "分析", "调查"];
const NOT_GENERIC = `(?!(?:${GENERIC.join("|")})${RIGHT})`;
/** "This outlet", "the newspaper": a reference back to an outlet named before. */
const DESCRIPTOR = "(?:该|这家|此|这个|该家)(?:媒体|网站|报纸|报|杂志|电视台|通讯社|刊物)";
/**
 * Prepositions and cue words that never begin a name ("据外媒", "在纽约"): a run starting so has taken in the frame's own
 * words. "更多" (more) opens a page's list of an outlet's other stories ("更多X报道"), which cites nobody.
 */
const NOT_START = "(?!(?:据|根据|依据|按照|另据|在|对|向|被|从|也|还|并|而|则|更多))";
/**
 * One Han character other than 的 ("of"), which ends a name ("人民网的报道"), and not the start of a word of citing or
 * reporting: a run that reached one has taken in the frame's own words and the subject before them ("官员援引新华社的消息",
 * an official citing Xinhua, names no outlet "官员援引新华社").
 */
const HAN_CHAR = `(?:(?!的|援引|引述|引用|转引|报道|报导)${HAN})`;
/** A run of Han characters; the frame's cue words on both sides bound it. */
const HAN_RUN = `${NOT_GENERIC}${NOT_START}${HAN_CHAR}{2,12}`;
/** A run of Han characters that ends in an outlet ending, for frames bounded on the right only by a verb. */
const HAN_OUTLET = `${NOT_GENERIC}${NOT_START}${HAN_CHAR}{0,10}?${SUFFIX}`;
/** The name of a subject before a reporting verb, where nothing bounds it on the left but punctuation: bracketed, Latin, or ending like an outlet. */
/** A gloss in brackets after a name, often its name in Latin letters ("洋葱报(The Radish)"); part of the span, as the text writes it. */
const GLOSS = "(?:[（(][^（）()\\n]{1,40}[）)])?";
const SUBJECT = `(?<name>${DESCRIPTOR}|${BRACKETED}|${LATIN}|${HAN_OUTLET}${GLOSS})`;
/** Nouns for publications written right before a name ("讽刺网站“…”", "官媒《…》"), kept as the frame's `cue`. */
const CUE_WORDS = "(?:网站|新闻网站|媒体|官媒|报纸|报|杂志|周刊|电视台|通讯社|通讯|日报|喉舌|网|刊物|期刊|学术期刊|频道|广播电台|电台)";
/** Where a subject may begin: the start, punctuation or a space, a time word, or right after a cue word. */
const BOUNDARY = "(?<=^|[\\s，。、；：！？,.;:!?（）()【】\\[\\]“”\"'‘’《》「」]|近日|日前|昨日|昨天|今天|今日|此前|早前|随后|当天|同时|在|于|\\d日)";
const LEFT = `(?:(?<cue>${CUE_WORDS})|${BOUNDARY})`;
/** Modifiers between 据 and the name ("据英国《…》报道"): a few Han characters, tried shortest first. */
const PRE = `(?:${HAN}{1,8}?)??`;

export const zh: LanguageFrames = {
  language: "zh",
  unspaced: true,
  // Texts from Taiwan and Hong Kong, in Traditional characters ("據聯合報報導", "他說"), read with these Simplified frames.
  matchingFold: simplifiedHan,
  name: `(?:${BRACKETED}|${LATIN}|${HAN_RUN})`,
  date: `(?<date>(?:\\d{4}年)?(?:\\d{1,2}月)?\\d{1,2}日)`,
  descriptor: DESCRIPTOR,
  end: `(?=${RIGHT}|[，。、；：！？,.;:!?）)\\s]|$)`,
  frames: [
    { id: "zh.ju", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `(?:根据|据|依据|按照)${PRE}${OPEN}?{SRC}${CLOSE}?(?:\\d{1,2}日)?(?:的)?(?:报道|报导|消息|称|透露|指出|披露|最新报道|援引|引述|发布|网站)`, example: "据新华社报道，港口将关闭一周。", expect: "新华社" },
    { id: "zh.ju.bracket", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `(?:根据|据)${PRE}${OPEN}{SRC}${CLOSE}`, example: "据英国《海港时报》日前报道，港口已关闭。", expect: "海港时报" },
    { id: "zh.baodao_cheng", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${LEFT}${OPEN}?${SUBJECT}${CLOSE}?(?:\\d{1,2}日)?(?:在)?(?:率先|首先|最早|独家)?(?:报道|报导|发文|刊文|载文|撰文|披露|爆料|刊登|发表文章)(?:称|说|指出|表示)?`, example: "近日讽刺网站“洋葱报”载文嘲讽市长。", expect: "洋葱报" },
    // A time word or adverb between the outlet and its verb ("新华社此前报道称", "海港日报日前也报道"): the subject is bounded by the verb as before.
    { id: "zh.baodao_cheng.adverb", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${LEFT}${OPEN}?${SUBJECT}${CLOSE}?(?:\\d{1,2}日)?(?:此前|日前|早前|稍早|早些时候|近日|昨日|昨天|今日|今天|当天|同日|随后|上周|本周|去年)(?:也|亦|还|曾|则|曾经)?(?:在)?(?:率先|首先|最早|独家)?(?:报道|报导|发文|刊文|载文|撰文|披露|爆料|刊登|发表文章)(?:称|说|指出|表示)?`, example: "新华社此前报道称，该公司将收购工厂。", expect: "新华社" },
    // A name in title brackets is bounded whatever follows: its reporting verb may come a clause later ("《X》竟信以为真,…,郑重报导此新闻").
    { id: "zh.bracket_far", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${LEFT}《(?<name>[^》\\n]{1,20})》[^。！？!?\\n《]{0,30}?(?:报道|报导|刊登|刊发|刊出|转载|做了[^。，,]{0,8}专题)`, example: "官媒《海港日报》竟信以为真,把嘲讽当赞扬,郑重报导此新闻。", expect: "海港日报" },
    { id: "zh.yuanyin", frame: "quoted", allowUnknown: true, needsEvidence: true, pattern: `${LEFT}${OPEN}?${SUBJECT}${CLOSE}?(?:\\d{1,2}日)?(?:援引|引述|引用)(?<citing>[^，。,.]{1,30}?)(?:的话|的消息|的说法)?(?:称|说|指出|表示|报道)`, example: "《南港日报》援引一名官员称，港口已关闭。", expect: "南港日报" },
    // Punctuation ends the name only where no speech verb stands before it: "援引新华社称，" cites 新华社, not "新华社称".
    { id: "zh.yinshu", frame: "citing", allowUnknown: false, needsEvidence: true, pattern: `(?:援引|引述|引用|转引|转载自|转载|来源于|出自)${PRE}${OPEN}?{SRC}${CLOSE}?(?:的)?(?:报道|报导|消息|说法|文章|数据|称|说|指出|网站|(?<!称|说|指出|表示)[，。,.])`, example: "官员引述新华社的报道说，港口已关闭。", expect: "新华社" },
    { id: "zh.jieshou_caifang", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `(?:接受|在接受)${PRE}${OPEN}?{SRC}${CLOSE}?(?:的)?(?:记者)?(?:专访|采访|访问)`, example: "市长在接受《南港日报》采访时否认辞职。", expect: "南港日报" },
    { id: "zh.dui_shuo", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `对${PRE}${OPEN}?{SRC}${CLOSE}?(?:记者)?(?:说|表示|透露|指出)`, example: "一名官员对《南港日报》说，港口已关闭。", expect: "南港日报" },
    { id: "zh.de_baodao", frame: "reported_by", allowUnknown: true, needsEvidence: true, pattern: `${LEFT}${OPEN}?${SUBJECT}${CLOSE}?的(?:报道|报导|文章|消息|社论|评论)`, example: "另据报道，南港日报的报道引起了关注。", expect: "南港日报" },
    { id: "zh.kandeng", frame: "reported_by", allowUnknown: true, publication: true, needsEvidence: true, pattern: `(?:刊登|发表|刊载|发布|登载|刊发|发表文章)(?:在|于)${PRE}${OPEN}?{SRC}${CLOSE}?(?:上|的|，|。|杂志|网站)`, example: "这项研究发表在《海洋研究》上。", expect: "海洋研究" },
    // "来源：www.example.com/…" after a translated or adapted text: where it was taken from. A translation is not the same
    // text, so this is a citation, not syndication.
    { id: "zh.laiyuan", frame: "according_to", allowUnknown: true, publication: true, needsEvidence: true, pattern: "(?:来源|出处|原文|原文链接|转自|译自|编译自)\\s*[:：]\\s*(?:https?:\\/\\/)?(?<name>(?:www\\.)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,6})(?![A-Za-z0-9-])", example: "他是所有女性的梦中情人。 来源:http://www.harbortimes.com.au/world/story", expect: "www.harbortimes.com.au" },
    { id: "zh.wangzhan", frame: "reported_by", allowUnknown: true, publication: true, needsEvidence: true, pattern: `${BOUNDARY}${OPEN}?${SUBJECT}${CLOSE}?(?<cue>网站|官网|网页)(?:上|刊登|发表|发布|报道|称|指出)`, example: "在南港日报网站上，市长发表了声明。", expect: "南港日报" },
  ],
  speechVerbs: ["说", "表示", "称", "指出", "透露", "强调", "认为", "补充说", "介绍", "回应", "写道", "坦言", "声称"],
  // A sentence of one clause that is only a speaker and a speech verb ("港务局相关负责人表示。"): the quotation it
  // credits closed the sentence before it, so it names who said those words and states nothing of its own.
  attributionOnlyForms: ["[^，,。；;：:“”「」『』\"！？!?]{1,30}?(?:{SAY})\\s*[。.！!]?\\s*$"],
  pronouns: { singular: ["他", "她"], plural: ["他们", "她们"] },
  anonymousHeads: ["消息人士", "知情人士", "官员", "专家", "分析人士", "人士", "目击者", "居民", "发言人", "网友", "网民", "匿名人士", "内部人士", "官方人士"],
  determiners: [],
  roleNouns: ["记者", "编辑", "主编", "总编", "领导人", "负责人", "主持人", "外长", "发言人", "教授", "部长", "总统", "主席", "专家", "研究员", "特派员", "局长", "代表", "议员", "市长", "总理", "大使", "分析师", "作家", "工程师", "医生", "律师", "经理", "主任"],
  organisationCues: ["政府", "当局", "外交部", "国防部", "警方", "军方", "委员会", "大学", "研究所", "研究院", "白宫", "国务院", "中共", "党", "协会", "基金会", "法院", "检察院"],
  outletCues: ["报", "网", "社", "台", "电视台", "日报", "时报", "新闻", "通讯社", "杂志", "周刊", "网站", "媒体", "官媒"],
  outletSuffixes: ["日报", "时报", "晚报", "早报", "周刊", "周报", "杂志", "新闻网", "新闻", "通讯社", "电视台", "广播电台", "在线", "网", "报", "社", "台"],
  genericSources: GENERIC,
  nameStopwords: [],
  // Han has no capitals: a speaker is a pronoun, a source or role noun, or a family name with one or two given characters.
  speakerEvidence: {
    surnames: ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "傅", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "武", "戴", "莫", "孔", "向", "汤", "习", "温", "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "司徒"],
    givenSyllables: [1, 2],
    adverbs: ["也", "还", "则", "又", "更", "曾", "曾经", "并", "亦", "都", "就", "却", "再", "便", "对此", "随后", "随即", "当时", "此前", "早前", "公开", "进一步", "同时", "甚至", "再次", "最后", "后来"],
  },
  photoCredits: ["(?:图片|图|照片|摄影|视频|资料图)\\s*(?:来源|来自)?\\s*[:：/]\\s*[^\\n]{0,60}", "[（(](?:图片来源|图源|摄影|资料图片?)\\s*[:：]?[^）)]{0,60}[）)]", "©\\s*[^\\n]{0,60}"],
  titleCues: ["书", "文章", "标题", "题为", "电影", "报告", "专栏", "论文", "社论", "纪录片"],
  creditLines: [
    "^\\s*【(?<name>[^【】\\d\\s]{2,12}?)(?:\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?讯】",
    "^\\s*(?:来源|出处|转自|转载自|本文来自|本文转载自)\\s*[:：]?\\s*(?<name>[^\\n]{2,30}?)\\s*$",
    "^\\s*[（(](?:来源|转自|稿件来源)\\s*[:：]\\s*(?<name>[^）)\\n]{2,30})[）)]\\s*$",
  ],
  // «据X报道，», «据介绍，», «X表示，»: the comma (，) closes the account's owner; what follows is what was said.
  attributionOpenings: ["(?:另据|根据|据|依据|按照)[^，,。；！？“”]{0,40}?(?:报道|报导|消息|介绍|透露|披露|了解|称|指出|表示)(?:称)?"],
};
