/**
 * Words and signs that name a currency, per currency, in the languages claimtrail reads: a figure of one currency and a
 * figure of another count different things ("30 lakh dollars" and "22 lakh rupees" are no retelling of each other,
 * whatever their sentences share). Lower case, matched whole (the counted noun after a figure, or the sign before it).
 */
const CURRENCY_WORDS: Readonly<Record<string, readonly string[]>> = {
  dollar: ["$", "us$", "a$", "c$", "nz$", "hk$", "usd", "dollar", "dollars", "dólar", "dólares", "dollaro", "dollari", "dolar", "dolara", "dolary", "dolarów", "dolarů", "доллар", "доллара", "долларов", "долар", "долара", "доларів", "دولار", "دولارات", "دولاراً", "ڈالر", "ڈالرز", "دلار", "डॉलर", "ডলার"],
  euro: ["€", "eur", "euro", "euros", "euró", "евро", "євро", "يورو", "یورو", "यूरो"],
  pound: ["£", "gbp", "pound", "pounds", "sterling", "sterlina", "sterline", "funt", "funtów", "funty", "فنت"],
  rupee: ["₹", "rs", "inr", "pkr", "rupee", "rupees", "roupie", "roupies", "rupia", "rupie", "روپے", "روپیہ", "روپیے", "روپئے", "روبية", "रुपये", "रुपए", "रुपया", "रुपयों", "টাকা"],
  dinar: ["dinar", "dinars", "dinara", "dinari", "دينار", "دينارا", "دنانير", "دینار"],
  riyal: ["riyal", "riyals", "rial", "rials", "ريال", "ريالات", "ریال"],
  dirham: ["dirham", "dirhams", "درهم", "دراهم"],
  lira: ["₺", "try", "tl", "lira", "liras", "lire", "lirası", "ليرة", "ليرات", "لیر"],
  yen: ["¥", "jpy", "yen", "円"],
  yuan: ["cny", "rmb", "yuan", "renminbi", "元"],
  ruble: ["₽", "rub", "ruble", "rubles", "rouble", "roubles", "рубль", "рубля", "рублей", "rubli", "rubel"],
  zloty: ["pln", "zł", "zloty", "złoty", "złotych", "złote"],
  hryvnia: ["uah", "hryvnia", "гривня", "гривні", "гривень"],
  rupiah: ["idr", "rp", "rupiah"],
  peso: ["peso", "pesos"],
  real: ["brl", "r$", "real", "reais"],
  franc: ["chf", "franc", "francs", "franken", "franchi"],
};

const CURRENCY_OF = new Map(Object.entries(CURRENCY_WORDS).flatMap(([currency, words]) => words.map((w) => [w.normalize("NFC"), currency] as const)));

/** The currency a counted noun or sign names ("rupees", "روپے", "€" → "rupee", "rupee", "euro"), or undefined for any other word. */
export function currencyOf(noun: string): string | undefined {
  return CURRENCY_OF.get(noun.normalize("NFC").toLowerCase());
}
