/**
 * Hindi stance words. Devanagari writes its vowels as combining marks, which a letter-class word boundary does not
 * see: cues are whole words or phrases matched anywhere (no cue is the start of a common longer word).
 */
import type { StanceWords } from "./types.ts";

export const hi: StanceWords = {
  language: "hi",
  wordBoundaries: false,
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
    { cue: "फैक्ट चेक|तथ्य जांच", example: "फैक्ट चेक में यह दावा गलत निकला।" },
  ],
  negation: [
    { cue: "कभी नहीं|नहीं", example: "महापौर ने इस्तीफा नहीं दिया।" },
  ],
  plain: ["महापौर ने मंगलवार को इस्तीफा दे दिया।", "एक अध्ययन के अनुसार चाय से नींद अच्छी आती है।"],
};
