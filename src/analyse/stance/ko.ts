/** Korean stance words (particles attach to words: cues match anywhere). */
import type { StanceWords } from "./types.ts";

export const ko: StanceWords = {
  language: "ko",
  wordBoundaries: false,
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
  negation: [
    { cue: "않|아니|없", example: "시장은 사임하지 않았다." },
    { cue: "못", example: "시장은 사임하지 못했다." },
  ],
  plain: ["시장이 화요일에 사임했다.", "호두가 수면에 도움이 된다는 연구가 나왔다."],
};
