/** Arabic stance words (clitics such as ال, و, ب attach to words: cues match inside words). */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const ar: StanceWords = {
  ...NEGATION_WORDS.ar,
  debunk: [
    { cue: "كاذب|كاذبة", example: "هذا الخبر كاذب." },
    { cue: "زائف|زائفة|مزيف|مزيفة", example: "الصورة مزيفة." },
    { cue: "شائعة|شائعات", example: "نفت الوزارة الشائعات." },
    { cue: "ساخر|ساخرة|سخرية", example: "نشر الخبر موقع ساخر.", satire: true },
    { cue: "مفبرك|مفبركة|فبركة", example: "التصريح مفبرك." },
    { cue: "خدعة|خدع", example: "كانت الدراسة خدعة." },
    { cue: "مضلل|مضللة|تضليل", example: "العنوان مضلل." },
    { cue: "نفى|نفت|ينفي|تنفي", example: "نفت البلدية الخبر." },
    { cue: "لا دليل|لا يوجد دليل", example: "لا دليل على هذا اللقاء." },
    { cue: "غير صحيح|غير صحيحة", example: "هذا الكلام غير صحيح." },
    { cue: "مزحة|دعابة", example: "كانت الجائزة مزحة.", satire: true },
  ],
  hedge: [
    // "The attributed statement", "it is alleged": words passed on as someone's without vouching for them.
    { cue: "المنسوب|المنسوبة|يُزعم|يزعم", example: "انتشر التصريح المنسوب إلى رئيس البلدية على مواقع التواصل." },
    // "claimed" (زعم: told as the claimant's, whom the writer does not follow), and "claims that" (ادعاءات بأن، مزاعم بأن:
    // as English "the claim that"; "this claim is not new" only points back), whole words with a joined conjunction or
    // article; not the public prosecutor (الادعاء العام) nor leaders (زعماء).
    { cue: "(?<![\\p{L}])[وف]?(?:زعم|زعمت|زعموا|تزعم|يزعمون|ادعى|ادعت|ادعوا)(?![\\p{L}])", example: "زعمت صحيفة محلية أن رئيس البلدية استقال من منصبه." },
    { cue: "(?<![\\p{L}])[وفب]?(?:ال)?(?:ادعاءات|ادعاء|مزاعم)(?:\\s+(?!العام(?![\\p{L}]))\\p{L}+)?\\s+ب?أن(?![\\p{L}])", example: "عادت ادعاءات قديمة بأن رئيس البلدية يملك قصرا في الجبل." },
    { cue: "لم\\s+يتسن[ىَّ]*\\s+(?:لنا\\s+)?(?:التأكد|التحقق)|لم\\s+يتم\\s+(?:التأكد|التحقق)|لم\\s+يتأكد", example: "ألغت شركة الطيران طلبية اثنتي عشرة طائرة. ولم يتسن التأكد من الخبر." },
  ],
  // "The alleged …" (المزعوم، المزعومة): what the noun names is only alleged.
  alleged: [{ cue: "(?<![\\p{L}])[وفب]?(?:ال)?مزعوم(?:ة|ين|تين|ان)?(?![\\p{L}])", example: "حُلّت قضية الاختطاف المزعوم لطفل في الواحة." }],
  plain: ["استقال رئيس البلدية يوم الثلاثاء.", "قالت دراسة إن الجوز يساعد على النوم."],
};
