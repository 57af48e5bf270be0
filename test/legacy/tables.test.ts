// Every Vietnamese letter through both decoders. The legacy side is written by hand from the
// TCVN 5712:1993 (VN3) and VNI for Windows code charts, as the Windows-1252 characters Word shows.
import { describe, expect, it } from 'vitest';
import { decodeTcvn3 } from '../../src/extract/legacy/tcvn3.js';
import { decodeVni } from '../../src/extract/legacy/vni.js';

/** Each group: the base vowel, then grave, hook, tilde, acute, dot below. */
const LOWER = ['aàảãáạ', 'ăằẳẵắặ', 'âầẩẫấậ', 'đ', 'eèẻẽéẹ', 'êềểễếệ', 'iìỉĩíị', 'oòỏõóọ', 'ôồổỗốộ', 'ơờởỡớợ', 'uùủũúụ', 'ưừửữứự', 'yỳỷỹýỵ'];
const UPPER = LOWER.map((g) => g.toUpperCase());

/** TCVN3 bytes for LOWER, group by group (AD, the soft hyphen, is "ư"). */
const TCVN3_LOWER = ['aµ¶·¸¹', '¨»¼½¾Æ', '©ÇÈÉÊË', '®', 'eÌÎÏÐÑ', 'ªÒÓÔÕÖ', 'i×ØÜÝÞ', 'oßáâãä', '«åæçèé', '¬êëìíî', 'uïñòóô', '\u00ADõö÷øù', 'yúûüýþ'];

/** VNI code sequences for LOWER and UPPER, letter by letter. */
const VNI_LOWER = [
  ['a', 'aø', 'aû', 'aõ', 'aù', 'aï'],
  ['aê', 'aè', 'aú', 'aü', 'aé', 'aë'],
  ['aâ', 'aà', 'aå', 'aã', 'aá', 'aä'],
  ['ñ'],
  ['e', 'eø', 'eû', 'eõ', 'eù', 'eï'],
  ['eâ', 'eà', 'eå', 'eã', 'eá', 'eä'],
  ['i', 'ì', 'æ', 'ó', 'í', 'ò'],
  ['o', 'oø', 'oû', 'oõ', 'où', 'oï'],
  ['oâ', 'oà', 'oå', 'oã', 'oá', 'oä'],
  ['ô', 'ôø', 'ôû', 'ôõ', 'ôù', 'ôï'],
  ['u', 'uø', 'uû', 'uõ', 'uù', 'uï'],
  ['ö', 'öø', 'öû', 'öõ', 'öù', 'öï'],
  ['y', 'yø', 'yû', 'yõ', 'yù', 'yî'],
];
const VNI_UPPER = [
  ['A', 'AØ', 'AÛ', 'AÕ', 'AÙ', 'AÏ'],
  ['AÊ', 'AÈ', 'AÚ', 'AÜ', 'AÉ', 'AË'],
  ['AÂ', 'AÀ', 'AÅ', 'AÃ', 'AÁ', 'AÄ'],
  ['Ñ'],
  ['E', 'EØ', 'EÛ', 'EÕ', 'EÙ', 'EÏ'],
  ['EÂ', 'EÀ', 'EÅ', 'EÃ', 'EÁ', 'EÄ'],
  ['I', 'Ì', 'Æ', 'Ó', 'Í', 'Ò'],
  ['O', 'OØ', 'OÛ', 'OÕ', 'OÙ', 'OÏ'],
  ['OÂ', 'OÀ', 'OÅ', 'OÃ', 'OÁ', 'OÄ'],
  ['Ô', 'ÔØ', 'ÔÛ', 'ÔÕ', 'ÔÙ', 'ÔÏ'],
  ['U', 'UØ', 'UÛ', 'UÕ', 'UÙ', 'UÏ'],
  ['Ö', 'ÖØ', 'ÖÛ', 'ÖÕ', 'ÖÙ', 'ÖÏ'],
  ['Y', 'YØ', 'YÛ', 'YÕ', 'YÙ', 'YÎ'],
];

describe('TCVN3 (VN3) table', () => {
  LOWER.forEach((group, g) => {
    it(`decodes the ${group[0]} group letter by letter`, () => {
      expect([...TCVN3_LOWER[g]].map((c) => decodeTcvn3(c))).toEqual([...group]);
    });
    it(`draws the ${group[0]} group as capitals in an "H" font (.VnTimeH)`, () => {
      expect(decodeTcvn3(TCVN3_LOWER[g], { upperCase: true })).toBe(UPPER[g]);
    });
  });

  it('has the seven capitals Ă Â Ê Ô Ơ Ư Đ at A1–A7', () => {
    expect(decodeTcvn3('¡¢£¤¥¦§')).toBe('ĂÂÊÔƠƯĐ');
  });

  it('decodes real lines (must match)', () => {
    expect(decodeTcvn3('B¸o c¸o T×nh h×nh thùc hiÖn nhiÖm vô kÕ ho¹ch n¨m 2004')).toBe('Báo cáo Tình hình thực hiện nhiệm vụ kế hoạch năm 2004');
    expect(decodeTcvn3('Thñ t\u00ADíng ChÝnh phñ; Tr\u00AD¬ng ChÝ Trung')).toBe('Thủ tướng Chính phủ; Trương Chí Trung');
    expect(decodeTcvn3('bé tµi chÝnh', { upperCase: true })).toBe('BỘ TÀI CHÍNH');
    expect(decodeTcvn3('QUYÕT §ÞNH cña ñY BAN', { upperCase: true })).toBe('QUYẾT ĐỊNH CỦA ỦY BAN');
  });

  it('reads a doubled soft hyphen (Word optional hyphen + "ư") as one "ư"', () => {
    expect(decodeTcvn3('Thñ t\u00AD\u00ADíng')).toBe('Thủ tướng');
  });

  it('accepts what PDF tools make of some bytes: μ (NFKC of µ), − for ư, ∙ for ã', () => {
    expect(decodeTcvn3('v\u03bc b\u2212íc x\u2219 héi')).toBe('và bước xã hội');
  });

  it('leaves ASCII, digits and bytes outside the table alone (must not match)', () => {
    expect(decodeTcvn3('Sè: 144/2002/Q§-BTC, 30°C')).toBe('Số: 144/2002/QĐ-BTC, 30°C');
    expect(decodeTcvn3('UBND TP 2004 - 2010')).toBe('UBND TP 2004 - 2010');
  });

  it('outputs NFC', () => {
    const out = decodeTcvn3(TCVN3_LOWER.join(''));
    expect(out).toBe(out.normalize('NFC'));
  });
});

describe('VNI table', () => {
  LOWER.forEach((group, g) => {
    it(`decodes the ${group[0]} group, lower and upper case`, () => {
      expect(VNI_LOWER[g].map((s) => decodeVni(s))).toEqual([...group]);
      expect(VNI_UPPER[g].map((s) => decodeVni(s))).toEqual([...UPPER[g]]);
    });
  });

  it('decodes sequences inside real lines (must match)', () => {
    expect(decodeVni('Ñoäc laäp – Töï do – Haïnh phuùc')).toBe('Độc lập – Tự do – Hạnh phúc');
    expect(decodeVni('UÛY BAN NHAÂN DAÂN TÆNH BÌNH PHÖÔÙC')).toBe('ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC');
    expect(decodeVni('höôùng daãn, theo doõi, ñoân ñoác')).toBe('hướng dẫn, theo dõi, đôn đốc');
    expect(decodeVni('hoaëc chaët cheõ, ñaëc bieät')).toBe('hoặc chặt chẽ, đặc biệt');
    expect(decodeVni('thuôû, quùy, keát quûa')).toBe('thuở, qúy, kết qủa');
  });

  it('takes the case of the letter from the base, whatever the code', () => {
    expect(decodeVni('UÛy ban')).toBe('Ủy ban');
    expect(decodeVni('Uûy ban')).toBe('Ủy ban');
  });

  it('does not stack a second tone or a mark that does not fit the vowel (must not match)', () => {
    expect(decodeVni('aùù')).toBe('áù');
    expect(decodeVni('uê')).toBe('uê');
    expect(decodeVni('ìø')).toBe('ìø');
    expect(decodeVni('UBND 991/QÑ-UBND')).toBe('UBND 991/QĐ-UBND');
  });

  it('outputs NFC', () => {
    const out = decodeVni(VNI_LOWER.flat().join(' '));
    expect(out).toBe(out.normalize('NFC'));
  });
});
