/** Korean stance words (particles attach to words: cues match anywhere). */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const ko: StanceWords = {
  ...NEGATION_WORDS.ko,
  debunk: [
    { cue: "풍자", example: "이 기사는 풍자 매체에서 나왔다.", satire: true },
    { cue: "가짜", example: "이 사진은 가짜다." },
    { cue: "허위", example: "그 보도는 허위로 드러났다." },
    { cue: "거짓", example: "그 주장은 거짓이다." },
    { cue: "루머|뜬소문", example: "구단은 루머라고 밝혔다." },
    { cue: "패러디", example: "그 영상은 패러디였다.", satire: true },
    { cue: "농담|장난", example: "그 상은 농담이었다.", satire: true },
    { cue: "속았|속아|속은", example: "여러 신문이 속았다." },
    { cue: "오보", example: "신문이 오보를 냈다." },
    { cue: "날조|조작된", example: "그 인용은 날조됐다." },
    { cue: "사실무근|사실이 아니", example: "시청은 사실무근이라고 밝혔다." },
    // "부인했다" (denied); "부인" alone is also "wife".
    { cue: "부인했", example: "회사는 인수설을 부인했다." },
    { cue: "정정보도|바로잡습니다", example: "본지는 지난 11일자 기사를 바로잡습니다." },
  ],
  // Words that pass a text on as what goes around ("온라인에서 퍼지고 있다", "글이 퍼지고", "나돌고 있다"); not a fire
  // or a disease that spreads ("불이 퍼지고"): only online, or a post, rumour or message, spreads.
  circulation: [
    { cue: "(?:온라인|SNS|인터넷|커뮤니티)(?:에서|상에서|상에|에)?\\s*(?:퍼지|퍼져|퍼졌|확산|유포)|(?:글|게시물|게시글|소문|주장|메시지|영상|사진)(?:이|가)\\s*(?:퍼지|퍼져|퍼졌|확산|유포)|나돌|떠돌", example: "온라인에서 청림시 초등학교가 3월부터 모두 휴교한다는 글이 퍼지고 있다." },
  ],
  plain: ["시장이 화요일에 사임했다.", "호두가 수면에 도움이 된다는 연구가 나왔다."],
};
