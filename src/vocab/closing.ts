// Closing sentences and formulas of a document body: the one list. Written as named pieces, each with
// a real example; the patterns the layout finder and the task rules use are unions of these pieces.
import { hinted, vocab } from './forms.js';

/** "Trên đây là Kế hoạch…" — the closing sentence of the body. */
const TREN_DAY_LA = String.raw`^Trên\s+đây\s+là(?!\p{L}|\p{N})`;

/**
 * Formulas that are never a duty, whatever they name:
 * - "Trân trọng thông báo …", "Trân trọng cảm ơn …", "Trân trọng đề nghị …", "Trân trọng./.";
 * - "Bộ Công an trân trọng cảm ơn sự quan tâm phối hợp của Ủy ban nhân dân …" (CV 4552/BCA-C04);
 * - "Trên đây là Kế hoạch …";
 * - "Thừa lệnh Chủ tịch UBND tỉnh, Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
 *   "Thừa ủy quyền …";
 * - "Văn phòng UBND tỉnh thông báo để … biết, thực hiện", "Văn phòng UBND tỉnh gửi Sở Nội vụ tổng hợp./." (the sender speaking).
 */
const NEVER_A_DUTY_PIECES = [
  String.raw`^Trân\s+trọng(?![\p{L}])`,
  String.raw`(?<![\p{L}])trân\s+trọng\s+cảm\s+ơn(?![\p{L}])`,
  TREN_DAY_LA,
  String.raw`^Thừa\s+(?:lệnh|ủy\s+quyền)(?![\p{L}])`,
  String.raw`^(?:Văn\s+phòng|Ủy\s+ban|UBND)[^.;:]{0,80}?\s(?:thông\s+báo|xin\s+thông\s+báo)\s+(?:để|đến|cho)\s[^.;]{0,120}?\s(?:biết|thực\s+hiện)[\s,./]*$`,
];

/**
 * Requests to carry out the document as a whole, at its end: "… yêu cầu … nghiêm túc triển khai thực
 * hiện./." (TB 11/TB-UBND Quảng Ngãi), "… để … biết, thực hiện./.", "Nay, thông báo kết luận … để … biết,
 * thực hiện", "TL. Chủ tịch, Văn phòng … thông báo …".
 */
const WHOLE_DOCUMENT_PIECES = [
  String.raw`^(?:Thừa\s+lệnh|TL\.)\s.{0,200}thông\s+báo`,
  String.raw`(?:yêu cầu|đề nghị).*(?:nghiêm túc|triển khai thực hiện|tổ chức thực hiện)`,
  String.raw`để .{0,80}biết,?\s*(?:và\s+)?(?:thực hiện|phối hợp)`,
  String.raw`^Nay,?\s+.{0,60}thông báo\s`,
];

/** "Trên đây là Kế hoạch…" — the closing sentence of the body. */
export const CLOSING_SENTENCE = hinted(vocab(TREN_DAY_LA, 'iu'), String.raw`^trên\s+đây\s+là`);

/**
 * A paragraph that is a closing formula and never a duty ("Trân trọng cảm ơn …", "Thừa lệnh …"). Tried on
 * every duty paragraph, and almost never matching: the hint holds words each piece above cannot match
 * without ("^Trân trọng", "trân trọng cảm ơn", "^Trên đây", "^Thừa ", "thông báo để/đến/cho "), so the
 * pattern itself is compiled only for a paragraph that has them.
 */
export const NOT_A_DUTY = hinted(
  vocab(NEVER_A_DUTY_PIECES.join('|'), 'iu'),
  String.raw`^trân\s+trọng|trân\s+trọng\s+cảm\s+ơn|^trên\s+đây|^thừa\s|thông\s+báo\s+(?:để|đến|cho)\s`,
);

/**
 * In a paragraph after the duties: a request to carry out the whole document, not a duty of its own
 * ("… nghiêm túc …", "… biết, thực hiện").
 */
export const WHOLE_DOCUMENT_REQUEST = vocab(String.raw`nghiêm túc|biết,?\s*(?:và\s+)?(?:thực hiện|phối hợp)`, 'iu');

/**
 * The last paragraph of a body that closes it (it ends the sections): every piece above, e.g.
 * "Giám đốc Sở yêu cầu … nghiêm túc triển khai thực hiện./.", "Nay, thông báo kết luận … để … biết, thực hiện./.".
 */
export const CLOSING_FORMULA = vocab([...NEVER_A_DUTY_PIECES, ...WHOLE_DOCUMENT_PIECES].join('|'), 'iu');

/** The end mark typed after the last sentence of a document: "…thực hiện./." */
export const END_MARK_RE = /\.\/\.?$/u;
