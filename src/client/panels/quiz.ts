/** The quiz bar under the picture: the claim, question 1 (an article: clicked in the picture or picked from the list), question 2 (a number), the verdicts and the revealed answers; text only. */
import type { CaseData } from "../data.ts";
import { h } from "../dom.ts";
import { countVerdict, originVerdict, revealedText, type QuizKey } from "../quiz.ts";
import type { QuizState } from "../state.ts";

/** What the quiz bar's controls do. */
export interface QuizActions {
  open(): void;
  pick(article: string): void;
  count(n: number): void;
  reveal(): void;
  story(): void;
  close(): void;
}

function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`explorer: element #${id} is missing from index.html; expected the quiz bar`);
  return found as T;
}

/** A verdict on the class's answer, followed by the answer itself once revealed (unless they had it right). */
function answer(id: string, verdict: { right: boolean; text: string } | undefined, revealed: string | undefined): void {
  const p = el(id);
  p.textContent = [verdict?.text, verdict?.right ? undefined : revealed].filter(Boolean).join(" ");
  p.classList.toggle("right", verdict?.right === true);
  p.classList.toggle("wrong", verdict?.right === false);
}

/** Brings the bar up to date: hidden without a quiz; the list of articles is rebuilt only for a new claim. */
export function renderQuiz(data: CaseData | undefined, key: QuizKey | undefined, quiz: QuizState | undefined): void {
  const on = !!quiz && !!key && !!data;
  el("quiz").hidden = !on;
  document.body.classList.toggle("quiz", on);
  el("quiz-open").setAttribute("aria-pressed", String(on));
  if (!on) return;
  el("quiz-claim").textContent = `“${key.wording}”`;
  const select = el<HTMLSelectElement>("quiz-article");
  if (select.dataset.claim !== key.claim) {
    select.replaceChildren(h("option", { value: "" }, "— choose an article —"), ...key.choices.map((c) => h("option", { value: c.key }, c.name)));
    select.dataset.claim = key.claim;
  }
  select.value = quiz.picked ?? "";
  const revealed = quiz.revealed ? revealedText(data, key) : undefined;
  answer("quiz-article-answer", quiz.picked ? originVerdict(data, key, quiz.picked) : undefined, revealed?.origin);
  const count = el<HTMLInputElement>("quiz-count");
  if (quiz.count !== undefined && document.activeElement !== count) count.value = String(quiz.count);
  if (quiz.count === undefined && !quiz.revealed) count.value = "";
  answer("quiz-count-answer", quiz.count !== undefined ? countVerdict(key, quiz.count) : undefined, revealed?.count);
  el<HTMLButtonElement>("quiz-reveal").disabled = quiz.revealed;
  el("quiz-head").textContent = quiz.revealed ? "Quiz · the answers, lit in the picture, with the arrows' kinds" : "Quiz · the arrows' kinds and the findings are hidden";
}

/** Connects the bar's controls, once. */
export function wireQuiz(a: QuizActions): void {
  el("quiz-open").addEventListener("click", () => a.open());
  el<HTMLSelectElement>("quiz-article").addEventListener("change", (e) => {
    const v = (e.target as HTMLSelectElement).value;
    if (v) a.pick(v);
  });
  const count = el<HTMLInputElement>("quiz-count");
  const check = () => {
    const n = Number(count.value);
    if (count.value.trim() !== "" && Number.isInteger(n) && n >= 0) a.count(n);
  };
  el("quiz-check").addEventListener("click", check);
  count.addEventListener("keydown", (e) => {
    if (e.key === "Enter") check();
  });
  el("quiz-reveal").addEventListener("click", () => a.reveal());
  el("quiz-story").addEventListener("click", () => a.story());
  el("quiz-close").addEventListener("click", () => a.close());
}
