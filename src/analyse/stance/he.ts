/**
 * Hebrew stance words, each list's longer forms first (the first alternative that matches is the cue read). Hebrew
 * writes "and", "the", "in", "to", "that" onto the next word ("והכחיש", "בשקר"), so cues match inside words; the
 * negations, short words that also stand inside others ("לא" in "לאומי"), are matched whole, with "and" (ו) or "that"
 * (ש) written on or not.
 */
// Whole Hebrew words (core/negations.ts, where the negations are matched so).
import { HEBREW_WHOLE_AFTER as WHOLE_AFTER, HEBREW_WHOLE_BEFORE as WHOLE_BEFORE, NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const he: StanceWords = {
  ...NEGATION_WORDS.he,
  debunk: [
    { cue: "פייק\\s+ניוז|פייקים|פייק", example: "הסיפור על סגירת הגשר הוא פייק ניוז." },
    { cue: "שקריות|שקרית|שקרים|שקרי|שקר", example: "ראש העיר אמר שהסיפור כולו שקר." },
    { cue: "(?:אינו|אינה|אינם|איננו|לא)\\s+נכו(?:ן|נה|נים|נות)", example: "הדיווח על סגירת הגשר אינו נכון." },
    { cue: "מופרכת|מופרכים|מופרכות|מופרך", example: "העירייה כינתה את הטענה מופרכת." },
    { cue: "כוזבת|כוזבים|כוזבות|כוזב", example: "הדיווחים על הגשר היו כוזבים." },
    { cue: "מזויפת|מזויפים|מזויפות|מזויף|זיוף", example: "התמונה של הגשר ההרוס מזויפת." },
    { cue: "שמועת\\s+שווא|חסר(?:ת|י|ות)?\\s+(?:כל\\s+)?בסיס", example: "הסיפור על הגשר חסר כל בסיס." },
    { cue: "סאטירית|סאטירי|סאטירה|פארודיה", example: "הכתבה פורסמה באתר סאטירה.", satire: true },
    { cue: "הכחישה|הכחישו|הכחיש|מכחישה|מכחישים|מכחיש|הכחשה", example: "העירייה הכחישה את הדיווח על סגירת הגשר.", denial: true },
    { cue: "(?:אין|לא\\s+נמצאה?)\\s+(?:כל\\s+)?(?:ראיה|ראיות|הוכחה|הוכחות)", example: "אין כל ראיה לפגישה בין השניים." },
  ],
  hedge: [{ cue: `${WHOLE_BEFORE}(?:לכאורה|כביכול|לטענת|על\\s+פי\\s+החשד)${WHOLE_AFTER}`, example: "חברת התעופה ביטלה לכאורה הזמנה של שנים עשר מטוסים." }],
  plain: ["ראש העיר התפטר ביום שלישי.", "לפי מחקר, תה עוזר לשינה רגועה."],
};
