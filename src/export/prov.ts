/** The whole graph as W3C PROV-JSON (W3C Member Submission "PROV-JSON", 2013): articles and claims as entities, outlets and sources as agents. */
import type { DatePrecision } from "../core/dates.ts";
import type { EdgeAttrs, NodeAttrs, ProvenanceGraph, ReviewMark, SourceType } from "../graph/types.ts";
import { isLive } from "../review/live.ts";

/** A PROV-JSON typed literal (`{"$": value, "type": datatype}`) or a plain JSON string, number or boolean. */
export type ProvLiteral = string | number | boolean | { $: string; type?: string; lang?: string };

/** The attributes of a PROV record: `prov:*` or `ct:*` names to values (several values as an array). */
export type ProvAttributes = Record<string, ProvLiteral | ProvLiteral[]>;

/** A PROV-JSON document with the record kinds claimtrail writes. */
export interface ProvDocument {
  prefix: Record<string, string>;
  entity: Record<string, ProvAttributes>;
  agent: Record<string, ProvAttributes>;
  wasDerivedFrom: Record<string, ProvAttributes>;
  wasAttributedTo: Record<string, ProvAttributes>;
  wasInfluencedBy: Record<string, ProvAttributes>;
}

/** The namespace of claimtrail's own terms (types and attributes). */
export const CT_NAMESPACE = "urn:claimtrail:terms:";

// PROV-DM §5.7.2 types qualified-name values as prov:QUALIFIED_NAME (xsd:QName is not meant for values); PROV-JSON writes them as typed literals.
const qname = (name: string): ProvLiteral => ({ $: name, type: "prov:QUALIFIED_NAME" });

// A date keeps its precision as an XML Schema type: a month-only date is an xsd:gYearMonth, never a made-up day.
const DATE_TYPES: Record<DatePrecision, string> = { year: "xsd:gYear", month: "xsd:gYearMonth", day: "xsd:date", time: "xsd:dateTime" };

const AGENT_TYPES: Record<Exclude<SourceType, "document">, string> = { named: "prov:Person", anonymous: "prov:Agent", organisation: "prov:Organization" };

// Graph keys carry their kind (`outlet:`, `source:`, `claim:`); article ids do not. Each kind gets its own prefix.
const PREFIX_OF: Record<NodeAttrs["kind"], string> = { article: "article", outlet: "outlet", source: "source", claim: "claim" };

/** Builds the QName of every node: `<kind prefix>:<local>`, the local part reduced to characters every PROV serialisation accepts, made unique. */
function qnames(graph: ProvenanceGraph): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  graph.forEachNode((key, a) => {
    const prefix = PREFIX_OF[a.kind];
    const bare = key.startsWith(`${prefix}:`) ? key.slice(prefix.length + 1) : key;
    const local = bare.replace(/[^A-Za-z0-9_.-]+/g, "_").replace(/^[.-]/, "_") || "_";
    let name = `${prefix}:${local}`;
    for (let i = 2; taken.has(name); i++) name = `${prefix}:${local}_${i}`;
    taken.add(name);
    names.set(key, name);
  });
  return names;
}

/** Serialises the graph as a PROV-JSON document. Findings are not PROV and are left out (they stay in the graph JSON). */
export function toProvJson(graph: ProvenanceGraph): ProvDocument {
  const caseId = encodeURIComponent(graph.getAttribute("case") ?? "case");
  const doc: ProvDocument = {
    prefix: {
      ct: CT_NAMESPACE,
      schema: "https://schema.org/",
      article: `urn:claimtrail:case:${caseId}:article:`,
      outlet: `urn:claimtrail:case:${caseId}:outlet:`,
      source: `urn:claimtrail:case:${caseId}:source:`,
      claim: `urn:claimtrail:case:${caseId}:claim:`,
      said: `urn:claimtrail:case:${caseId}:said:`,
    },
    entity: {},
    agent: {},
    wasDerivedFrom: {},
    wasAttributedTo: {},
    wasInfluencedBy: {},
  };
  const names = qnames(graph);
  const id = (key: string): string => names.get(key) ?? key;
  let counter = 0;
  const relation = (map: Record<string, ProvAttributes>, attrs: ProvAttributes): void => {
    map[`_:r${++counter}`] = attrs;
  };

  graph.forEachNode((key, a) => {
    switch (a.kind) {
      case "article": {
        const e: ProvAttributes = { "prov:type": qname("schema:NewsArticle"), "prov:label": a.label, "ct:file": a.file, "ct:outletInferred": a.outletInferred, "ct:dateLabel": a.dateLabel };
        if (a.title) e["ct:title"] = a.title;
        if (a.url) e["ct:url"] = a.url;
        if (a.published && a.datePrecision) {
          e["ct:published"] = { $: a.published, type: DATE_TYPES[a.datePrecision] };
          e["ct:datePrecision"] = a.datePrecision;
          e["ct:dateEstimated"] = a.dateEstimated ?? false;
        }
        doc.entity[id(key)] = e;
        break;
      }
      case "claim":
        doc.entity[id(key)] = {
          "prov:type": qname("ct:Claim"), "prov:label": a.label, "ct:text": a.text,
          "ct:articleCount": a.articles.length, "ct:outletCount": a.outletCount, "ct:independentSources": a.independentSources,
        };
        break;
      case "outlet":
        doc.agent[id(key)] = { "prov:type": qname("prov:Organization"), "prov:label": a.label, "ct:outletKind": a.outletKind, "ct:inCase": a.inCase };
        break;
      case "source":
        // A document is a thing, not someone who acts: it is an entity and can be a primary source itself.
        if (a.sourceType === "document") doc.entity[id(key)] = { "prov:type": qname("ct:Document"), "prov:label": a.label, "ct:sourceType": a.sourceType };
        else {
          const ag: ProvAttributes = { "prov:type": qname(AGENT_TYPES[a.sourceType]), "prov:label": a.label, "ct:sourceType": a.sourceType };
          if (a.role) ag["ct:role"] = a.role;
          doc.agent[id(key)] = ag;
        }
        break;
    }
  });

  // Derivations link entities; an agent (a person, an outlet outside the case) is reached through the entity of what it
  // said or reported, attributed to it: `said:<agent>`.
  const said = (key: string): string => {
    const q = id(key);
    if (q in doc.entity) return q;
    const s = `said:${q.replace(":", ".")}`;
    if (!(s in doc.entity)) {
      const a = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
      const label = a?.label ?? key;
      const isOutlet = a?.kind === "outlet";
      doc.entity[s] = { "prov:type": qname(isOutlet ? "ct:Report" : "ct:Testimony"), "prov:label": isOutlet ? `${label}'s report (not in the case)` : `What ${label} said` };
      relation(doc.wasAttributedTo, { "prov:entity": s, "prov:agent": q });
    }
    return s;
  };
  const derived = (generated: string, used: string, e: EdgeAttrs, extra: ProvAttributes = {}): void =>
    relation(doc.wasDerivedFrom, { "prov:generatedEntity": id(generated), "prov:usedEntity": used, "ct:edgeKind": e.kind, ...(e.review ? { "ct:review": e.review } : {}), ...extra });

  // A person's reviews (src/review): each reviewer is an agent, each review an entity attributed to them, naming the
  // relation it checked, added or rejected. A rejected relation is not stated as a derivation.
  const reviewer = (name: string): string => {
    doc.prefix.reviewer ??= `urn:claimtrail:case:${caseId}:reviewer:`;
    const q = `reviewer:${name.replace(/[^A-Za-z0-9_.-]+/g, "_").replace(/^[.-]/, "_") || "_"}`;
    doc.agent[q] ??= { "prov:type": qname("prov:Person"), "prov:label": name, "ct:role": "reviewer" };
    return q;
  };
  const recordReviews = (what: string, marks: readonly ReviewMark[] | undefined, status: string | undefined): void => {
    for (const m of marks ?? []) {
      doc.prefix.review ??= `urn:claimtrail:case:${caseId}:review:`;
      const q = `review:${m.id.replace(/[^A-Za-z0-9_.-]+/g, "_")}`;
      doc.entity[q] ??= {
        "prov:type": qname("ct:Review"), "prov:label": `${m.action} by ${m.reviewer}`, "ct:action": m.action, "ct:reviewed": what, ...(status ? { "ct:status": status } : {}),
        "prov:generatedAtTime": { $: m.at, type: "xsd:dateTime" }, ...(m.reason ? { "ct:reason": m.reason } : {}),
      };
      relation(doc.wasAttributedTo, { "prov:entity": q, "prov:agent": reviewer(m.reviewer), "prov:type": qname("ct:Review") });
    }
  };
  graph.forEachEdge((key, e) => recordReviews(key, e.reviews, e.review));
  graph.forEachNode((key, a) => {
    if (a.kind === "source" || a.kind === "outlet") recordReviews(key, a.reviews, a.review);
  });

  graph.forEachEdge((_key, e, source, target) => {
    if (!isLive(e)) return;
    switch (e.kind) {
      case "published_by":
        relation(doc.wasAttributedTo, { "prov:entity": id(source), "prov:agent": id(target), "ct:edgeKind": e.kind });
        break;
      case "republishes":
        relation(doc.wasAttributedTo, { "prov:entity": id(source), "prov:agent": id(target), "prov:type": qname("ct:Syndication"), "ct:edgeKind": e.kind });
        break;
      case "cites":
        derived(source, said(target), e, { "prov:type": qname("ct:Citation"), "ct:frame": e.frame, ...(e.citedDate ? { "ct:citedDate": e.citedDate } : {}) });
        break;
      case "copies":
        derived(source, said(target), e, { "ct:direction": e.direction, ...(e.credited !== undefined ? { "ct:credited": e.credited } : {}), "ct:passages": e.passages.length });
        break;
      case "quotes_same":
      case "alters_quote":
        // PROV-DM's Quotation is a derivation subtype; PROV-JSON writes `wasQuotedFrom` as a derivation with prov:type prov:Quotation.
        derived(source, said(target), e, { "prov:type": qname("prov:Quotation"), "ct:direction": e.direction, "ct:altered": e.kind === "alters_quote" });
        break;
      case "quotes":
        // `hadPrimarySource` is likewise a derivation with prov:type prov:PrimarySource.
        derived(source, said(target), e, { "prov:type": qname("prov:PrimarySource"), ...(e.via ? { "ct:via": e.via } : {}) });
        break;
      case "asserts":
        relation(doc.wasInfluencedBy, { "prov:influencee": id(source), "prov:influencer": id(target), "prov:type": qname("ct:Asserts") });
        break;
    }
  });

  // What the provenance stage concluded about each claim: its first appearances and the primary sources it rests on.
  graph.forEachNode((key, a) => {
    if (a.kind !== "claim") return;
    for (const o of a.origins) if (graph.hasNode(o)) relation(doc.wasDerivedFrom, { "prov:generatedEntity": id(key), "prov:usedEntity": id(o), "prov:type": qname("ct:FirstAppearance") });
    for (const p of a.primarySources) if (graph.hasNode(p)) relation(doc.wasDerivedFrom, { "prov:generatedEntity": id(key), "prov:usedEntity": said(p), "prov:type": qname("prov:PrimarySource") });
  });
  return doc;
}
