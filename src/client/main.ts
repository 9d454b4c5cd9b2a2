/** The explorer's entry point (grows in the explorer issue): fetches the case list and shows it as text. */

interface CaseSummary {
  id: string;
  title: string;
  articles: number;
}

async function main(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const res = await fetch("/api/cases");
  const { cases } = (await res.json()) as { cases: CaseSummary[] };
  const list = document.createElement("ul");
  for (const c of cases) {
    const li = document.createElement("li");
    li.textContent = `${c.title} — ${c.articles} articles`;
    list.append(li);
  }
  root.replaceChildren(list);
}

void main();
