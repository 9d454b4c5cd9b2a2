/** Highlights in an article body: turns overlapping offset spans into flat segments, then into text nodes and <mark> elements (never HTML). */

export interface Mark {
  start: number;
  end: number;
  /** CSS class, e.g. "quotation", "attribution", "reuse-alters_quote". */
  cls: string;
  title?: string;
  /** Sets data-edge on the mark so a click can open the comparison. */
  edge?: string;
}

export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/** Splits [0, length) at every mark boundary; each segment lists the marks covering it. O(m log m + segments × overlap). */
export function segments(length: number, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= length && m.start < m.end);
  const cuts = new Set<number>([0, length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    active = active.filter((m) => m.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) {
      const m = byStart[next++]!;
      if (m.end > start) active.push(m);
    }
    out.push({ start, end, marks: [...active] });
  }
  return out;
}

/** Renders a body with its marks into a container, paragraph breaks kept as line breaks by CSS (white-space: pre-wrap). */
export function renderMarked(container: HTMLElement, body: string, marks: readonly Mark[]): void {
  const frag = document.createDocumentFragment();
  for (const seg of segments(body.length, marks)) {
    const text = body.slice(seg.start, seg.end);
    if (seg.marks.length === 0) {
      frag.append(document.createTextNode(text));
      continue;
    }
    const mark = document.createElement("mark");
    mark.className = seg.marks.map((m) => m.cls).join(" ");
    const titles = seg.marks.map((m) => m.title).filter(Boolean);
    if (titles.length) mark.title = titles.join("\n");
    const edge = seg.marks.find((m) => m.edge)?.edge;
    if (edge) {
      mark.dataset.edge = edge;
      mark.tabIndex = 0;
    }
    mark.textContent = text;
    frag.append(mark);
  }
  container.replaceChildren(frag);
}
