/** Arabic stance words (clitics such as ال, و, ب attach to words: cues match inside words). */
import type { StanceWords } from "./types.ts";

export const ar: StanceWords = {
  language: "ar",
  wordBoundaries: false,
  debunk: [
    { cue: "كاذب|كاذبة", example: "هذا الخبر كاذب." },
    { cue: "زائف|زائفة|مزيف|مزيفة", example: "الصورة مزيفة." },
    { cue: "شائعة|شائعات", example: "نفت الوزارة الشائعات." },
    { cue: "ساخر|ساخرة|سخرية", example: "نشر الخبر موقع ساخر." },
    { cue: "مفبرك|مفبركة|فبركة", example: "التصريح مفبرك." },
    { cue: "خدعة|خدع", example: "كانت الدراسة خدعة." },
    { cue: "مضلل|مضللة|تضليل", example: "العنوان مضلل." },
    { cue: "نفى|نفت|ينفي|تنفي", example: "نفت البلدية الخبر." },
    { cue: "لا دليل|لا يوجد دليل", example: "لا دليل على هذا اللقاء." },
    { cue: "غير صحيح|غير صحيحة", example: "هذا الكلام غير صحيح." },
    { cue: "مزحة|دعابة", example: "كانت الجائزة مزحة." },
  ],
  negation: [
    // Whole words, a conjunction joined before them ("ولم", "فلا"): Arabic is read without word boundaries, and "لن" is
    // also the letters inside "النورس", "لا" those inside "إعلان".
    { cue: "(?<![\\p{L}])[وف]?(?:لم|لن|ليس|ليست)(?![\\p{L}])", example: "لم يستقل رئيس البلدية." },
    { cue: "(?<![\\p{L}])[وف]?لا(?![\\p{L}])", example: "لا يساعد الشوكولاتة على النوم." },
  ],
  hedge: [
    // "The alleged / attributed statement": words passed on as someone's without vouching for them.
    { cue: "المزعوم|المزعومة|المنسوب|المنسوبة|يُزعم|يزعم", example: "انتشر التصريح المنسوب إلى رئيس البلدية على مواقع التواصل." },
    { cue: "لم\\s+يتسن[ىَّ]*\\s+(?:لنا\\s+)?(?:التأكد|التحقق)|لم\\s+يتم\\s+(?:التأكد|التحقق)|لم\\s+يتأكد", example: "ألغت شركة الطيران طلبية اثنتي عشرة طائرة. ولم يتسن التأكد من الخبر." },
  ],
  plain: ["استقال رئيس البلدية يوم الثلاثاء.", "قالت دراسة إن الجوز يساعد على النوم."],
};
