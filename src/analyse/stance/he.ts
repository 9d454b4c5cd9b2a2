/**
 * Hebrew stance words, each list's longer forms first (the first alternative that matches is the cue read). Hebrew
 * writes "and", "the", "in", "to", "that" onto the next word ("והכחיש", "בשקר"), so cues match inside words; the
 * negations, short words that also stand inside others ("לא" in "לאומי"), are matched whole, with "and" (ו) or "that"
 * (ש) written on or not.
 */
import type { StanceWords } from "./types.ts";

/** No Hebrew letter before: a cue that may take "and" (ו) or "that" (ש) written onto it, then itself. */
const WHOLE_BEFORE = "(?<![\\u05D0-\\u05EA])[וש]?";
/** No Hebrew letter after. */
const WHOLE_AFTER = "(?![\\u05D0-\\u05EA])";

export const he: StanceWords = {
  language: "he",
  wordBoundaries: false,
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
  negation: [
    { cue: `${WHOLE_BEFORE}(?:לא|אין|אינו|אינה|אינם|אינן|איננו|מעולם\\s+לא)${WHOLE_AFTER}`, example: "ראש העיר לא התפטר." },
    { cue: `${WHOLE_BEFORE}(?:אף\\s+פעם|שום)${WHOLE_AFTER}`, example: "ראש העיר אף פעם לא התפטר." },
  ],
  hedge: [{ cue: `${WHOLE_BEFORE}(?:לכאורה|כביכול|לטענת|על\\s+פי\\s+החשד)${WHOLE_AFTER}`, example: "חברת התעופה ביטלה לכאורה הזמנה של שנים עשר מטוסים." }],
  plain: ["ראש העיר התפטר ביום שלישי.", "לפי מחקר, תה עוזר לשינה רגועה."],
};
