/**
 * Vietnamese reading data: «theo X», «theo thông cáo báo chí của X», «X đưa tin», «trích dẫn X», «dẫn nguồn X», «đăng tải
 * trên X», «trả lời phỏng vấn X»; "cho biết", "khẳng định". Vietnamese writes every syllable apart and in Latin letters
 * with diacritics, names in capitals and common words in small letters, so the Latin-script name pattern reads its names.
 */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/**
 * Nouns that say the name after them is a publication ("báo Tuổi Mới", "tờ Nhân Dân Mới", "hãng tin Reuters", "trang tin
 * X"), kept as `cue`; a sentence may open on one, so its first letter may be a capital.
 */
const NOUN = "[Bb]áo\\s+điện\\s+tử|[Tt]ờ\\s+báo|[Tt]ờ|[Bb]áo|[Tt]ạp\\s+chí|[Đđ]ài\\s+truyền\\s+hình|[Đđ]ài\\s+phát\\s+thanh|[Đđ]ài|[Kk]ênh|[Hh]ãng\\s+thông\\s+tấn|[Hh]ãng\\s+tin|[Tt]rang\\s+tin(?:\\s+điện\\s+tử)?|[Tt]rang\\s+web|[Tt]rang|[Cc]ổng\\s+thông\\s+tin(?:\\s+điện\\s+tử)?|[Nn]hật\\s+báo|[Tt]uần\\s+báo";
const CUE = `(?:(?<cue>${NOUN})\\s+)`;
/** The paper's reporter told, before its noun ("nói với phóng viên báo X", told the reporter of X): whom the words were for is the paper. */
const REPORTER_OF = "(?:(?:các\\s+)?(?:phóng\\s+viên|nhà\\s+báo)\\s+)?";
/** What an outlet's report is called before "của X" ("theo bài viết của X", "theo thông tin từ X"). */
const REPORT = "(?:bài\\s+(?:viết|báo)|bản\\s+tin|tin|thông\\s+tin|nguồn\\s+tin|phóng\\s+sự|báo\\s+cáo)\\s+(?:của|từ|trên)";
/** When in a day something was said, between its subject and its verb ("tối 3/5", "sáng nay", "chiều qua"). */
const WHEN = "(?:sáng|trưa|chiều|tối|đêm|ngày|hôm)\\s+(?:nay|qua|\\d{1,2}[/-]\\d{1,2}(?:[/-]\\d{2,4})?)";
/** Verbs of an outlet reporting, after it as subject ("X đưa tin", "báo X đăng tải"). */
const REPORTED = "(?:đã\\s+|vừa\\s+)?(?:đưa\\s+tin|loan\\s+tin|đăng\\s+tải|đăng\\s+tin|đăng|đưa|phản\\s+ánh|dẫn\\s+lời)";

export const vi: LanguageFrames = {
  language: "vi",
  // Every syllable is written apart, so a name runs to more words than elsewhere.
  name: `(?:${DOMAIN}|${capitalisedName(["of", "the", "de"], "", false, 10)})`,
  date: `(?:vào\\s+)?(?:ngày|hôm)\\s+(?<date>\\d{1,2}(?:/\\d{1,2}(?:/\\d{4})?|\\s+tháng\\s+\\d{1,2}(?:\\s+năm\\s+\\d{4})?)|thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)`,
  descriptor: `(?:tờ\\s+báo|tờ|báo|trang\\s+tin|trang|tạp\\s+chí|hãng\\s+tin|đài)\\s+(?:này|nói\\s+trên|trên)`,
  // Vietnamese writes common words in small letters: a syllable in small letters ends a name.
  end: `(?=\\s*(?:[,.;:!?)»”"’(]|$|—|–)|\\s+\\p{Ll})`,
  frames: [
    { id: "vi.theo", frame: "according_to", allowUnknown: true, pattern: `${BOW}[Tt]heo\\s+(?:${REPORT}\\s+)?${CUE}?{SRC}{END}`, example: "Cảng sẽ đóng cửa trong tuần tới, theo báo Tin Sáng.", expect: "Tin Sáng" },
    // "theo thông cáo báo chí của X": the issuer published what is cited, whatever kind of body it is (a company, a ministry).
    { id: "vi.thong_cao", frame: "citing", allowUnknown: true, issuer: true, pattern: `${BOW}(?:thông\\s+cáo\\s+báo\\s+chí|thông\\s+cáo|bản\\s+tin\\s+báo\\s+chí|thông\\s+báo\\s+báo\\s+chí)\\s+(?:được\\s+phát\\s+đi\\s+|phát\\s+đi\\s+)?(?:của|từ)\\s+{SRC}{END}`, example: "Theo thông cáo báo chí của Viện Hải Dương Học Nam Bộ, cảng sẽ đóng cửa.", expect: "Viện Hải Dương Học Nam Bộ" },
    // When it reported may stand between ("Báo Tin Sáng tối 3/5 công bố …"); with the paper's noun, "công bố" (made public) is its report.
    { id: "vi.cue_reported", frame: "reported", allowUnknown: true, pattern: `${BOW}${CUE}{SRC}(?:\\s+${WHEN})?\\s+(?:${REPORTED}|cho\\s+biết|cho\\s+hay|công\\s+bố)${EOW}`, example: "Báo Tin Sáng tối 3/5 công bố lịch đóng cửa cảng.", expect: "Tin Sáng" },
    // "Nhiều tờ báo, trong đó có A, B và C, dẫn lời …": the papers the sentence names among many are each a paper (the
    // noun before the list is its evidence), and each reported what follows.
    { id: "vi.trong_do_co", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:[Nn]hiều|[Cc]ác|[Mm]ột\\s+số|[Mm]ấy)\\s+(?<cue>${NOUN})(?:\\s+\\p{Ll}+){0,2}\\s*,?\\s+(?:trong\\s+đó\\s+có|gồm\\s+có|gồm|như)\\s+{SRC}{END}`, example: "Nhiều tờ báo, trong đó có Tin Sáng, đã đưa tin về vụ việc.", expect: "Tin Sáng" },
    { id: "vi.subject_reported", frame: "reported", allowUnknown: true, pattern: `{SRC}\\s+${REPORTED}${EOW}`, example: "Tin Sáng đưa tin cảng sẽ đóng cửa.", expect: "Tin Sáng" },
    { id: "vi.dan_nguon", frame: "citing", allowUnknown: true, pattern: `${BOW}(?:[Dd]ẫn\\s+nguồn(?:\\s+tin)?(?:\\s+từ)?|[Tt]heo\\s+nguồn\\s+tin\\s+từ)\\s+${CUE}?{SRC}{END}`, example: "Hãng tin này, dẫn nguồn Tin Sáng, cho biết cảng đã đóng cửa.", expect: "Tin Sáng" },
    // "trích dẫn X", "dẫn lời X": as often a person's words, so only a name the registry knows or one with a publication noun.
    { id: "vi.trich_dan", frame: "citing", allowUnknown: false, pattern: `${BOW}(?:[Tt]rích\\s+dẫn|[Tt]rích|[Dd]ẫn)\\s+${CUE}?{SRC}{END}`, example: "Tờ báo, trích dẫn Reuters, cho biết cảng đã đóng cửa.", expect: "Reuters" },
    { id: "vi.trich_dan_cue", frame: "citing", allowUnknown: true, pattern: `${BOW}(?:[Tt]rích\\s+dẫn|[Tt]rích|[Dd]ẫn)\\s+${CUE}{SRC}{END}`, example: "Hãng tin này, trích dẫn báo Tin Sáng, cho biết cảng đã đóng cửa.", expect: "Tin Sáng" },
    { id: "vi.dang_tren", frame: "reported_by", allowUnknown: true, publication: true, pattern: `${BOW}(?:được\\s+)?(?:đăng\\s+tải|đăng|công\\s+bố|xuất\\s+bản|phát\\s+sóng)\\s+(?:lần\\s+đầu\\s+)?(?:trên|tại)\\s+${CUE}?{SRC}{END}`, example: "Nghiên cứu được đăng trên tạp chí Hải Dương Ngày Nay.", expect: "Hải Dương Ngày Nay" },
    // "nói với Reuters", "trả lời phỏng vấn báo X": whom a speaker told; a person may stand there, so only with a publication noun or the registry.
    { id: "vi.noi_voi", frame: "told", allowUnknown: false, pattern: `${BOW}(?:nói\\s+với|chia\\s+sẻ\\s+với|cho\\s+biết\\s+với|trả\\s+lời\\s+phỏng\\s+vấn|trả\\s+lời)\\s+${REPORTER_OF}${CUE}?{SRC}{END}`, example: "\"Chúng tôi đã sẵn sàng\", bộ trưởng nói với Reuters.", expect: "Reuters" },
    { id: "vi.phong_van", frame: "told", allowUnknown: true, pattern: `${BOW}(?:(?:[Tt]rong\\s+)?(?:cuộc\\s+)?(?:phỏng\\s+vấn|trao\\s+đổi)\\s+(?:với|dành\\s+cho)|[Tt]rả\\s+lời\\s+phỏng\\s+vấn|nói\\s+với|chia\\s+sẻ\\s+với)\\s+${REPORTER_OF}${CUE}{SRC}{END}`, example: "Trong cuộc phỏng vấn với báo Tin Sáng, bộ trưởng đã bác bỏ tin đồn.", expect: "Tin Sáng" },
    { id: "vi.first_appeared_in", frame: "first_appeared_in", allowUnknown: true, publication: true, syndication: true, pattern: `${BOW}(?:được\\s+)?(?:đăng|đăng\\s+tải|xuất\\s+bản)\\s+lần\\s+đầu\\s+(?:trên|tại)\\s+${CUE}?{SRC}{END}`, example: "Bài viết này được đăng lần đầu trên Tin Sáng.", expect: "Tin Sáng" },
  ],
  speechVerbs: ["cho biết", "cho hay", "nói", "khẳng định", "tuyên bố", "phát biểu", "chia sẻ", "nhấn mạnh", "thông báo", "xác nhận", "giải thích", "bổ sung", "nhận định", "cảnh báo", "tiết lộ", "thừa nhận", "trả lời", "bác bỏ", "phủ nhận", "công bố", "nêu rõ", "cho rằng", "kể"],
  opinionLeads: ["theo"],
  reportVerbs: ["đưa tin", "loan tin", "cho biết"],
  articleSelf: ["bài viết này", "bài báo này", "tin này"],
  pronouns: { singular: ["ông ấy", "bà ấy", "anh ấy", "chị ấy", "cô ấy", "người này"], plural: ["họ"] },
  anonymousHeads: ["nguồn tin", "nguồn", "chuyên gia", "quan chức", "giới chức", "cán bộ", "nhân viên", "người phát ngôn", "nhân chứng", "người dân", "nhà phân tích", "nhà ngoại giao", "lãnh đạo", "đại diện", "công nhân", "người trong cuộc", "người thạo tin", "giới phân tích", "nhà nghiên cứu", "quan sát viên"],
  anonymityClauses: ["(?:đã |đề nghị |yêu cầu |xin )?(?:giấu tên|giấu danh tính)", "(?:đề nghị |yêu cầu |xin )?không (?:muốn )?(?:được )?(?:nêu|tiết lộ|công khai) (?:tên|danh tính)"],
  determiners: ["một", "các", "những", "nhiều", "hai", "ba", "vài", "một số", "mấy"],
  roleNouns: ["tổng giám đốc", "phó tổng giám đốc", "giám đốc", "phó giám đốc", "chủ tịch", "phó chủ tịch", "bộ trưởng", "thứ trưởng", "thủ tướng", "phó thủ tướng", "người phát ngôn", "phát ngôn viên", "chuyên gia", "giáo sư", "phó giáo sư", "tiến sĩ", "bác sĩ", "luật sư", "trưởng phòng", "trưởng ban", "tổng thư ký", "đại sứ", "nhà báo", "phóng viên", "biên tập viên", "tổng biên tập", "nhà nghiên cứu", "nhà phân tích", "kỹ sư", "đại tá", "thiếu tướng", "trung tướng", "thượng tá", "trung tá", "viện trưởng", "hiệu trưởng", "chủ nhiệm", "giám đốc điều hành", "trưởng đại diện", "kiểm lâm", "thuyền trưởng"],
  organisationCues: ["công ty", "tập đoàn", "bộ", "cơ quan", "ủy ban", "uỷ ban", "ubnd", "sở", "viện", "trường", "đại học", "bệnh viện", "ngân hàng", "tổng cục", "cục", "chính phủ", "quốc hội", "công an", "quân đội", "hiệp hội", "liên đoàn", "đảng", "tòa án", "toà án", "tổ chức", "quỹ", "hội đồng", "văn phòng", "trung tâm", "doanh nghiệp", "cảnh sát", "đại sứ quán", "lãnh sự quán"],
  outletCues: ["báo", "tạp chí", "đài", "thông tấn xã", "truyền hình", "tin tức", "tin nhanh", "news", "online", "tv", "express", "times", "nhật báo", "tuần báo", "điện tử"],
  genericSources: ["tờ báo", "tờ", "báo", "hãng tin", "trang tin", "tạp chí", "đài", "truyền thông", "báo chí", "mạng xã hội", "dư luận", "nguồn tin", "các nguồn tin", "chuyên gia", "giới chuyên gia", "cư dân mạng", "thông tin"],
  prepositions: ["tại", "ở", "trong", "từ", "với", "cho", "về", "trên", "dưới", "của", "đến", "tới", "bởi"],
  placeParticles: ["tại", "ở"],
  // "Công an Hà Tây cảnh báo": the police of Hà Tây warn; the place after the body's noun names no person.
  bodyNounBeforeName: true,
  // Administrative units, works and accounts: "tỉnh Hà Giang", "nhà máy thủy điện Sông Mây", "tài khoản Quillbook".
  nounsBeforeNames: ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "thôn", "ấp", "làng", "bản", "vùng", "khu", "nhà máy", "thủy điện", "thuỷ điện", "đập", "cầu", "sông", "hồ", "núi", "đường", "phố", "tài khoản", "fanpage", "nhóm"],
  // "Ông Nguyễn Thanh Hải" and "Nguyễn Thanh Hải" are one person: the form of address opens the name, not part of it.
  nameStopwords: ["ông", "bà", "anh", "chị", "cô", "theo", "tuy", "nhưng", "và", "trong", "khi", "sau", "trước", "hôm", "ngày", "tại", "ở", "cũng", "đồng", "thời", "ngoài", "còn", "với", "về"],
  photoCredits: ["(?:Ảnh|Hình|Nguồn\\s+ảnh)\\s*:\\s*[^\\n]{0,80}", "\\((?:Ảnh|Hình)\\s*:?[^)]{0,80}\\)", "©\\s*[^\\n]{0,60}"],
  titleCues: ["sách", "cuốn", "phim", "bộ phim", "bài", "bài viết", "báo cáo", "tựa đề", "nhan đề", "có tên"],
  without: ["mà không"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:Nguồn|Theo)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$"],
  attributionOpenings: ["[Tt]heo\\s+[^,]{1,100}"],
};
