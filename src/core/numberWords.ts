/**
 * Numbers written as words, per language: one table for every reader of figures (number drift reads English figures
 * in words; a text counting "five independent outlets" is read in each language listed here). Each table holds the words for
 * one to twenty, the tens, a hundred and a thousand, with the forms a language inflects them in ("две", "двух";
 * "pięciu") and the spellings it has two of ("catorze", "quatorze"). English keeps no hundred or thousand here: drift
 * reads those as scales after a figure ("twelve hundred").
 */
const TABLES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  en: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
    fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
    fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  de: {
    eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13,
    vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40,
    fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, tausend: 1000,
  },
  fr: {
    un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13,
    quatorze: 14, quinze: 15, seize: 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, vingt: 20, trente: 30, quarante: 40,
    cinquante: 50, soixante: 60, "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90, cent: 100,
    mille: 1000,
  },
  es: {
    uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13,
    catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, treinta: 30, cuarenta: 40,
    cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100, mil: 1000,
  },
  it: {
    uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12,
    tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19, venti: 20, trenta: 30,
    quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90, cento: 100, mille: 1000,
  },
  pt: {
    um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12,
    treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezesseis: 16, dezasseis: 16, dezessete: 17, dezassete: 17, dezoito: 18,
    dezenove: 19, dezanove: 19, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80,
    noventa: 90, cem: 100, cento: 100, mil: 1000,
  },
  nl: {
    een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
    dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20, dertig: 30,
    veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90, honderd: 100, duizend: 1000,
  },
  sv: {
    en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12, tretton: 13,
    fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19, tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50,
    sextio: 60, sjuttio: 70, åttio: 80, nittio: 90, hundra: 100, tusen: 1000,
  },
  // Polish counts in the nominative and in the genitive a noun after "of" or a verb takes ("pięciu niezależnych źródeł").
  pl: {
    jeden: 1, jedna: 1, jedno: 1, jednego: 1, jednej: 1, dwa: 2, dwie: 2, dwaj: 2, dwóch: 2, dwu: 2, dwoma: 2, trzy: 3, trzej: 3,
    trzech: 3, trzema: 3, cztery: 4, czterej: 4, czterech: 4, pięć: 5, pięciu: 5, sześć: 6, sześciu: 6, siedem: 7, siedmiu: 7,
    osiem: 8, ośmiu: 8, dziewięć: 9, dziewięciu: 9, dziesięć: 10, dziesięciu: 10, jedenaście: 11, jedenastu: 11, dwanaście: 12,
    dwunastu: 12, trzynaście: 13, trzynastu: 13, czternaście: 14, czternastu: 14, piętnaście: 15, piętnastu: 15, szesnaście: 16,
    szesnastu: 16, siedemnaście: 17, siedemnastu: 17, osiemnaście: 18, osiemnastu: 18, dziewiętnaście: 19, dziewiętnastu: 19,
    dwadzieścia: 20, dwudziestu: 20, trzydzieści: 30, trzydziestu: 30, czterdzieści: 40, czterdziestu: 40, pięćdziesiąt: 50,
    pięćdziesięciu: 50, sześćdziesiąt: 60, sześćdziesięciu: 60, siedemdziesiąt: 70, siedemdziesięciu: 70, osiemdziesiąt: 80,
    osiemdziesięciu: 80, dziewięćdziesiąt: 90, dziewięćdziesięciu: 90, sto: 100, stu: 100, tysiąc: 1000, tysiące: 1000, tysięcy: 1000,
  },
  ru: {
    один: 1, одна: 1, одно: 1, одного: 1, одной: 1, два: 2, две: 2, двух: 2, двум: 2, двумя: 2, три: 3, трёх: 3, трех: 3, трём: 3,
    трем: 3, тремя: 3, четыре: 4, четырёх: 4, четырех: 4, четырьмя: 4, пять: 5, пяти: 5, шесть: 6, шести: 6, семь: 7, семи: 7,
    восемь: 8, восьми: 8, девять: 9, девяти: 9, десять: 10, десяти: 10, одиннадцать: 11, одиннадцати: 11, двенадцать: 12,
    двенадцати: 12, тринадцать: 13, тринадцати: 13, четырнадцать: 14, четырнадцати: 14, пятнадцать: 15, пятнадцати: 15,
    шестнадцать: 16, шестнадцати: 16, семнадцать: 17, семнадцати: 17, восемнадцать: 18, восемнадцати: 18, девятнадцать: 19,
    девятнадцати: 19, двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30, сорок: 40, сорока: 40, пятьдесят: 50,
    пятидесяти: 50, шестьдесят: 60, шестидесяти: 60, семьдесят: 70, семидесяти: 70, восемьдесят: 80, восьмидесяти: 80,
    девяносто: 90, девяноста: 90, сто: 100, ста: 100, тысяча: 1000, тысячи: 1000, тысяч: 1000,
  },
  // Ukrainian writes its apostrophe three ways ("п'ять", "п’ять", "пʼять"): every form is listed with each (withApostrophes).
  uk: {
    один: 1, одна: 1, одне: 1, одного: 1, однієї: 1, два: 2, дві: 2, двох: 2, двом: 2, двома: 2, три: 3, трьох: 3, трьом: 3,
    трьома: 3, чотири: 4, чотирьох: 4, чотирьом: 4, "п'ять": 5, "п'яти": 5, шість: 6, шести: 6, сім: 7, семи: 7, вісім: 8,
    восьми: 8, "дев'ять": 9, "дев'яти": 9, десять: 10, десяти: 10, одинадцять: 11, одинадцяти: 11, дванадцять: 12,
    дванадцяти: 12, тринадцять: 13, тринадцяти: 13, чотирнадцять: 14, чотирнадцяти: 14, "п'ятнадцять": 15, "п'ятнадцяти": 15,
    шістнадцять: 16, шістнадцяти: 16, сімнадцять: 17, сімнадцяти: 17, вісімнадцять: 18, вісімнадцяти: 18, "дев'ятнадцять": 19,
    "дев'ятнадцяти": 19, двадцять: 20, двадцяти: 20, тридцять: 30, тридцяти: 30, сорок: 40, сорока: 40, "п'ятдесят": 50,
    "п'ятдесяти": 50, шістдесят: 60, шістдесяти: 60, сімдесят: 70, сімдесяти: 70, вісімдесят: 80, вісімдесяти: 80,
    "дев'яносто": 90, "дев'яноста": 90, сто: 100, ста: 100, тисяча: 1000, тисячі: 1000, тисяч: 1000,
  },
  // Turkish and Indonesian write eleven to nineteen and the tens as two words ("on beş", "dua puluh").
  tr: {
    bir: 1, iki: 2, üç: 3, dört: 4, beş: 5, altı: 6, yedi: 7, sekiz: 8, dokuz: 9, on: 10, "on bir": 11, "on iki": 12, "on üç": 13,
    "on dört": 14, "on beş": 15, "on altı": 16, "on yedi": 17, "on sekiz": 18, "on dokuz": 19, yirmi: 20, otuz: 30, kırk: 40,
    elli: 50, altmış: 60, yetmiş: 70, seksen: 80, doksan: 90, yüz: 100, bin: 1000,
  },
  id: {
    satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11,
    "dua belas": 12, "tiga belas": 13, "empat belas": 14, "lima belas": 15, "enam belas": 16, "tujuh belas": 17,
    "delapan belas": 18, "sembilan belas": 19, "dua puluh": 20, "tiga puluh": 30, "empat puluh": 40, "lima puluh": 50,
    "enam puluh": 60, "tujuh puluh": 70, "delapan puluh": 80, "sembilan puluh": 90, seratus: 100, seribu: 1000,
  },
};

/** A table with each word holding an apostrophe also under the language's other apostrophes ("п'ять", "п’ять", "пʼять"). */
function withApostrophes(table: Readonly<Record<string, number>>): Readonly<Record<string, number>> {
  return Object.fromEntries(Object.entries(table).flatMap(([w, n]) => (w.includes("'") ? ["'", "’", "ʼ"].map((a) => [w.replaceAll("'", a), n] as const) : [[w, n] as const])));
}

export const NUMBER_WORDS: Readonly<Record<string, Readonly<Record<string, number>>>> = Object.fromEntries(
  Object.entries(TABLES).map(([language, table]) => [language, withApostrophes(table)]),
);

/** A language's number words as a regular-expression alternation, longest first ("seventeen" before "seven"). */
export function numberWordAlternation(language: string): string {
  return Object.keys(NUMBER_WORDS[language] ?? {}).sort((a, b) => b.length - a.length).join("|");
}
