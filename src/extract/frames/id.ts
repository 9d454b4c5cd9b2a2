/** Indonesian reading data: «menurut X», «seperti dilansir X», «X melaporkan», «mengutip X», «kata … kepada X», «sumber di …». */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/**
 * Nouns that say the name after them is a publication ("media Turki X", "kantor berita X", "harian X"), kept as `cue`;
 * Malay's too ("akhbar", "agensi berita"), which core/languages.ts SAME_FRAMES reads with this data.
 */
const NOUN = "kantor\\s+berita|agensi\\s+berita|surat\\s+kabar|stasiun\\s+televisi|media\\s+daring|situs\\s+berita|portal\\s+berita|media|harian|koran|akhbar|tabloid|portal|situs|laman|majalah|televisi|kanal|agensi";
/**
 * The noun, and a country written after it ("media Turki", "kantor berita Indonesia") when a capitalised name follows, or
 * where the publication comes from, set off before its name ("harian asal Surabaya, Harian Surya").
 */
const CUE = `(?:(?<cue>${NOUN})\\s+(?:asal\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?,\\s+|\\p{Lu}\\p{Ll}+\\s+(?=\\p{Lu}\\p{L}*\\s+\\p{Lu}))?)`;

export const id: LanguageFrames = {
  language: "id",
  name: `(?:${DOMAIN}|${capitalisedName(["dan", "di", "of", "the"])})`,
  date: `(?:pada\\s+)?(?:hari\\s+)?(?<date>Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|\\d{1,2}\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\d{4})?)`,
  descriptor: `(?:media|harian|koran|kantor\\s+berita|portal|situs)\\s+(?:tersebut|itu)`,
  // Indonesian writes common nouns and verbs in small letters: a word in small letters ends a name.
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+\\p{Ll})`,
  frames: [
    { id: "id.menurut", frame: "according_to", allowUnknown: true, pattern: `${BOW}(?:[Mm]enurut|[Bb]erdasarkan\\s+(?:laporan|data|informasi))\\s+(?:(?:laporan|berita|data|informasi)\\s+)?${CUE}?{SRC}{END}`, example: "Gempa akan terjadi dalam sepekan, menurut media Turki Kabar Pagi.", expect: "Kabar Pagi" },
    { id: "id.dilansir", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:[Ss]eperti|[Ss]ebagaimana)\\s+(?:dilansir|diberitakan|dilaporkan|ditulis|dikutip)\\s+(?:oleh\\s+|dari\\s+)?${CUE}?{SRC}{END}`, example: "Pelabuhan ditutup, seperti dilansir harian Kabar Pagi.", expect: "Kabar Pagi" },
    // "…, dilansir dari Kabar Pagi", "Dilansir dari Kabar Pagi, …": the same credit without "seperti" (id.dilansir). Only
    // the verbs of the press ("lansir", "beritakan"): "dikutip dari" takes a person's words as often.
    { id: "id.dilansir_dari", frame: "reported", allowUnknown: true, pattern: `${BOW}(?<![Ss]eperti\\s|[Ss]ebagaimana\\s)(?:[Dd]ilansir|[Dd]iberitakan)\\s+(?:dari|oleh)\\s+${CUE}?{SRC}{END}`, example: "Pelabuhan ditutup, dilansir dari harian Kabar Pagi.", expect: "Kabar Pagi" },
    // Opening its sentence, with a comma after the name: "Dilansir Kabarpagi.com, Senin (3/2), warga itu …" (reported by X, …).
    { id: "id.dilansir_opening", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:Dilansir|Dikutip|Diberitakan)\\s+(?:dari\\s+|oleh\\s+)?${CUE}?{SRC}(?=\\s*,)`, example: "Dilansir Kabarpagi.com, Senin (3/2), warga itu mengunggah video.", expect: "Kabarpagi.com" },
    { id: "id.dilaporkan_oleh", frame: "reported_by", allowUnknown: true, pattern: `${BOW}(?:dilaporkan|diberitakan|dilansir|ditulis|diterbitkan|dimuat)\\s+(?:pertama\\s+kali\\s+)?(?:oleh|di|dalam)\\s+${CUE}?{SRC}{END}`, example: "Kabar itu pertama kali diberitakan oleh Kabar Pagi pada Senin.", expect: "Kabar Pagi" },
    // "melaporkan" is also to report someone to the police: a name before it that reports parties, accounts or spreaders,
    // or reports to the police or an election or anti-graft body ("Relawan Warga melaporkan tiga pihak …", "… melaporkan
    // akun itu ke Bareskrim"), is a complainant, not a newsroom.
    { id: "id.subject_reported", frame: "reported", allowUnknown: true, pattern: `{SRC}\\s+(?:memberitakan|mewartakan|melansir|menulis|melaporkan(?![^.;:!?"“”]{0,60}?(?:${BOW}(?:pihak|akun|oknum|penyebar|pembuat)${EOW}|\\bke\\s+(?:polisi|kepolisian|Polri|Polda|Polres|Polsek|Bareskrim|Kejaksaan|KPK|Bawaslu|Dewan\\s+Pers)${EOW})))${EOW}`, example: "Kabar Pagi melaporkan bahwa pelabuhan ditutup.", expect: "Kabar Pagi" },
    // "Dikutip dari X yang …" opening a sentence (quoted from X, which …): a credit formula, whose object is by convention
    // an outlet (one unknown word is taken); a longer unknown name may be a person quoted, so only with an outlet's evidence.
    // "Dilansir dari https://kabarpagi.id Pemerintah Kota …": an address after the cue names its site without the comma a name
    // needs to end; the host is the name.
    { id: "id.dikutip_dari_url", frame: "citing", allowUnknown: true, pattern: `${BOW}(?:[Dd]ikutip|[Dd]ilansir)\\s+dari\\s+(?:laman\\s+|situs\\s+)?https?://(?:www\\.)?{SRC}(?=[/\\s,.;:]|$)`, example: "Dilansir dari https://kabarpagi.id Pemerintah Kota Rawa menegaskan jembatan itu aman.", expect: "kabarpagi.id" },
    { id: "id.dikutip_dari_awal", frame: "citing", allowUnknown: true, needsEvidence: true, formula: true, pattern: `${BOW}(?:Dikutip|Dilansir)\\s+dari\\s+${CUE}?{SRC}{END}`, example: "Dikutip dari Kabar Pagi yang menghubungi juru bicara, pelabuhan tetap buka.", expect: "Kabar Pagi" },
    // "yang dikutip Kabarpagi.com dari Cek Fakta Timur" (quoted by X from Y): Y is where the words came from. X, the quoting
    // outlet, is often the article's own site spelt as its web address; read by id.dikutip_dari, and dropped there when it
    // is. A person may be quoted from too, and a desk's name reads like one: Y only with an outlet's evidence.
    { id: "id.dikutip_x_dari", frame: "citing", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:dikutip|dilansir)\\s+(?:[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*\\s+){1,4}?dari\\s+${CUE}?{SRC}{END}`, example: "Menurut penelusuran yang dikutip Kabarpagi.com dari Cek Fakta Timur, pesan itu keliru.", expect: "Cek Fakta Timur" },
    { id: "id.mengutip", frame: "citing", allowUnknown: false, pattern: `${BOW}(?:[Mm]engutip|[Dd]ikutip\\s+dari|[Mm]erujuk\\s+pada)\\s+${CUE}?{SRC}{END}`, example: "Kantor berita itu, mengutip Reuters, menyebut pelabuhan ditutup.", expect: "Reuters" },
    // "…," kata X dikutip KabarJatim.com dari podcast Y: the outlet that quoted the words, from where it heard them.
    { id: "id.dikutip_dari", frame: "reported_by", allowUnknown: false, pattern: `${BOW}(?:dikutip|dilansir)\\s+${CUE}?{SRC}(?=\\s+dari\\s)`, example: "\"Saya pulang,\" kata Budi dikutip Kabarpagi.com dari sebuah podcast.", expect: "Kabarpagi.com" },
    // "…, katanya kepada Antara": whom a speaker told; a person or an office may stand there, so only with a publication noun or the registry.
    { id: "id.kepada", frame: "told", allowUnknown: false, pattern: `${BOW}(?:{SAY})\\s+(?:[^,.;:!?"“”]{1,40}?\\s+)?kepada\\s+${CUE}?{SRC}{END}`, example: "\"Kami siap,\" kata gubernur kepada Reuters.", expect: "Reuters" },
    { id: "id.kepada_cue", frame: "told", allowUnknown: true, pattern: `${BOW}(?:{SAY})\\s+(?:[^,.;:!?"“”]{1,40}?\\s+)?kepada\\s+${CUE}{SRC}{END}`, example: "\"Kami siap,\" kata gubernur kepada harian Kabar Pagi.", expect: "Kabar Pagi" },
    { id: "id.wawancara", frame: "told", allowUnknown: true, pattern: `${BOW}(?:[Dd]alam|[Dd]i)\\s+(?:sebuah\\s+)?wawancara\\s+(?:dengan|bersama)\\s+${CUE}?{SRC}{END}`, example: "Dalam wawancara dengan Kabar Pagi, menteri membantah.", expect: "Kabar Pagi" },
    { id: "id.first_appeared_in", frame: "first_appeared_in", allowUnknown: true, publication: true, syndication: true, pattern: `${BOW}(?:pertama\\s+kali|awalnya)\\s+(?:terbit|dimuat|diterbitkan|tayang)\\s+(?:di|dalam|oleh)\\s+${CUE}?{SRC}{END}`, example: "Artikel ini pertama kali terbit di Kabar Pagi.", expect: "Kabar Pagi" },
  ],
  // "tulis"/"tulisnya" (wrote) after a quotation, as social posts are quoted ("\"…,\" tulis seorang pengguna Facebook").
  speechVerbs: ["kata", "katanya", "tulis", "tulisnya", "menulis", "menuliskan", "mengatakan", "menyatakan", "ujar", "ujarnya", "tuturnya", "jelasnya", "ungkapnya", "menjelaskan", "mengungkapkan", "menegaskan", "menambahkan", "menyebutkan", "menuturkan", "berkata", "lanjutnya", "tegasnya", "imbuhnya", "mengklaim", "membantah", "membenarkan"],
  opinionLeads: ["menurut"],
  // "Warga itu juga mengatakan", "Pejabat itu sudah mengatakan": adverbs and auxiliaries between a subject and its verb.
  beforeVerbWords: ["juga", "pun", "sudah", "telah", "pernah", "sempat", "kembali", "kemudian", "bahkan", "masih", "sebelumnya", "akhirnya", "jua"],
  reportVerbs: ["melaporkan", "memberitakan", "telah melaporkan"],
  articleSelf: ["artikel ini", "berita ini", "tulisan ini"],
  // A call to pass the text on, a greeting or a closing wish: no claim (analyse/claims/noProposition.ts).
  readerAddress: ["(?:mohon\\s+|tolong\\s+|silakan\\s+)?(?:sebarkan|bagikan|viralkan)", "selamat\\s+(?:pagi|siang|sore|malam)", "terima\\s+kasih"],
  pronouns: { singular: ["dia", "ia", "beliau"], plural: ["mereka"] },
  anonymousHeads: ["sumber", "narasumber", "pejabat", "pakar", "ahli", "saksi", "warga", "pengamat", "diplomat", "juru bicara", "petugas", "analis", "orang dalam", "pegawai", "karyawan", "pekerja", "buruh", "warganet", "netizen", "pengguna", "akun", "grup", "kelompok", "penduduk", "akaun", "kumpulan", "jurucakap"],
  determiners: ["seorang", "sebuah", "beberapa", "para", "sejumlah", "dua", "tiga", "banyak", "satu"],
  // Malay writes "juru bicara" (spokesperson) as one word, "jurucakap".
  roleNouns: ["profesor", "pakar", "ahli", "menteri",
    // "ujar Deputi Bidang Pangan BPR, Budi Santosa": an agency's deputy, a title before the name.
    "deputi", "juru bicara", "jurucakap", "direktur", "kepala", "ketua", "gubernur", "bupati", "wali kota", "presiden", "wartawan", "jurnalis", "analis", "peneliti", "dokter", "jenderal", "kolonel",
    // Police and army ranks written as one abbreviated word before the name ("Brigjen", brigadier general): the rank, never the name.
    "brigjen", "mayjen", "letjen", "irjen", "komjen", "kombes", "akbp", "kompol",
    // Offices written as one abbreviated word: "Kabid" (kepala bidang), "Kapolda" (kepala polisi daerah), "Kadiv" (kepala
    // divisi) … head a title run ("Kabid Humas Polda … Kombes"), never a name.
    "kabid", "kadiv", "kasubdit", "kapolri", "kapolda", "kapolres", "kapolsek", "kasat", "kasatreskrim", "dirreskrimum", "dirreskrimsus",
    // "Kombes" spelt out: a rank of two words ending a title run ("… Polda Kota Lama Komisaris Besar Dimas Prakoso").
    "komisaris besar", "duta besar", "seismolog", "ilmuwan", "anggota", "pengamat", "dosen"],
  // Police and army ranks as written before a name, in their usual case: titles, as "Dr" is, so a run that ends on one
  // ("kata Kabid Humas Polda Kota Lama Kombes.") has not reached the name and names no one.
  abbreviatedTitles: ["Brigjen", "Mayjen", "Letjen", "Irjen", "Komjen", "Kombes", "AKBP", "Kompol", "AKP", "Iptu", "Ipda", "Aiptu", "Bripka", "Briptu", "Bripda"],
  roleSuffixes: ["log"],
  bodyAfterRole: true,
  // "agensi" also ends an outlet's description after "menurut" (NOUN above), where a name of the registry or a cue decides.
  bodyKinds: ["agensi", "label"],
  organisationCues: ["entertainment", "kedutaan", "konsulat", "kementerian", "pemerintah", "polisi", "kepolisian", "tentara", "badan", "dinas", "universitas", "institut", "lembaga", "komisi", "dewan", "mahkamah", "pengadilan", "partai", "rumah sakit", "bank", "perusahaan", "yayasan", "pemerintahan", "bmkg",
    // Malay's words for police, department, government, commission, council, army, office and hospital.
    "polis", "jabatan", "kerajaan", "suruhanjaya", "majlis", "tentera", "pejabat", "hospital"],
  outletCues: ["news", "cek fakta", "berita", "kabar", "harian", "koran", "akhbar", "media", "tv", "televisi", "pos", "post", "times", "daily", "tribun", "online", "gündem", "gazette"],
  genericSources: ["media", "media lokal", "media asing", "media sosial", "laporan", "laporan media", "sumber", "sumber-sumber", "pakar", "warganet"],
  prepositions: ["di", "ke", "dari", "pada", "kepada", "untuk", "dengan", "oleh", "dalam", "tentang", "terhadap", "bagi", "sejak", "hingga", "sampai", "antara"],
  placeParticles: ["di"],
  // "Pihak Bluewave Entertainment membantah": "the side of", never part of the name after it.
  nameStopwords: ["pihak", "namun", "tetapi", "dan", "ia", "dia", "itu", "ini", "kemarin", "hari", "pada", "menurut", "sementara", "selain", "juga", "setelah", "sebelum", "saat", "ketika", "sebelumnya", "di", "dalam", "seperti"],
  photoCredits: ["(?:Foto|Gambar|Ilustrasi|Kredit)\\s*:\\s*[^\\n]{0,80}", "\\((?:Foto|Gambar)\\s*:?[^)]{0,80}\\)", "©\\s*[^\\n]{0,60}"],
  referenceNouns: ["pasal", "ayat", "huruf", "butir", "bab", "uu", "undang-undang", "perpu", "perppu", "perpres", "permen", "perda", "pp", "nomor", "jo", "juncto"],
  yearNouns: ["tahun", "thn"],
  titleCues: ["buku", "berjudul", "film", "laporan", "artikel", "judul", "tajuk"],
  without: ["tanpa"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:Sumber|Sumber\\s+berita)\\s*:?\\s+(?<name>[^\\n]{2,60}?)\\s*$"],
};
