/** Safe DOM building: text only ever goes in through textContent, links only for http(s) URLs. Article text is untrusted web content. */

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (never `on*` handlers or `style`) and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (/^on/i.test(name) || name === "style" || name === "href" || name === "src") throw new Error(`explorer: attribute '${name}' must be set through a safe helper`);
    el.setAttribute(name, value === true ? "" : value);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === "string" ? document.createTextNode(c) : c);
  return el;
}

/** The URL when it is an absolute http(s) address, else undefined: `javascript:`, `data:` and relative strings never become links. */
export function safeHttpUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link for a safe URL (opens in a new tab without opener), or the raw value as plain text. */
export function linkOrText(raw: string | undefined, text = raw ?? ""): HTMLElement {
  const url = safeHttpUrl(raw);
  if (!url) return h("span", { class: "unsafe-url", title: "not an http(s) address: shown as text" }, text);
  const a = h("a", { target: "_blank", rel: "noopener noreferrer nofollow" }, text);
  a.href = url;
  return a;
}

/** Empties an element. */
export function clear(el: Element): void {
  el.replaceChildren();
}

/** An element of index.html by id; a missing one is a fault of the page, named. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`explorer: element #${id} is missing from index.html`);
  return el as T;
}
