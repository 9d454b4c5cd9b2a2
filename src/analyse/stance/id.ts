/** Indonesian stance words. */
import { CONTRAST_WORDS } from "../../core/contrasts.ts";
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const id: StanceWords = {
  ...NEGATION_WORDS.id,
  debunk: [
    { cue: "(?:me)?ralat|koreksi", example: "Redaksi meralat berita tentang penutupan pelabuhan." },
    { cue: "hoaks|hoax", example: "Kabar soal jembatan itu hoaks." },
    { cue: "palsu", example: "Foto stadion itu palsu." },
    { cue: "(?:kabar )?bohong", example: "Pesan berantai itu kabar bohong." },
    { cue: "tidak benar", example: "Polisi menyatakan kabar itu tidak benar." },
    { cue: "keliru", example: "Klaim dalam unggahan itu keliru." },
    { cue: "menyesatkan", example: "Judul berita itu menyesatkan." },
    { cue: "satir(?:e)?|parodi|lelucon", example: "Artikel itu berasal dari situs satire.", satire: true },
    { cue: "rekayasa", example: "Kutipan itu hasil rekayasa." },
    { cue: "(?:dis|mis)informasi", example: "Para ahli menyebut unggahan itu disinformasi." },
    { cue: "(?:mem|di)bantah|bantahan", example: "Klub membantah laporan tersebut." },
    { cue: "tidak ada bukti", example: "Tidak ada bukti pertemuan itu terjadi." },
    { cue: "cek fakta", example: "Tim cek fakta menelusuri unggahan itu." },
  ],
  // Words that set the record straight: what they open a fact-check gives as true.
  correction: [
    { cue: "faktanya", example: "Faktanya, jembatan itu akan ditutup dua minggu." },
    { cue: "yang\\s+sebenarnya\\s+(?:dikatakan|disampaikan)", example: "Yang sebenarnya dikatakan wali kota adalah feri beroperasi hingga Mei." },
  ],
  possibility: [
    { cue: "mungkin|kemungkinan|tampaknya|sepertinya|berpotensi|bisa|dapat", example: "Kopi dengan ekstrak burdock dapat meredakan migrain." },
    { cue: "hasil\\s+awal|temuan\\s+awal|pendahuluan|pada\\s+(?:tikus|hewan)", example: "Pil itu membalikkan penuaan pada tikus." },
  ],
  condition: [{ cue: "jika|jikalau|kalau|apabila|asalkan", example: "Jika penelitian itu benar, kopi dapat meredakan migrain." }],
  contrast: CONTRAST_WORDS.id,
  fabrication: [
    { cue: "(?:menyebarkan|penyebaran|menyebar|penyebar)\\s+(?:(?:berita|kabar|cerita|informasi)\\s+bohong|hoa(?:ks?|x))(?:\\s+(?:alias|atau)\\s+(?:hoa(?:ks?|x)|kabar\\s+bohong))?", example: "Ajun Komisaris Raka didakwa menyebarkan berita bohong alias hoaks soal kebakaran sekolah Cemara." },
    { cue: "merekayasa\\s+cerita|(?:membuat|mengarang)\\s+cerita\\s+bohong|mengaku\\s+berbohong", example: "Penyanyi itu mengaku berbohong soal serangan di Kota Baru." },
  ],
  // The noun a debunk adjective follows may stand between ("contra las noticias falsas").
  topicPreposition: [{ cue: "(?:melawan|memerangi|tentang|soal|terkait|mengenai|perang\\s+(?:melawan|terhadap))(?:\\s+\\p{L}+)?", example: "Kampanye melawan hoaks digelar di Kota Baru pada hari Senin." }],
  aboutPreposition: [{ cue: "tentang|soal|terkait|mengenai", example: "Pengadilan memeriksa berita bohong tentang tukang roti Raka." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts).
  proposition: [
    { cue: "(?:kabar|isu|berita|informasi|klaim)\\s+bahwa|kabarnya", example: "Beredar kabar bahwa jembatan Harlow runtuh pada Senin pagi." },
    { cue: "(?:menyebut(?:kan)?|mengklaim|melaporkan|memberitakan|menulis)\\s+bahwa", example: "Harian Tessby memberitakan bahwa jembatan Harlow runtuh pada Senin pagi." },
    // A message's words printed after a colon ("pesan yang berbunyi: “P”", "bertuliskan: P"): what the message claims, told as its words; a person's
    // quotation after a speech verb is no such frame.
    { cue: "(?:berbunyi|bertuliskan|isinya|sebagai\\s+berikut)\\s*:\\s*[“\"«]?", example: "Pesan berantai itu berbunyi: “Jembatan Harlow runtuh pada Senin pagi”." },
    // What people believed, said or rumoured, no one vouching for it (StanceCue.belief).
    { cue: "(?:diyakini|dipercaya|konon|disebut-sebut)\\s+bahwa", example: "Selama berminggu-minggu diyakini bahwa jembatan Harlow runtuh saat badai.", belief: true },
  ],
  admission: [{ cue: "mengakui|akhirnya\\s+mengaku", example: "Pria yang menyebut bahwa jembatan Harlow runtuh akhirnya mengakui dia berbohong." }],
  complementiser: "bahwa",
  plain: ["Wali kota mengundurkan diri pada hari Selasa.", "Menurut sebuah studi, teh membantu tidur lebih nyenyak."],
};
