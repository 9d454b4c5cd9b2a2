/** Vietnamese stance words. */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const vi: StanceWords = {
  ...NEGATION_WORDS.vi,
  debunk: [
    { cue: "sai sự thật", example: "Thông tin cảng sẽ đóng cửa là sai sự thật." },
    { cue: "không đúng sự thật|không chính xác", example: "Bộ khẳng định bài viết về cây cầu là không đúng sự thật." },
    { cue: "tin giả|tin vịt", example: "Bức ảnh sân vận động bị ngập là tin giả." },
    { cue: "(?:tin đồn )?thất thiệt", example: "Công an cảnh báo về tin đồn thất thiệt trên mạng xã hội." },
    { cue: "tin đồn", example: "Câu lạc bộ lên tiếng về tin đồn bán sân." },
    { cue: "không có căn cứ|vô căn cứ", example: "Cơ quan chức năng cho biết thông tin trên không có căn cứ." },
    { cue: "bịa đặt|xuyên tạc|bị cắt ghép|giả mạo", example: "Câu nói được gán cho thị trưởng là bịa đặt." },
    { cue: "đính chính|cải chính", example: "Tòa soạn đính chính bài viết về việc đóng cửa cảng." },
    { cue: "trào phúng|châm biếm|giễu nhại", example: "Bài viết xuất phát từ một trang châm biếm.", satire: true },
    { cue: "kiểm chứng thông tin|kiểm tra sự thật", example: "Nhóm kiểm chứng thông tin đã truy nguồn bài đăng." },
    { cue: "không hề xảy ra|chưa từng xảy ra", example: "Cuộc gặp đó chưa từng xảy ra." },
    // A verb of denial: its subject, the denier, says the report is false.
    { cue: "bác bỏ|phủ nhận|bác tin", example: "Câu lạc bộ bác bỏ thông tin bán sân.", denial: true },
  ],
  // Words that set the record straight: what they open a fact check gives as true.
  correction: [
    { cue: "trên thực tế|thực tế là|sự thật là", example: "Trên thực tế, cây cầu chỉ đóng cửa hai tuần." },
  ],
  // Words that pass a report on without vouching for it.
  hedge: [
    { cue: "được cho là|bị cho là", example: "Thị trưởng được cho là đã từ chức." },
    { cue: "có thông tin cho rằng|có tin cho rằng|có nguồn tin cho rằng", example: "Có thông tin cho rằng cảng sẽ đóng cửa." },
    { cue: "nghi vấn|nghi ngờ", example: "Nghi vấn thị trưởng đã từ chức." },
    { cue: "chưa được (?:xác nhận|kiểm chứng|xác minh)", example: "Thị trưởng đã từ chức. Thông tin này chưa được xác nhận." },
  ],
  // What someone claims, opened as a clause of its own (claims/propositions.ts): a report noun or a verb of saying and
  // "rằng" (that), or "về việc" (about the matter that) after a report noun.
  proposition: [
    { cue: "(?:tin\\s+đồn|thông\\s+tin|tin)(?:\\s+\\p{L}+){0,3}?\\s+(?:rằng|về\\s+việc)", example: "Tin đồn rằng cây cầu Harlow bị sập lan rất nhanh.", nominal: true },
    { cue: "(?:cho|viết|đăng(?:\\s+tải)?|lan\\s+truyền|tung\\s+tin|loan\\s+tin)\\s+rằng", example: "Một tài khoản viết rằng cây cầu Harlow bị sập." },
  ],
  admission: [{ cue: "(?:đã\\s+)?thừa\\s+nhận", example: "Người viết rằng cây cầu Harlow bị sập đã thừa nhận bịa đặt." }],
  // Words that pass a text on as what goes around: spread ("lan truyền"), a stir ("xôn xao"), or posts that "appeared"
  // ("xuất hiện nhiều bài đăng …"). Not "chia sẻ" (to share), which is also a speaker's "said".
  circulation: [
    { cue: "lan\\s+truyền|xôn\\s+xao", example: "Thông tin cảng Sóng Đỏ đóng cửa đang lan truyền trên mạng." },
    { cue: "xuất\\s+hiện\\s+(?:(?:một\\s+số|nhiều|các)\\s+)?(?:thông\\s+tin|tin|bài\\s+(?:viết|đăng)|clip|video|hình\\s+ảnh)", example: "Gần đây xuất hiện nhiều bài đăng nói cảng Sóng Đỏ đóng cửa." },
  ],
  complementiser: "rằng",
  // "Thông tin về việc P là sai sự thật": the report noun's clause ends at the copula before the verdict.
  verdictLink: "là|đã\\s+bị|bị",
  plain: ["Thị trưởng đã từ chức vào hôm thứ Ba.", "Theo một nghiên cứu, uống trà giúp ngủ ngon hơn.", "Hãng hàng không mở đường bay mới tới Đà Nẵng."],
};
