/** The explorer's editing controls (workspace mode): create, rename and delete a case; add an article by pasting, uploading or URL. Text only ever enters the page through textContent. */
import { addAddresses, describeBatch, splitAddresses, type WriteError } from "./addressBatch.ts";
import { authHeaders, hasWriteToken } from "./api.ts";
import { h } from "./dom.ts";

interface WorkspaceInfo {
  writable: boolean;
  /** A shared server (beyond loopback): changes need the token of the link it printed. */
  tokenRequired?: boolean;
  /** This tab sent a token the server accepts. */
  hasToken?: boolean;
  uploadBytes: number;
  formats: string[];
}

/** Sends a write and returns the parsed answer, or throws an Error with the server's message and status (and the duplicate's id on 409). */
async function write(method: string, path: string, body?: unknown): Promise<{ id?: string }> {
  const init: RequestInit = { method, headers: { Accept: "application/json", ...authHeaders() } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.headers = { ...init.headers, "Content-Type": "application/json" };
    init.body = JSON.stringify(body);
  }
  const res = await fetch(path, init);
  if (res.status === 204) return {};
  const json = (await res.json().catch(() => ({}))) as { id?: string; error?: { message?: string; duplicate?: { id: string } } };
  if (!res.ok) {
    const dup = json.error?.duplicate?.id;
    const error: WriteError = new Error(dup ? `Already in this case as '${dup}'; not added twice.` : (json.error?.message ?? `${res.status} ${res.statusText}`));
    error.status = res.status;
    throw error;
  }
  return json;
}

const seg = encodeURIComponent;

/** Where the report of several addresses waits across the reload that shows the new articles (this tab only). */
const BATCH_REPORT_KEY = "claimtrail.addAddressesReport";

/** Takes the waiting report, if any (storage may be unavailable: then there is none). */
function takeBatchReport(): string | undefined {
  try {
    const report = sessionStorage.getItem(BATCH_REPORT_KEY) ?? undefined;
    sessionStorage.removeItem(BATCH_REPORT_KEY);
    return report;
  } catch {
    return undefined;
  }
}

/** Reloads the explorer on a case (the explorer reads the case from the address). */
function show(caseId: string | undefined): void {
  location.search = caseId ? `?case=${seg(caseId)}` : "";
}

function field(label: string, input: HTMLElement): HTMLElement {
  return h("label", { class: "ws-field" }, `${label} `, input);
}

/**
 * Corrections of one article's outlet, date and title, and its deletion (workspace mode). Corrections are stored apart
 * from what was extracted; an empty field leaves a value as it is.
 */
export function articleEditor(caseId: string, articleId: string, current: { outlet?: string; published?: string; title?: string }): HTMLElement {
  const message = h("p", { class: "ws-message", role: "status" });
  const outlet = h("input", { type: "text", placeholder: current.outlet ?? "", "aria-label": "Corrected outlet" });
  const published = h("input", { type: "text", placeholder: current.published ?? "2019-03-28", "aria-label": "Corrected publication date" });
  const title = h("input", { type: "text", placeholder: current.title ?? "", "aria-label": "Corrected title" });
  const save = h("button", { type: "button" }, "Save corrections");
  const del = h("button", { type: "button", class: "ws-danger" }, "Delete article");
  const run = (action: () => Promise<void>) => {
    message.textContent = "Working…";
    action().catch((e: unknown) => (message.textContent = (e as Error).message));
  };
  save.addEventListener("click", () =>
    run(async () => {
      const body: Record<string, string> = {};
      if (outlet.value.trim()) body.outlet = outlet.value.trim();
      if (published.value.trim()) body.published = published.value.trim();
      if (title.value.trim()) body.title = title.value.trim();
      if (Object.keys(body).length === 0) throw new Error("Type a corrected outlet, date or title first.");
      await write("PATCH", `/api/cases/${seg(caseId)}/articles/${seg(articleId)}`, body);
      show(caseId);
    }),
  );
  del.addEventListener("click", () =>
    run(async () => {
      if (!confirm(`Delete article '${articleId}' from this case?`)) return;
      await write("DELETE", `/api/cases/${seg(caseId)}/articles/${seg(articleId)}`);
      show(caseId);
    }),
  );
  return h(
    "details",
    { class: "ws-article" },
    h("summary", {}, "Correct or delete this article"),
    h("div", { class: "ws-group" }, field("Outlet", outlet), field("Published", published), field("Title", title), save, del),
    message,
  );
}

/** Adds the controls to `parent` when the server has a writable workspace, and says whether it has; a read-only server gets a badge. */
export async function mountWorkspace(parent: HTMLElement, currentCase: () => string | undefined): Promise<boolean> {
  const res = await fetch("/api/workspace", { headers: { Accept: "application/json", ...authHeaders() } }).catch(() => undefined);
  if (!res?.ok) return false;
  const info = (await res.json()) as WorkspaceInfo;
  if (!info.writable) {
    parent.append(h("span", { class: "ws-readonly", title: "This server shows cases without a store to write to (case folders, or --read-only): nothing can be added or changed here" }, "Read-only"));
    return false;
  }
  if (info.tokenRequired && !info.hasToken) {
    const why = hasWriteToken()
      ? "The token of the link you opened is not this server's: a new one is made each time it starts. Ask whoever runs it for the current link with ?token=."
      : "This shared server lets you read. To add or change cases, ask whoever runs it for the link with ?token= that it printed at start.";
    parent.append(h("span", { class: "ws-readonly", title: why }, hasWriteToken() ? "Read-only: token out of date" : "Read-only: ask for the link with the token"));
    return false;
  }
  const message = h("p", { class: "ws-message", role: "status" });
  const run = (action: () => Promise<void>) => {
    message.textContent = "Working…";
    action().catch((e: unknown) => (message.textContent = (e as Error).message));
  };

  const newTitle = h("input", { type: "text", placeholder: "Title of the new case", "aria-label": "Title of the new case" });
  const create = h("button", { type: "button" }, "Create case");
  create.addEventListener("click", () => run(async () => show((await write("POST", "/api/cases", { title: newTitle.value })).id)));

  const rename = h("input", { type: "text", placeholder: "New title", "aria-label": "New title of this case" });
  const renameBtn = h("button", { type: "button" }, "Rename");
  renameBtn.addEventListener("click", () => run(async () => {
    const c = currentCase();
    if (!c) throw new Error("No case is open.");
    await write("PATCH", `/api/cases/${seg(c)}`, { title: rename.value });
    show(c);
  }));
  const del = h("button", { type: "button", class: "ws-danger" }, "Delete case");
  del.addEventListener("click", () => run(async () => {
    const c = currentCase();
    if (!c || !confirm(`Delete case '${c}' and all its articles? This cannot be undone.`)) return void (message.textContent = "");
    await write("DELETE", `/api/cases/${seg(c)}`);
    show(undefined);
  }));

  const text = h("textarea", { rows: "5", placeholder: "Paste the article's text (or HTML)", "aria-label": "Article text" });
  const file = h("input", { type: "file", accept: info.formats.join(","), "aria-label": "Article file" });
  const url = h("textarea", { rows: "2", placeholder: "https://… (the server fetches the page once; several addresses, one a line, add one article each)", "aria-label": "Article address" });
  const outlet = h("input", { type: "text", "aria-label": "Outlet" });
  const published = h("input", { type: "text", placeholder: "2019-03-28", "aria-label": "Publication date" });
  const title = h("input", { type: "text", "aria-label": "Article title" });
  const add = h("button", { type: "button" }, "Add article");
  add.addEventListener("click", () => run(async () => {
    const c = currentCase();
    if (!c) throw new Error("Open or create a case first.");
    const meta: Record<string, string> = {};
    if (outlet.value.trim()) meta.outlet = outlet.value.trim();
    if (published.value.trim()) meta.published = published.value.trim();
    if (title.value.trim()) meta.title = title.value.trim();
    const picked = file.files?.[0];
    const addresses = splitAddresses(url.value);
    if (addresses.length > 1) {
      if (picked || text.value.trim()) throw new Error("A pasted text or a file goes with one address; give several addresses on their own.");
      if (Object.keys(meta).length > 0) throw new Error("Outlet, date and title belong to one article; leave them empty to add several addresses.");
      const report = await addAddresses(
        addresses,
        async (address) => void (await write("POST", `/api/cases/${seg(c)}/articles`, { url: address })),
        (done, total) => (message.textContent = done < total ? `Adding ${done + 1} of ${total}…` : "Reloading…"),
      );
      // Nothing added: the report stays on screen; otherwise the message is shown after the case reloads.
      if (report.added === 0) throw new Error(describeBatch(report, addresses.length));
      try {
        sessionStorage.setItem(BATCH_REPORT_KEY, describeBatch(report, addresses.length));
      } catch {
        // No storage: the new articles still show; only the report is lost.
      }
      return show(c);
    }
    let body: unknown;
    if (picked) {
      if (picked.size > info.uploadBytes) throw new Error(`The file is larger than ${(info.uploadBytes / 1024 / 1024).toFixed(0)} MB.`);
      const form = new FormData();
      form.append("file", picked, picked.name);
      for (const [k, v] of Object.entries(meta)) form.append(k, v);
      if (url.value.trim()) form.append("url", url.value.trim());
      body = form;
    } else if (text.value.trim()) {
      const isHtml = /^\s*</.test(text.value);
      body = { ...(isHtml ? { html: text.value } : { text: text.value }), ...meta, ...(url.value.trim() ? { url: url.value.trim() } : {}) };
    } else if (addresses.length === 1) {
      body = { url: addresses[0], ...meta };
    } else throw new Error("Paste a text, choose a file or give an address.");
    await write("POST", `/api/cases/${seg(c)}/articles`, body);
    show(c);
  }));

  const panel = h(
    "details",
    { class: "ws", id: "workspace" },
    h("summary", {}, "Edit"),
    // A drop-down like the filters: opening it never changes the size of the picture underneath.
    h(
      "div",
      { class: "ws-body" },
      h("div", { class: "ws-group" }, h("strong", {}, "Case"), field("New", newTitle), create, field("Rename", rename), renameBtn, del),
      h("div", { class: "ws-group" }, h("strong", {}, "Add an article"), text, field("or file", file), field("or address(es)", url), field("Outlet", outlet), field("Published", published), field("Title", title), add),
      message,
    ),
  );
  const waiting = takeBatchReport();
  if (waiting) {
    message.textContent = waiting;
    panel.open = true;
  }
  parent.append(panel);
  return true;
}
