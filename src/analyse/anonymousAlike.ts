/**
 * Anonymous sources of several articles that speak from one institution ("una fuente del Gobierno", "fuentes
 * gubernamentales", "una fuente del Ejecutivo", "fuentes del Ministerio de Hacienda"): nothing in the texts tells
 * whether they are several people or one source who talked to several papers, so they cannot count as independent
 * confirmations. Each article's anonymous source is a node of its own (keyed per article); this module says which of
 * them may be one. The institution is read from the source's own words with per-language data (frames
 * `institutions`, else the language's organisation cues); sources of different institutions, or of one kind of
 * institution with different names (two ministries), are never taken for one, and a source naming no institution
 * ("a source close to the talks") is like no other.
 */
import { institutionOf, sameInstitution, type SourceInstitution } from "../extract/institutions.ts";

/** One anonymous source as the grouping needs it: its key, the article it is keyed for, its words and their language. */
export interface AnonymousSource {
  key: string;
  article: string;
  name: string;
  language: string;
}

/** Anonymous sources of several articles that may be one, with the institution they speak from (sources in the order given). */
export interface AlikeGroup {
  institution: SourceInstitution;
  sources: string[];
}

/**
 * Groups of anonymous sources of different articles that may be one: each source joins the first group it may belong
 * to (one of every member's institution, no member of its own article — one article's two sources are two as the
 * writer knew them), in the order given. Only groups of two or more.
 */
export function alikeGroups(sources: readonly AnonymousSource[]): AlikeGroup[] {
  const groups: { institution: SourceInstitution; members: { source: AnonymousSource; institution: SourceInstitution }[] }[] = [];
  for (const source of sources) {
    const institution = institutionOf(source.name, source.language);
    if (!institution) continue;
    const group = groups.find((g) => g.members.every((m) => m.source.article !== source.article && m.source.key !== source.key && sameInstitution(m.institution, institution)));
    if (group) {
      group.members.push({ source, institution });
      // The group is named by its broadest member: a ministry's source and a government source speak from the government.
      if (institution.kind === "government" && group.institution.kind !== "government") group.institution = institution;
    } else groups.push({ institution, members: [{ source, institution }] });
  }
  return groups.filter((g) => g.members.length > 1).map((g) => ({ institution: g.institution, sources: g.members.map((m) => m.source.key) }));
}

/** Plain words for an institution ("the government", "the ministry (Hacienda)", "the police"). */
export function institutionWords(institution: SourceInstitution): string {
  const base = institution.kind.startsWith("org:") ? `the ${institution.kind.slice(4)}` : institution.kind === "intelligence" ? "the intelligence services" : `the ${institution.kind}`;
  return institution.name ? `${base} (${institution.name})` : base;
}
