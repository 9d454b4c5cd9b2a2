/**
 * Hindi stance words. Devanagari writes its vowels as combining marks, which a letter-class word boundary does not
 * see: cues are whole words or phrases matched anywhere (no cue is the start of a common longer word).
 */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const hi: StanceWords = {
  ...NEGATION_WORDS.hi,
  debunk: [
    { cue: "फ़र्ज़ी|फर्जी", example: "पुल वाली खबर फर्जी है।" },
    { cue: "झूठी|झूठा|झूठ", example: "यह दावा झूठा है।" },
    { cue: "भ्रामक", example: "यह शीर्षक भ्रामक है।" },
    { cue: "अफ़वाह|अफवाह", example: "स्कूल बंद होने की अफवाह फैल गई।" },
    { cue: "व्यंग्य", example: "यह लेख एक व्यंग्य वेबसाइट से लिया गया था।", satire: true },
    { cue: "मज़ाक|मजाक", example: "यह पुरस्कार एक मजाक था।", satire: true },
    { cue: "खंडन", example: "मंत्रालय ने खबर का खंडन किया।" },
    { cue: "कोई सबूत नहीं|कोई प्रमाण नहीं", example: "इस बैठक का कोई सबूत नहीं है।" },
    { cue: "सच नहीं", example: "पुलिस ने कहा कि यह खबर सच नहीं है।" },
    // "No truth in it" ("इसमें कोई सच्चाई नहीं है"), a denial's commonest words.
    { cue: "(?:कोई\\s+)?सच्चाई\\s+नहीं", example: "नगर निगम ने कहा कि पुल टूटने की खबर में कोई सच्चाई नहीं है।" },
    // "Wrong" as a verdict: called wrong, is wrong, turned out or proved wrong ("खबर को गलत बताया", "दावा गलत है");
    // not "गलत तरीके से" (wrongly) or "गलत काम" (wrongdoing), which judge no report.
    { cue: "(?:ग़लत|गलत)\\s*(?:बताया|बताई|बताते|बता\\s|है|हैं|था|थी|थे|निकला|निकली|निकले|साबित|करार)", example: "मंत्री ने पुल टूटने की खबर को गलत बताया।" },
    { cue: "फैक्ट चेक|तथ्य जांच", example: "फैक्ट चेक में यह दावा गलत निकला।" },
  ],
  // Words that pass a text on as what goes around: shared, gone viral, a news or message that "came" or spread
  // ("यह संदेश शेयर हो रहा है कि …", "ऐसी खबरें चल रही हैं कि …"). Not "वायरल बुखार" (viral fever).
  circulation: [
    { cue: "(?:शेयर|वायरल)\\s*(?:हो|हुआ|हुई|हुए|किया|किए|की\\s|कर)", example: "सोशल मीडिया पर यह संदेश तेजी से शेयर हो रहा है कि नहर का पुल टूट गया।" },
    { cue: "(?:खबर|खबरें|खबरे|संदेश|मैसेज)\\s+(?:आई|आए|फैल|चल\\s*रह)", example: "फेसबुक पर कल से ऐसी खबरें चल रही हैं कि नहर का पुल टूट गया।" },
  ],
  plain: ["महापौर ने मंगलवार को इस्तीफा दे दिया।", "एक अध्ययन के अनुसार चाय से नींद अच्छी आती है।"],
};
