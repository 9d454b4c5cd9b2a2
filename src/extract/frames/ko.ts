/** Korean reading data: «X에 따르면», «X 등 현지 언론에 따르면», «X는 …라고 보도했다», «X를 인용해», «X와의 인터뷰에서»; Hangul has no capitals, so a name is what the frame bounds (quotes, a Latin run, a word before its particle) and needs outside evidence. */
import { CLOSE, OPEN } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

const H = "\\p{Script=Hangul}";
/** One word of a name: a Hangul word, or a run of Latin words with an optional Hangul tail ("CNN방송", "Harbor Times", "example.com"); the particle after it is left to the frame. */
const W = `(?:[A-Za-z][A-Za-z0-9&.'\\-]{0,19}(?:\\s+[A-Z][A-Za-z0-9&.'\\-]{0,19}){0,4}[${H}]{0,6}|[${H}][${H}A-Za-z0-9&·.\\-]{0,19})`;
/** A gloss in brackets after a name, often its name in Latin letters ("하늘신문(The Quill)"). */
const GLOSS = "(?:\\([^()\\n]{1,40}\\))?";
/** Words that start no name: particles written apart, demonstratives, "local", and the generic "media" nouns. */
const KO_STOP = ["등", "및", "또", "또한", "이", "그", "저", "한", "이번", "현지", "해당", "모든", "여러", "각", "지난", "이날", "당시", "앞서", "외신", "외신들", "언론", "언론들", "매체", "매체들", "소식통", "관계자", "당국", "보도", "기사", "외국", "국내", "일부", "주요", "다른", "최근", "이후"];
/**
 * Who runs an outlet or where it is, written onto its noun or before it ("국영통신" a state news agency, "관영 매체" state
 * media, "현지 언론" local media): a description of an outlet the text does not name, never a name, though it ends like one.
 */
const KO_DESCRIBED_OUTLETS = ["국영", "관영", "현지", "해외", "외국", "국내"].flatMap((who) =>
  ["통신", "통신사", "매체", "언론", "언론사", "방송", "방송사", "신문"].flatMap((noun) => [`${who}${noun}`, `${who} ${noun}`]),
);
/** Particles a noun takes ("언론에", "외신들은"): a stop word with one of them is still a stop word. */
const PARTICLE = "(?:은|는|이|가|을|를|의|에|에게|에서|도|와|과|으로|로)";
// Nor a verb that ends a quoted clause ("검토하고 있다고 푸른일보가 보도했다": 있다고 is "that … is", no name's first word).
const NOT_STOP = `(?!(?:${KO_STOP.join("|")})(?:들)?${PARTICLE}?(?![${H}A-Za-z0-9]))(?![${H}]{0,18}(?:다|라|냐|자)고(?![${H}A-Za-z0-9]))`;
/** A name in quotation marks or angle brackets: what they enclose (the marks stay outside). */
const QUOTED = `(?<=${OPEN})[^'’"”>》」』\\n]{1,30}(?=${CLOSE})`;
/** Nouns for publications written before a name ("인터넷매체 '…'", "일간지 …"), kept as the frame's `cue`. */
const CUE = `(?:(?<cue>[${H}]{0,6}(?:신문|일간지|주간지|매체|방송|방송사|통신|통신사|잡지|학술지|사이트|웹사이트|언론|채널|기관지|포털))\\s+)`;
/** The name itself: quoted, or one or two words (a country word may lead, "미국 CNN"); never starting with a stop word. */
// The second word is tried last (lazy): "한빛일보는 시장이 … 보도했다" is 한빛일보, not "한빛일보는 시장".
// A first word that ends in a particle ("한빛일보는") is a whole name, never the first of two; a name never ends in 의 ("of").
const NAME = `(?:${QUOTED}|${NOT_STOP}${W}${GLOSS}(?:(?<!${PARTICLE})\\s+${NOT_STOP}${W}${GLOSS})??(?<!의))`;
/** Before a name: not inside a word. */
const B = `(?<![${H}A-Za-z0-9])`;
/** "according to": 에 따르면, 에 의하면, with an optional "report of" (의 보도에 따르면). */
const ACCORDING = "(?:의)?\\s*(?:(?:보도|기사|발표|리포트|보고서|집계|조사)(?:에|에서)|에게|에)\\s*(?:따르면|의하면)";

export const ko: LanguageFrames = {
  language: "ko",
  particles: ["에게서", "에서는", "으로는", "에게", "에서", "으로", "까지", "부터", "은", "는", "이", "가", "을", "를", "의", "에", "도", "와", "과", "로", "만"],
  name: NAME,
  date: `(?:지난\\s+)?(?<date>(?:\\d{4}년\\s*)?(?:\\d{1,2}월\\s*)?\\d{1,2}일)`,
  // "이 매체" (this outlet), or the bare noun at a clause's start ("신문은 … 보도했다"); 언론 (the media) is generic, never a descriptor.
  descriptor: `(?:(?:이|그|해당|같은)\\s+(?:매체|신문|방송|방송사|통신|통신사|사이트|일간지|잡지)|(?<![${H}A-Za-z0-9]\\s?)(?:매체|신문|방송사|통신사|일간지)(?=은|는|이|가|에|의))`,
  end: `(?=\\s|[,.;:!?)"”’'」』》>]|$)`,
  frames: [
    { id: "ko.ttareumyeon", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?${ACCORDING}`, example: "한빛일보에 따르면 항구는 다음 주까지 폐쇄된다.", expect: "한빛일보" },
    { id: "ko.deung_eonron", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?\\s+등\\s+(?:[${H}]{1,6}\\s+){0,2}?(?:언론|매체|외신|방송|신문)(?:들)?${ACCORDING}`, example: "18일(현지시간) 새벽방송 등 현지 언론에 따르면 항구가 폐쇄됐다.", expect: "새벽방송" },
    // "…라고 푸른일보가 11일 보도했다": the reporting subject right before its verb (a date, and whom it cited in up to
    // three words, "홍콩 매체를 인용해", may stand between). The wider rule below takes the first subject of the sentence,
    // often the story's own ("한솔전자가 … 검토한다고 푸른일보가 보도했다").
    { id: "ko.bodo.adjacent", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?(?:은|는|이|가|도)\\s+(?:(?:지난\\s+)?(?:(?:\\d{1,2}월\\s*)?\\d{1,2}일(?:\\s*\\(현지시간\\))?|이날|전날|앞서|최근)\\s+)?(?:(?<citing>(?:[^\\s.!?]+\\s+){0,2}?[^\\s.!?]+?)(?:을|를)\\s+인용(?:해|하여|하며|하면서)\\s+)?(?:(?:처음|단독|먼저|단독으로)\\s+)?(?:보도했|보도하며|보도하면서|보도해|보도한|폭로했)`, example: "한솔전자가 공장을 인수한다고 푸른일보가 11일 보도했다.", expect: "푸른일보" },
    // "한빛일보 등이 보도했다", "한빛일보 등 언론이 보도했다" (X and other media reported): the name before "등" reported.
    { id: "ko.deung_bodo", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?\\s*등(?:\\s+(?:[${H}]{1,6}\\s+){0,2}?(?:언론|매체|외신|방송|신문|방송사|통신사)(?:들)?)?(?:은|는|이|가|도)\\s+[^.!?\\n]{0,150}?(?:보도했|보도하며|보도하면서|보도해|보도한|전했)`, example: "한빛일보 등이 시장이 사퇴했다고 보도했다.", expect: "한빛일보" },
    // "한빛일보와 푸른신문 등 언론이 보도했다": the first of the names listed before "등", joined by "와"/"과", reported too.
    { id: "ko.wa_deung_bodo", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?(?:와|과)\\s+[^\\s.!?\\n]+(?:\\s+[^\\s.!?\\n]+)?\\s*등(?:\\s+(?:[${H}]{1,6}\\s+){0,2}?(?:언론|매체|외신|방송|신문|방송사|통신사)(?:들)?)?(?:은|는|이|가|도)\\s+[^.!?\\n]{0,150}?(?:보도했|보도하며|보도하면서|보도해|보도한|전했)`, example: "한빛일보와 푸른신문 등 언론이 시장이 사퇴했다고 보도했다.", expect: "한빛일보" },
    { id: "ko.bodo", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?(?:은|는|이|가|도)\\s+[^.!?\\n]{0,150}?(?:보도했|보도하며|보도하면서|보도해|보도한|게재했|실었|전했|폭로했|특종|발표했|공개했|소개했)`, example: "한빛일보는 시장이 사퇴했다고 보도했다.", expect: "한빛일보" },
    // "X는 “…”라고 설명했다": a quotation said by the subject; an outlet only with evidence, else the speaker.
    { id: "ko.quote_said", frame: "said", allowUnknown: false, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?(?:은|는|이|가)\\s+[“"‘'][^”"’'\\n]{1,400}[”"’']\\s*(?:이)?(?:라고|라며|고)\\s*(?:말했|설명했|전했|밝혔|덧붙였|주장했|강조했|썼|적었)`, example: "한빛일보는 “시장이 사퇴했다”라고 전했다.", expect: "한빛일보" },
    { id: "ko.inyong", frame: "citing", allowUnknown: false, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?(?:의\\s*(?:보도|기사))?(?:을|를)\\s*인용(?:해|하여|한|하며|하면서)`, example: "통신은 푸른신문을 인용해 항구가 닫혔다고 전했다.", expect: "푸른신문" },
    { id: "ko.interview", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?(?:와|과)(?:의)?\\s*(?:인터뷰|통화|회견|전화\\s*인터뷰)(?:에서|를\\s*통해)`, example: "시장은 한빛일보와의 인터뷰에서 사퇴를 부인했다.", expect: "한빛일보" },
    { id: "ko.malhaetda", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?(?:에|에게)\\s+(?:말했|밝혔|전했|털어놨)`, example: "한 관리는 푸른신문에 말했다.", expect: "푸른신문" },
    // With the quotation between ("X에 …라고 말했다") 에 may be a place or a time ("얼굴에"): only after a publication noun.
    { id: "ko.malhaetda.quote", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}${OPEN}?{SRC}${CLOSE}?(?:에|에게)\\s+[^.!?\\n]{0,120}?(?:라고|다고)\\s*(?:말했|밝혔|전했|털어놨)`, example: "한 관리는 일간지 푸른신문에 항구가 닫혔다고 말했다.", expect: "푸른신문" },
    // "…는 로이터통신에 "…"고 말했다": whom a quotation was said to, the quotation between the outlet and the verb.
    { id: "ko.malhaetda.quoted", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?(?:에|에게)\\s+[“"‘'][^”"’'\\n]{1,400}[”"’']\\s*(?:이)?(?:라고|라며|고)\\s*(?:말했|밝혔|전했|털어놨|설명했|강조했)`, example: "항만장은 푸른신문에 \"부두는 열려 있다\"고 말했다.", expect: "푸른신문" },
    { id: "ko.gejae", frame: "reported_by", allowUnknown: true, publication: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?(?:에|에서)\\s*(?:게재된|게재한|실린|발표된|공개된|보도된)`, example: "학술지 바다연구에 게재된 논문은 조작됐다.", expect: "바다연구" },
    { id: "ko.bodoro", frame: "reported_by", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?${OPEN}?{SRC}${CLOSE}?(?:의|이|가)\\s*(?:보도한|처음\\s*보도한|전한)\\s*(?:바|내용|기사)`, example: "푸른신문이 보도한 내용은 사실이 아니었다.", expect: "푸른신문" },
  ],
  speechVerbs: ["라고 말했다", "고 말했다", "말했다", "밝혔다", "전했다", "덧붙였다", "강조했다", "설명했다", "주장했다", "지적했다", "언급했다", "내다봤다", "전망했다", "예상했다", "분석했다", "말했습니다", "밝혔습니다", "주장했습니다", "했다", "꼬집었다", "비판했다", "반박했다", "부인했다", "토로했다", "호소했다", "물었다", "되물었다", "답했다", "적었다", "썼다", "반응을 보였다", "댓글을 남겼다", "댓글을 달았다", "댓글을 달고 있다", "글을 올렸다"],
  quotativeMarkers: ["이라고", "라고", "이라며", "라며", "이라는", "라는", "고", "며", "는"],
  // "관계자에 따르면" (according to an official), and "관계자를 인용해" (citing one), which names the source as surely.
  anonymousAccording: "(?:들)?(?:(?:에|에게)\\s*(?:따르면|의하면)|(?:을|를)\\s*인용(?:해|하여|하며|하면서)?(?![가-힣]))",
  pronouns: { singular: ["그", "그녀"], plural: ["그들"] },
  anonymousHeads: ["소식통", "관계자", "당국자", "전문가", "전문가들", "관리", "관리들", "목격자", "목격자들", "주민", "주민들", "시민", "시민들", "대변인", "측근", "고위 관계자", "정부 관계자", "누리꾼", "누리꾼들", "네티즌", "네티즌들", "관계자들", "소식통들"],
  determiners: [],
  roleNouns: ["기자", "편집장", "편집자", "편집인", "대변인", "교수", "장관", "대통령", "위원장", "전문가", "연구원", "특파원", "국장", "대표", "의원", "시장", "총리", "대사", "분석가", "작가", "청장", "회장", "사장", "원장", "단장", "부장", "차관", "처장", "소장", "실장", "앵커", "진행자", "아나운서", "부대변인", "비서관", "수석", "논설위원", "해설위원"],
  organisationCues: ["정부", "당국", "국방부", "외교부", "통일부", "경찰", "군", "위원회", "대학", "대학교", "연구소", "청와대", "백악관", "국무부", "당", "협회", "재단", "법원", "검찰", "엔터테인먼트", "소속사", "기획사", "구단", "회사", "기업", "공사", "공단", "은행", "병원"],
  outletCues: ["신문", "일보", "뉴스", "방송", "통신", "매체", "타임스", "포스트", "저널", "닷컴", "채널", "일간지", "잡지", "tv", "사이트"],
  outletSuffixes: ["일보", "신문", "신보", "뉴스", "방송", "통신", "타임스", "포스트", "저널", "닷컴", "매거진", "TV", "티비", "경제", "데일리"],
  genericSources: [...new Set(["언론", "외신", "외신들", "매체", "언론들", "소식통", "관계자", "당국", "보도", "기사", ...KO_DESCRIBED_OUTLETS])],
  nameStopwords: KO_STOP,
  // Hangul has no capitals: a speaker is a pronoun, a source or role noun, or a family name with two given syllables,
  // marked as the sentence's topic ("김민수 대변인은 …라고 말했다").
  speakerEvidence: {
    surnames: ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "유", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "지", "엄", "채", "원", "천", "방", "공", "현", "황보", "남궁", "제갈", "선우", "독고"],
    givenSyllables: [2, 2],
    topicParticles: ["께서는", "께서", "은", "는"],
    // 도 ("also") marks the subject as 이/가 do ("관계자도 …라고 말했다"); like them it is trusted only on evidence.
    nominativeParticles: ["이", "가", "도"],
    complementClosers: ["점을", "점도", "점에", "것을", "것도", "사실을", "사실도"],
    officeSuffixes: ["실"],
    // "김민수 서울대 교수는": a university's short name ends in 대 (대학), and a family name opens many of them (서, 고, 한).
    bodyAbbreviations: ["대"],
  },
  photoCredits: ["(?:사진|그래픽|자료|영상|이미지)\\s*(?:제공|출처)?\\s*[=:]\\s*[^\\n]{0,60}", "[\\p{L}\\p{N}]+\\s*(?:포토라이브러리|사진\\s*제공|제공)(?=\\s*$|\\n)", "ⓒ\\s*[^\\n]{0,60}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["기사", "제목", "책", "영화", "보고서", "칼럼", "논문", "기고문", "다큐멘터리"],
  creditLines: [
    "^\\s*<(?<name>[^<>\\n]{2,30})>\\s*$",
    "^\\s*(?:출처|자료)\\s*[:=]\\s*(?<name>[^\\n]{2,60}?)\\s*$",
    "^\\s*\\[(?<name>[^\\[\\]\\n]{2,30})\\]\\s*$",
  ],
};
