/** Findings panel: every finding in plain words; choosing one highlights its articles and edges. */
import type { Finding } from "../../graph/types.ts";
import type { CaseData } from "../data.ts";
import { labelOf } from "../data.ts";
import { h } from "../dom.ts";
import { FINDING_TITLES } from "../palette.ts";

export interface FindingsPanelOptions {
  data: CaseData;
  selected?: string;
  onSelect(finding: Finding | undefined): void;
}

/** Renders the findings list into `root`. */
export function renderFindings(root: HTMLElement, { data, selected, onSelect }: FindingsPanelOptions): void {
  if (data.findings.length === 0) {
    root.replaceChildren(h("p", { class: "empty" }, "No findings for this case yet: the graph shows every relation found between the articles."));
    return;
  }
  const list = h("ol", { class: "findings" });
  for (const f of data.findings) {
    const active = f.id === selected;
    const button = h(
      "button",
      { type: "button", class: `finding finding-${f.type}`, "aria-pressed": active ? "true" : "false", "data-finding": f.id },
      h("strong", {}, FINDING_TITLES[f.type] ?? f.type),
      h("span", { class: "explanation" }, f.explanation),
      h("span", { class: "involved" }, f.articles.map((a) => labelOf(data, a)).join(" · ")),
    );
    button.addEventListener("click", () => onSelect(active ? undefined : f));
    list.append(h("li", {}, button));
  }
  root.replaceChildren(h("p", { class: "hint" }, "Choose a finding to see it in the picture. Esc clears."), list);
}
