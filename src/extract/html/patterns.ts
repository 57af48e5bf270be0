// Named patterns of the HTML reader: what marks the document's own text inside a saved web page,
// and what marks site chrome (menus, footers, tab bars) around it. Layout words come from the vocabulary.
import { AUTHORITY_LINE, KIND_LINE_NAMES, NOI_NHAN, QUOC_HIEU, TIEU_NGU } from '../../vocab/index.js';

/** Quốc hiệu: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (also "HOÀ"). */
export const QUOC_HIEU_RE = QUOC_HIEU.exact;
/** Tiêu ngữ: "Độc lập - Tự do - Hạnh phúc". */
export const TIEU_NGU_RE = TIEU_NGU.exact;
/** Number line: "Số: 171/KH-UBND", "Nghị quyết số: 105/2025/UBTVQH15". */
export const NUMBER_LINE_RE = /(?:^|[\s(])[Ss]ố\s*:/u;
/** Kind line alone in its block: "NGHỊ QUYẾT", "KẾ HOẠCH", "QUYẾT ĐỊNH". */
export const KIND_LINE_RE = new RegExp(`^(?:${KIND_LINE_NAMES.join('|')})$`, 'u');
/** First article: "Điều 1. Chương trình lập pháp năm 2026". */
export const ARTICLE_ONE_RE = /^Điều\s+1\s*[.:]/u;
/** Legal basis line: "Căn cứ Luật Tổ chức Quốc hội …". */
export const BASES_RE = /^Căn\s+cứ\s/u;
/** Place/date line: "Hà Nội, ngày 26 tháng 9 năm 2025". */
export const DATE_LINE_RE = /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/u;
/** Recipients block: "Nơi nhận:". */
export const RECIPIENTS_RE = NOI_NHAN.exact;
/** Signing authority: "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI", "KT. BỘ TRƯỞNG". */
export const SIGNER_RE = AUTHORITY_LINE.exact;

/** One bit per document marker; a container holding more kinds of them is more likely the document. */
export const MARKERS: ReadonlyArray<RegExp> = [
  QUOC_HIEU_RE,
  TIEU_NGU_RE,
  NUMBER_LINE_RE,
  KIND_LINE_RE,
  ARTICLE_ONE_RE,
  BASES_RE,
  DATE_LINE_RE,
  RECIPIENTS_RE,
  SIGNER_RE,
];
/** Markers only the document itself carries (a chrome-looking wrapper holding one is kept). */
export const STRONG_MARKERS = [QUOC_HIEU_RE, TIEU_NGU_RE, RECIPIENTS_RE, SIGNER_RE].reduce((m, re) => m | (1 << MARKERS.indexOf(re)), 0);

/** Tags that are site furniture, not document text. */
export const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
/** ARIA roles of site furniture. */
export const CHROME_ROLE_RE = /^(?:navigation|menu|menubar|tablist|tab|banner|contentinfo|search|toolbar|dialog|alertdialog|complementary)$/u;
/** Class/id words of site furniture: "main-menu", "site-footer", "ant-breadcrumb", "sidebar". */
export const CHROME_CLASS_RE = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumb|footer|header|sidebar|toolbar|share|social|cookie|banner|advert|ads|pagination|toc)(?=$|[\s_-])/iu;

/** A separator rule typed under the issuer or the motto: "-------", "———", "___". */
export const RULE_LINE_RE = /^[\s\-–—_=.*]{3,}$/u;
/** Footnote mark as printed in a sup or a link: "1", "[2]", "(3)", "*". */
export const NOTE_MARK_RE = /^\s*[[(]?\s*(\d{1,3}|\*{1,3})\s*[\])]?\s*$/u;
/** Units a superscript digit belongs to (m², km², m³) — not a footnote mark. */
export const UNIT_BEFORE_SUP_RE = /(?:^|[^\p{L}])(?:m|km|cm|dm|mm|ha)$/u;
/** Word-HTML footnote bodies and references: id "ftn1", "_ftn1", "edn2"; href "#_ftn1". */
export const NOTE_BODY_ID_RE = /^_?(ftn|edn)(\d{1,4})$/u;
export const NOTE_REF_HREF_RE = /^#_?(ftn|edn)(\d{1,4})$/u;
