/** A role's place or body and the person's name after it ("the mayor of Eastbrook Tom Halvik"): where one ends and the other begins, on evidence only. */
import { isKnownGivenName, namesAPerson } from "../../core/nlp.ts";
import { escapeRegExp } from "../../core/text.ts";
import { isPlace } from "../gazetteer.ts";
import type { SpeakerContext } from "./types.ts";

/** A full name of two or three capitalised words ("Ann Ray", "Ana Ruiz Vega"), as a pattern's source. */
export const CAPITALISED_NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}`;

/** Where a clause ends after a name (punctuation or the text's end), as a pattern's source. */
export const CLAUSE_END = String.raw`\s*(?:[.,;:!?)—–]|$)`;

/** A full name of two or three capitalised words that ends the clause, as a pattern's source. */
export const FOLLOWING_NAME = `${CAPITALISED_NAME}${CLAUSE_END}`;

/** "Of" as a role is of a place or body in the languages with frames ("il sindaco di", "the mayor of", "le maire de"), with an article after some. */
const ROLE_OF_WORDS = String.raw`(?:of|di|de|del|della|dello|dei|degli|delle|du|des|do|da|dos|das|von|van|der)(?:\s+(?:the|la|le|les|el|los|las|il|lo|gli|die|das|a|o|os|as))?`;

/** A role that ends on "of" ("il sindaco di", "the mayor of", "le maire de"): a place or body follows. */
export const ROLE_OF = new RegExp(String.raw`\s${ROLE_OF_WORDS}$`, "u");

/** "Of" opening a text before a capitalised word ("von | Nordheim Ilse Brand"), with the spaces after it. */
export const ROLE_OF_OPENING = new RegExp(String.raw`^${ROLE_OF_WORDS}\s+(?=\p{Lu})`, "u");

/** A word (group 1, the role noun to check) and its "of" before a capitalised word, anywhere in a text ("maire de | Villefranche"). */
export const WORD_THEN_ROLE_OF = new RegExp(String.raw`(?<![\p{L}’'-])(\p{L}[\p{L}-]*)\s+${ROLE_OF_WORDS}\s+(?=\p{Lu})`, "gu");

/** One capitalised word of a place's or body's name. */
const PLACE_WORD = String.raw`\p{Lu}[\p{L}’'-]*`;

/**
 * After a role's "of", per number of words of the place or body (three, two, one: a longer place first): the place or
 * body (group 1), an adjective of the role written after the body (group 2: "la ministra del Lavoro tedesca Katrin
 * Vollmer"), a comma or a space (group 3), then a following name (group 4).
 */
const PLACE_THEN_NAME = [3, 2, 1].map(
  (words) => new RegExp(String.raw`^(${PLACE_WORD}(?:\s+${PLACE_WORD}){${words - 1}})(\s+\p{Ll}[\p{L}’'-]*)?(,\s*|\s+)(?=(${CAPITALISED_NAME})${CLAUSE_END})`, "u"),
);

/** A split of the words after a role's "of": the first `length` characters are the place or body (`place`, with an adjective of the role after it), then the person's `name`. */
export interface PlaceThenName {
  length: number;
  place: string;
  name: string;
}

/**
 * True when a given name compromise's lexicon knows opens `name` and is the only one before its surname: none in the
 * place ("di Ostra Lia | Maria Vento" or "di Ostra | Lia Maria Vento" cannot be told apart), none in the middle of the
 * name. A surname may be spelt like a given name ("Claire Martin"), and is not asked.
 */
function givenNameOpens(place: string, name: string): boolean {
  const words = name.split(/\s+/u);
  return isKnownGivenName(words[0] as string) && ![...place.split(/\s+/u), ...words.slice(1, -1)].some(isKnownGivenName);
}

/** True when `text` writes the full `name` somewhere without `place` right before it ("… Odile Marchand a ajouté"). */
function writtenApart(name: string, place: string, text: string): boolean {
  const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "gu");
  for (const m of text.matchAll(pattern)) if (!text.slice(Math.max(0, m.index - place.length - 8), m.index).replace(/[\s,]+$/u, "").endsWith(place)) return true;
  return false;
}

/**
 * The text after a role's "of" ("the mayor of | Ellon, Ann Ray", "la maire de | Villefranche Odile Marchand"): the place
 * or body and the person's name after it, where the words say where one ends and the other begins — a comma, a place the
 * gazetteer knows, a portfolio, one given name compromise's lexicon knows opening the name (it holds given names of many
 * languages; givenNameOpens), a person the article has named so already or writes elsewhere without the place before the name, or in
 * English what compromise reads as a person. Without such
 * evidence the split is a guess ("the governor of New South Wales") and null is returned; undefined where the words have
 * no such shape. A longer place is tried first.
 */
export function placeThenName(text: string, ctx: SpeakerContext): PlaceThenName | null | undefined {
  let shaped = false;
  for (const pattern of PLACE_THEN_NAME) {
    const of = pattern.exec(text);
    const ofWhat = of?.[1];
    const name = of?.[4];
    if (!of || !ofWhat || !name) continue;
    shaped = true;
    const portfolio = (ctx.lang.frames.portfolios ?? []).includes((ofWhat.split(/\s+/u)[0] ?? "").toLowerCase());
    // An adjective after the body is the role's only where the body is a portfolio ("del Lavoro tedesca"); after a place it
    // may start the clause's next words.
    if (of[2] && !portfolio) continue;
    const evidence =
      (of[3] ?? "").includes(",") ||
      isPlace(ofWhat) ||
      portfolio ||
      givenNameOpens(ofWhat, name) ||
      ctx.book.findNamed(name)?.type === "named" ||
      writtenApart(name, ofWhat, ctx.masked) ||
      (ctx.lang.frames.language === "en" && namesAPerson(text.slice(of[0].length)));
    if (evidence) return { length: of[0].length, place: `${ofWhat}${of[2] ?? ""}`, name };
  }
  return shaped ? null : undefined;
}
