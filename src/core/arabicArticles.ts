/** The Arabic article as romanised names write it before a name ("al-Baghuz", "ar-Raqqa"), for every stage that folds it away. */

/**
 * Arabic article prefixes written before a name with a hyphen (`al-Baghuz`, `ar-Raqqa`). The article is dropped so
 * `al-Baghuz` and `Baghouz` compare equal. `any` prefixes are dropped whatever follows; `capital` ones (assimilated
 * sun-letter forms that are also English words) only before a capitalised name, so "at-risk" keeps its "at".
 */
export const ARTICLE_PREFIXES: readonly { prefix: string; when: "any" | "capital" }[] = [
  { prefix: "al", when: "any" },
  { prefix: "el", when: "any" },
  { prefix: "ul", when: "any" },
  { prefix: "ad", when: "capital" },
  { prefix: "ar", when: "capital" },
  { prefix: "as", when: "capital" },
  { prefix: "ash", when: "capital" },
  { prefix: "at", when: "capital" },
  { prefix: "az", when: "capital" },
  { prefix: "an", when: "capital" },
];
