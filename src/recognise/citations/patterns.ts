// Vietnamese legal-reference vocabulary as named patterns (NFC text, no 'i' flag so \p{Lu} stays upper case).
import { CITED_KIND_NAMES } from '../../vocab/index.js';

/**
 * Document kinds in canonical case, longest first so "Thông tư liên tịch" wins over "Thông tư": the
 * one list of the vocabulary (NĐ 30 and party kinds: "Phương án", "Kết luận", "Công điện", "Chỉ thị" …).
 */
export const CITATION_TYPES: readonly string[] = CITED_KIND_NAMES;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** "Kế hoạch", "kế hoạch", "KẾ HOẠCH" — the three casings documents use. */
const casings = (t: string): string[] => [t, t[0]!.toLowerCase() + t.slice(1), t.toUpperCase()];
const TYPE_ALTERNATION = CITATION_TYPES.flatMap(casings).map(escape).join('|');
/** Named (quoted) documents need a capitalised kind: "chương trình "cốt lõi"" is not a document. */
const CAPITALISED_TYPES = CITATION_TYPES.flatMap((t) => [t, t.toUpperCase()]).map(escape).join('|');

const NOT_AFTER_WORD = String.raw`(?<!\p{L}|\p{N})`;
/** A code part glued to its separator ("/QĐ-UBND", "/CTr-UBND", "/2023/"). */
const TIGHT_PART = String.raw`[-/][\p{Lu}\d][\p{L}\d]*`;
/** A code part with stray spaces ("2117- TB/TU", "686/NQ- UBTVQH15", "171 /KH - PGDĐT"): capitals/digits only. */
const LOOSE_PART = String.raw`\s*[-/]\s*[\p{Lu}\d]+(?![\p{L}])`;
/** "184/QĐ-UBND", "63-NQ/TU", "40/2023/NQ-HĐND", "2117- TB/TU" */
export const NUMBER_SRC = String.raw`\d{1,5}(?:${TIGHT_PART}|${LOOSE_PART})+`;

/**
 * A numbered reference: "Quyết định số 184/QĐ-UBND", "Kế hoạch 633/KH-UBND", "kế hoạch số 1587/SGDĐT-VP",
 * "Thông tư liên tịch số 12/2015/TTLT-BGDĐT-BNV". Groups: 1 type, 2 number.
 */
export const NUMBERED_REF = new RegExp(
  String.raw`${NOT_AFTER_WORD}(${TYPE_ALTERNATION})\s+(?:[Ss]ố|SỐ)?\s*[:.]?\s*(${NUMBER_SRC})`,
  'gu',
);
/** The word a named law starts with: a text without it holds none (NAMED_LAW is then not compiled). */
export const LAW_WORD = 'Luật';
/** "Luật Dữ liệu số 60/2024/QH15", "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15". Groups: 1 name, 2 number. */
export const NAMED_LAW = new RegExp(
  String.raw`${NOT_AFTER_WORD}${LAW_WORD}\s+(\p{Lu}[\p{L}]*(?:\s+[\p{L}]+){0,8}?)\s+số\s*(${NUMBER_SRC})`,
  'gu',
);
/** A named document without a number: Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”. Groups: 1 type, 2 name. */
export const QUOTED_REF = new RegExp(
  String.raw`${NOT_AFTER_WORD}(${CAPITALISED_TYPES})\s*[“"]([^“”"]{5,300})[”"]`,
  'gu',
);
/** A further number of the same kind: "Thông tư số 17/2018/TT-BGDĐT, 18/2018/TT-BGDĐT và số 19/2018/TT-BGDĐT". */
const NEXT_JOIN = String.raw`\s*(?:,|;|và)`;
export const NEXT_NUMBER = new RegExp(String.raw`${NEXT_JOIN}\s*(?:[Ss]ố\s*)?(${NUMBER_SRC})`, 'uy');
/** The start of NEXT_NUMBER alone (no Unicode classes, cheap to compile): where it fails, NEXT_NUMBER does. */
export const NEXT_NUMBER_HEAD = new RegExp(NEXT_JOIN, 'uy');
/** ", ngày 24/01/2024", " ngày 24 tháng 01 năm 2024", " ngày 14 / 7 /2026" right after the number. */
export const DATE_AFTER = /\s*,?\s*(?:ban\s+hành\s+)?ngày\s*(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4}))(?!\d)/uy;
/** ", của " introducing the issuer right after the number or date. */
export const ISSUER_AFTER = /\s*,?\s*của\s+/uy;
/** Markup in converted text that would break a reference: "<sup>10</sup>", "**", "*". */
export const MARKUP = /<[^>]{1,20}>|\*+/gu;
