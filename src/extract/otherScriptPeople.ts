/**
 * One person whose name one article of a case writes in Latin letters and another in its own script ("Dmitry Volkov",
 * "Дмитрий Волков"; "Ahmed al-Khatib", "أحمد الخطيب"; "Kim Min-jun", "김민준"; "John Smith", "ジョン・スミス"): each
 * name is read as a key of how it sounds in the other script's way of writing (a spelling key), and a name in another
 * script takes the key of the one Latin name of the case with the same spelling key. Every part of the name must
 * agree, and the name must be long enough to tell one person: a surname alone, or a short name, meets no one.
 */
import { inLatin, kanaInLatin, nameSkeleton, plainLatinLetters } from "../core/latin.ts";
import { soundedInKana } from "../core/outlets.ts";

/** The scripts a name is read across: each writes Latin names its own way, so each has its own spelling key. */
export type NameScript = "alphabetic" | "arabic" | "hangul" | "kana";

/** Fewest letters of a name's spelling key (the letters of its parts together) that tell one person from another. */
const MIN_KEY_LETTERS = 5;

/** The script a name is written in when it is one this module reads across, or "latin"; undefined for anything else (kanji, Han, a mix). */
export function nameScript(name: string): NameScript | "latin" | undefined {
  const letters = name.replace(/[^\p{L}]/gu, "");
  if (letters === "") return undefined;
  if (/^\p{Script=Latin}+$/u.test(letters)) return "latin";
  if (/^[\p{Script=Cyrillic}\p{Script=Greek}]+$/u.test(letters)) return "alphabetic";
  if (/^\p{Script=Arabic}+$/u.test(letters)) return "arabic";
  if (/^\p{Script=Hangul}+$/u.test(letters)) return "hangul";
  if (/^[\p{Script=Katakana}ー]+$/u.test(letters)) return "kana";
  return undefined;
}

/** A name's parts: split on spaces, hyphens, and the dots and equals signs katakana parts a foreign name with. */
function parts(name: string): string[] {
  return name.split(/[\s\-‐‑・･=＝·]+/u).filter((p) => /\p{L}/u.test(p));
}

/** A part's last vowel as a class ("Petrov" none, "Petrova" a; "Arkady", "Arkadiy" i): a skeleton alone drops it, and it tells Ivan from Ivana. */
function endingOf(latin: string): string {
  const last = plainLatinLetters(latin).slice(-1);
  return last === "y" ? "i" : "aeiou".includes(last) && last !== "" ? last : "";
}

/** Parts joined as a key: each part's skeleton and ending; undefined when the name has fewer than two parts or too few letters. */
function joined(keys: readonly { skeleton: string; ending: string }[], sorted: boolean): string | undefined {
  if (keys.length < 2 || keys.some((k) => k.skeleton === "")) return undefined;
  if (keys.reduce((n, k) => n + k.skeleton.length, 0) < MIN_KEY_LETTERS) return undefined;
  const each = keys.map((k) => `${k.skeleton}${k.ending ? `+${k.ending}` : ""}`);
  return (sorted ? [...each].sort() : each).join(" ");
}

/**
 * Cyrillic letters English news spells otherwise than the transliterator: ц as "ts" ("Vorontsov", not "Voroncov"), х
 * as "kh" ("Kharitonov", not "Haritonov").
 */
const CYRILLIC_AS_NEWS: Readonly<Record<string, string>> = { ц: "ts", Ц: "Ts", х: "kh", Х: "Kh" };

/**
 * A part of a name in Latin letters as the romanisations of Cyrillic and Greek meet, its vowels kept (they are written
 * in both scripts, and "Dean" is not "Dan"): the letter pairs one letter is spelt with one ("kh", "zh", "ts", "ch",
 * "sh"), y and j the same i, a glide opening a word left out ("Yevgeny", "Evgeny"), doubled letters one ("Dmitriy",
 * "Dmitry"; "Kovalskyy", "Kovalsky"). h and g are one: Ukrainian г is "h" ("Hrytsenko"), and Russian writes a foreign
 * h as г.
 */
function alphabeticSpelling(latin: string): string {
  return plainLatinLetters(latin)
    .replace(/tsch|t[sz]/g, "c")
    .replace(/sch|sh/g, "s")
    .replace(/ch/g, "c")
    .replace(/kh/g, "k")
    .replace(/zh/g, "z")
    .replace(/h/g, "g")
    .replace(/x/g, "ks")
    .replace(/w/g, "v")
    .replace(/[yj]/g, "i")
    .replace(/^i(?=[aeou])/, "")
    .replace(/(.)\1+/g, "$1");
}

/** Cyrillic or Greek, transliterated, against a Latin name: each part's spelling (alphabeticSpelling), in any order (Russian may put the surname first). */
function alphabeticKey(name: string, latin: boolean): string | undefined {
  const spelt = parts(name).map((p) => (latin ? p : inLatin(p.replace(/[цЦхХ]/gu, (c) => CYRILLIC_AS_NEWS[c] ?? c))));
  if (spelt.length < 2 || spelt.reduce((n, l) => n + nameSkeleton(l).length, 0) < MIN_KEY_LETTERS) return undefined;
  return spelt.map(alphabeticSpelling).sort().join(" ");
}

/** Arabic words that join a name's parts ("bin", "ibn", "bint"): romanisations spell them every way, or leave them out. */
const ARABIC_LINKS = new Set(["بن", "ابن", "بنت"]);
const LATIN_LINKS = new Set(["bin", "ben", "ibn", "bint", "al", "el", "ul"]);

/** The ending an Arabic word's last letter writes: alef, alef maksura and ta marbuta an a; ya an i; waw a u. */
function arabicEnding(word: string): string {
  const w = word.replace(/ء$/u, "");
  if (/[اىة]$/u.test(w)) return "a";
  if (/ي$/u.test(w)) return "i";
  if (/و$/u.test(w)) return "u";
  return "";
}

/**
 * A skeleton as Arabic and its romanisations meet: any first vowel is "a" (Arabic opens "Omar", "Ibrahim" with alef or
 * ain), and w stays: a written long u ("Saoud", "سعود") tells a name from one without it ("Saad", "سعد").
 */
function arabicSkeleton(latin: string): string {
  const s = nameSkeleton(latin);
  return /^[aeiou]/.test(s) ? `a${s.slice(1)}` : s;
}

/** An Arabic name: the article and a clitic left out ("الخطيب", "والخطيب" → "خطيب"; "وأحمد" → "أحمد"), and "bin" or "ibn". */
function arabicKey(name: string): string | undefined {
  const keys = parts(name)
    .filter((w) => !ARABIC_LINKS.has(w))
    .map((w) => {
      // A clitic before the article ("والخطيب") or before a hamza on alef ("وأحمد"), which no name opens with.
      const stem = w.replace(/^(?:[وفبك]?ال|لل)(?=\p{L}{2})/u, "").replace(/^[وف](?=[أإآ])/u, "");
      const opened = stem.replace(/^[أإآاع]/u, "a");
      return { skeleton: arabicSkeleton(inLatin(opened)), ending: arabicEnding(stem) };
    });
  return joined(keys, false);
}

/** A Latin name as its Arabic spelling would read: its article ("al-", "ash-") and links dropped, "Abdul Rahman" as "Abd Rahman", "ou" the long u. */
function latinArabicKey(name: string): string | undefined {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’ʿʾ`]/gu, "")
    .split(/\s+/u)
    .flatMap((w) => w.replace(/^(?:al|el|ul|as|ash|at|ath|ad|adh|an|ar|az)-/u, "").replace(/^abd(?:ul|el|al|ur|ar|us|as|an|ad|ash)?-?/u, "abd ").split(/[\s-]+/u))
    .filter((w) => w !== "" && !LATIN_LINKS.has(w));
  return joined(
    words.map((w) => ({ skeleton: arabicSkeleton(w.replace(/o[uo]/g, "w")), ending: endingOf(w) })),
    false,
  );
}

/**
 * Korean surnames and the ways news writes them in Latin letters: a surname is spelt by convention ("Lee", "Park",
 * "Choi"), not by any romanisation of its sounds.
 */
const KOREAN_SURNAMES: Readonly<Record<string, readonly string[]>> = {
  김: ["kim", "gim"], 이: ["lee", "yi", "rhee", "i"], 박: ["park", "bak", "pak"], 최: ["choi", "choe"], 정: ["jung", "jeong", "chung"],
  강: ["kang", "gang"], 조: ["cho", "jo"], 윤: ["yoon", "yun"], 장: ["jang", "chang"], 임: ["lim", "im", "rim"], 한: ["han"],
  오: ["oh", "o"], 서: ["seo", "suh"], 신: ["shin", "sin"], 권: ["kwon", "gwon"], 황: ["hwang"], 안: ["ahn", "an"], 송: ["song"],
  류: ["ryu", "yoo", "yu"], 유: ["yoo", "yu"], 홍: ["hong"], 전: ["jeon", "jun", "chun"], 고: ["ko", "go"], 문: ["moon", "mun"],
  양: ["yang"], 손: ["son", "sohn"], 배: ["bae"], 백: ["baek", "paik"], 허: ["heo", "huh"], 노: ["noh", "roh"], 남: ["nam"],
  심: ["shim", "sim"], 하: ["ha"], 곽: ["kwak", "gwak"], 성: ["sung", "seong"], 차: ["cha"], 주: ["joo", "ju"], 우: ["woo"],
  구: ["koo", "gu"], 민: ["min"], 진: ["jin", "chin"], 나: ["na", "ra"], 지: ["ji"], 채: ["chae"], 원: ["won"], 천: ["cheon", "chun"],
  방: ["bang"], 공: ["kong", "gong"], 현: ["hyun", "hyeon"], 함: ["ham"], 변: ["byun", "byeon"], 염: ["yeom"], 여: ["yeo", "yuh"],
};

/** The Korean surnames each Latin spelling may write. */
const SURNAMES_BY_SPELLING: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [hangul, spellings] of Object.entries(KOREAN_SURNAMES)) for (const s of spellings) out.set(s, [...(out.get(s) ?? []), hangul]);
  return out;
})();

/** Fewest letters of a Korean given name, folded (koreanSounds), that tell it. */
const MIN_KOREAN_GIVEN = 3;

/**
 * A Korean given name in Latin letters as the romanisations meet ("Hyun-woo", "Hyeon-u"; "Jung-hoon", "Jeong-hun"):
 * the vowels news spells in several ways one (eo, eu, oo, u; ae, e), the glides after a consonant and an h ending a
 * syllable left out, the consonants Korean does not tell apart at a word's start one (g and k, d and t, b and p, r and l, j and ch).
 */
function koreanSounds(latin: string): string {
  return plainLatinLetters(latin)
    .replace(/eo|eu|oo/g, "u")
    .replace(/wu/g, "u")
    .replace(/ae/g, "e")
    .replace(/ee/g, "i")
    .replace(/([^aeiou])[wy](?=[aeiou])/g, "$1")
    .replace(/h(?![aeiou])/g, "")
    .replace(/ch/g, "j")
    .replace(/sh/g, "s")
    .replace(/g/g, "k")
    .replace(/d/g, "t")
    .replace(/b/g, "p")
    .replace(/r/g, "l")
    .replace(/(.)\1+/g, "$1");
}

function koreanKey(surname: string, given: string): string | undefined {
  const sounds = koreanSounds(given);
  return sounds.length >= MIN_KOREAN_GIVEN ? `${surname} ${sounds}` : undefined;
}

/** A Hangul name: its first syllable the surname when it is a known one, the rest the given name, romanised. */
function hangulKeys(name: string): string[] {
  const letters = name.replace(/[^\p{Script=Hangul}]/gu, "");
  const surname = letters.slice(0, 1);
  if (letters.length < 2 || !KOREAN_SURNAMES[surname]) return [];
  const key = koreanKey(surname, inLatin(letters.slice(1)));
  return key ? [key] : [];
}

/** A Latin name as its Hangul spelling would read: the surname first ("Kim Min-jun") or last ("Min-jun Kim"). */
function latinHangulKeys(name: string): string[] {
  const words = name.toLowerCase().split(/\s+/u).filter(Boolean);
  if (words.length < 2) return [];
  const out: string[] = [];
  for (const [surname, given] of [
    [words[0], words.slice(1)],
    [words[words.length - 1], words.slice(0, -1)],
  ] as const) {
    for (const hangul of SURNAMES_BY_SPELLING.get((surname ?? "").replace(/[^a-z]/g, "")) ?? []) {
      const key = koreanKey(hangul, given.join(""));
      if (key) out.push(key);
    }
  }
  return [...new Set(out)];
}

/** A katakana name of two parts or more as it sounds (core/outlets.ts soundedInKana); its romanisation the same way. */
function kanaKey(name: string, latin: boolean): string | undefined {
  if (parts(name).length < 2) return undefined;
  const sounds = soundedInKana(latin ? name : kanaInLatin(name));
  return sounds && sounds.length >= MIN_KEY_LETTERS ? sounds : undefined;
}

/**
 * The spelling keys of a name as `script` would write it: a name of that script read in its own way, a Latin name as
 * that script's spelling of it would read. Empty when the name is too short or has too few parts to tell one person.
 */
export function spellingKeys(name: string, script: NameScript): string[] {
  const latin = nameScript(name) === "latin";
  const one = (k: string | undefined): string[] => (k ? [k] : []);
  switch (script) {
    case "alphabetic":
      return one(alphabeticKey(name, latin));
    case "arabic":
      return one(latin ? latinArabicKey(name) : arabicKey(name));
    case "hangul":
      return latin ? latinHangulKeys(name) : hangulKeys(name);
    case "kana":
      return one(kanaKey(name, latin));
  }
}

/**
 * For each name written in another script, the one Latin name of `names` it spells (by their keys in `names`): only
 * where exactly one Latin name meets it and no other name of its script meets that Latin name.
 */
export function otherScriptSpellings(names: ReadonlyMap<string, string>): Map<string, string> {
  const latinNames = [...names].filter(([, n]) => nameScript(n) === "latin");
  const others = [...names].flatMap(([k, n]) => {
    const script = nameScript(n);
    return script && script !== "latin" ? [{ key: k, script, keys: new Set(spellingKeys(n, script)) }] : [];
  });
  if (latinNames.length === 0 || others.length === 0) return new Map();
  // The Latin names by their spelling keys, once per script the case writes a name in.
  const latinByKey = new Map<NameScript, Map<string, Set<string>>>();
  for (const script of new Set(others.map((o) => o.script))) {
    const byKey = new Map<string, Set<string>>();
    for (const [k, n] of latinNames) for (const sk of spellingKeys(n, script)) byKey.set(sk, (byKey.get(sk) ?? new Set()).add(k));
    latinByKey.set(script, byKey);
  }
  const matches = new Map<string, string[]>();
  for (const o of others) {
    if (o.keys.size === 0) continue;
    matches.set(o.key, [...new Set([...o.keys].flatMap((sk) => [...(latinByKey.get(o.script)?.get(sk) ?? [])]))]);
  }
  const out = new Map<string, string>();
  const metBy = new Map<string, number>();
  for (const met of matches.values()) for (const k of met) metBy.set(k, (metBy.get(k) ?? 0) + 1);
  for (const [key, met] of matches) {
    const target = met[0];
    if (met.length === 1 && target !== undefined && metBy.get(target) === 1) out.set(key, target);
  }
  return out;
}
