// Builders of hostile plain-text inputs (all deterministic).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR } from '../helpers/seeds.js';
import type { Rng } from './prng.js';

const enc = new TextEncoder();
export const utf8 = (s: string): Uint8Array => enc.encode(s);

/** The five seed texts (fixtures/seeds). */
export function seedTexts(): { name: string; text: string }[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(SEEDS_DIR, f), 'utf8') }));
}

/** Code points drawn from the ranges a hostile text mixes: ASCII, Vietnamese, combining marks, controls, astral, lone surrogates. */
export function randomUnicode(r: Rng, length: number): string {
  const ranges: [number, number][] = [
    [0x20, 0x7e],
    [0x09, 0x0d],
    [0xc0, 0x1ef9],
    [0x0300, 0x036f],
    [0x2000, 0x206f],
    [0xd800, 0xdfff],
    [0xfff0, 0xffff],
    [0x1f300, 0x1f6ff],
    [0x4e00, 0x4eff],
    [0x0600, 0x06ff],
  ];
  let s = '';
  for (let i = 0; i < length; i++) {
    const [lo, hi] = r.pick(ranges);
    s += String.fromCodePoint(r.between(lo, hi));
  }
  return s;
}

/** Fragments that look like the structure recognisers key on. */
const STRUCTURE = [
  'KẾ HOẠCH', 'THÔNG BÁO', 'QUYẾT ĐỊNH', 'CHƯƠNG TRÌNH', 'Số: ', '/KH-UBND', 'ngày 12 tháng 13 năm 2024', 'ngày 31/02/2025',
  'I. ', 'II. ', 'MCMXCIV. ', 'A. ', '1. ', '1.1. ', '1.1.1. ', 'a) ', 'đ) ', '- ', '+ ', '* ', '• ', 'Điều 1. ', 'Chương I', 'Mục 2',
  'Thời gian: ', 'trước ngày ', 'Quý IV/2025', 'hằng tháng', 'Chủ trì: ', 'Phối hợp: ', 'Sở Giáo dục', 'UBND các xã',
  'đạt 100%', '≥ 95%', 'tăng 1.234,5 tỷ đồng', 'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', '[1]', '(1)', '<sup>2</sup>',
  '**', '__', '|', '\t', '\f', '\r', '\u00a0', '\u200b', '\ufeff', '\u0300', '%', '…', '"', '(', ')', '.',
];

/** Seed lines shuffled, cut and spliced with structure fragments and random code points. */
export function seedMutant(r: Rng, seeds: { text: string }[]): string {
  const lines = seeds.length ? r.pick(seeds).text.split('\n') : ['KẾ HOẠCH', '1. Nội dung'];
  const out: string[] = [];
  const n = r.between(5, 200);
  const start = r.int(lines.length);
  for (let i = 0; i < n; i++) {
    let line = r.next() < 0.7 ? lines[(start + i) % lines.length] : r.pick(lines);
    const op = r.int(8);
    if (op === 0) line = r.pick(STRUCTURE) + line;
    else if (op === 1) line = line.slice(0, r.int(line.length + 1)) + r.pick(STRUCTURE) + line.slice(r.int(line.length + 1));
    else if (op === 2) line = line.slice(r.int(line.length + 1));
    else if (op === 3) line += randomUnicode(r, r.between(1, 20));
    else if (op === 4) line = Array.from({ length: r.between(1, 12) }, () => r.pick(STRUCTURE)).join(r.pick(['', ' ', '\t']));
    out.push(line);
  }
  return out.join(r.pick(['\n', '\r\n', '\r', '\n\n']));
}

/** Windows-1258: base letters with circumflex/breve/horn precomposed, tones as combining bytes. */
const CP1258_LETTERS: Record<string, number> = {
  Â: 0xc2, â: 0xe2, Ê: 0xca, ê: 0xea, Ô: 0xd4, ô: 0xf4, Ă: 0xc3, ă: 0xe3, Ơ: 0xd5, ơ: 0xf5, Ư: 0xdd, ư: 0xfd, Đ: 0xd0, đ: 0xf0,
};
const CP1258_TONES: Record<string, number> = { '\u0300': 0xcc, '\u0301': 0xec, '\u0309': 0xd2, '\u0303': 0xde, '\u0323': 0xf2 };

export function toWindows1258(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const parts = [...ch.normalize('NFD')];
    const tones = parts.filter((p) => p in CP1258_TONES);
    const base = parts.filter((p) => !(p in CP1258_TONES)).join('').normalize('NFC');
    const code = base.charCodeAt(0);
    if (base.length === 1 && code < 0x80) out.push(code);
    else out.push(CP1258_LETTERS[base] ?? 0x3f);
    for (const t of tones) out.push(CP1258_TONES[t]);
  }
  return new Uint8Array(out);
}

/** TCVN3-like single bytes: Vietnamese letters in 0xA1–0xFE, ASCII kept (not a faithful table; only invalid UTF-8 that looks real). */
export function toTcvn3Like(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out.push(c < 0x80 ? c : 0xa1 + (c % 94));
  }
  return new Uint8Array(out);
}

export function utf16(s: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\ufeff' : '') + s, 'utf16le');
  if (endian === 'be') le.swap16();
  return new Uint8Array(le);
}

/** Words and signs the recognisers key on; repeated, they find regexes that backtrack exponentially. */
const KEY_TOKENS = [
  'đạt', 'là', 'năm', '2025', '2021', '-', '–', 'ngày', 'tháng', '12', 'số', 'và', ',', ':', ';', '.', '%', 'trước', 'sau', 'từ', 'đến',
  'trong', 'quý', 'I', 'IV', 'Sở', 'UBND', 'phối hợp', 'chủ trì', 'tỷ lệ', 'mục tiêu', 'chỉ tiêu', 'giai đoạn', 'hằng năm', '/', '(', ')',
  'a)', '1.', 'KH', 'tại', 'của', 'theo', 'Quyết định', 'kể từ', 'tuần', 'lần', 'thường xuyên', 'liên tục', 'trở lên', 'tối thiểu',
  'tỷ đồng', 'người', 'ban hành', 'còn', 'lên', 'xuống', 'khoảng', 'x',
];
const LINE_SHAPES: ((rep: string) => string)[] = [
  (rep) => `- ${rep} đạt 100%.`,
  (rep) => `- Tỷ lệ ${rep} học sinh đạt 95%.`,
  (rep) => `- Giai đoạn ${rep} tỷ lệ trường đạt chuẩn đạt 100%.`,
  (rep) => rep,
  (rep) => `1. ${rep} trước ngày 31/12/2025.`,
  (rep) => `Căn cứ Quyết định số 12/QĐ-UBND ${rep}`,
  (rep) => `- Sở Giáo dục chủ trì ${rep} phối hợp UBND các xã.`,
  (rep) => `TT\tNội dung\tThời gian\n1\t${rep}\t${rep}`,
];

/** One line: a short run of key tokens repeated 20–80 times, inside a plan-like sentence. */
export function repeatedTokenLine(r: Rng): string {
  const unit = Array.from({ length: r.between(1, 3) }, () => r.pick(KEY_TOKENS)).join(r.pick([' ', ' ', ', ', ' - ', '']));
  const rep = Array.from({ length: r.between(20, 80) }, () => unit).join(r.pick([' ', ' ', ', ', ' - ']));
  return r.pick(LINE_SHAPES)(rep);
}
