// Split syllables (issue 11 item 12): a lone final cluster that pdfjs cut off ("Tru ng ương") joins
// the letters before it; real words are never glued ("và tổ chức" stays three words).
import { describe, expect, it } from 'vitest';
import { repairSplitSyllables } from '../../src/extract/pdf/spaces.js';

describe('split syllables', () => {
  it('joins a lone final consonant cluster to its syllable', () => {
    expect(repairSplitSyllables('thành phố trực thuộc Tru ng ương.')).toBe('thành phố trực thuộc Trung ương.');
    expect(repairSplitSyllables('ngày hoà n thà nh')).toBe('ngày hoàn thành');
  });
  it('never glues words', () => {
    expect(repairSplitSyllables('kiểm tra và tổ chức thực hiện')).toBe('kiểm tra và tổ chức thực hiện');
    expect(repairSplitSyllables('và tổ chức ng ành')).not.toContain('vàtổ');
    expect(repairSplitSyllables('dài 5 m, rộng 3 m')).toBe('dài 5 m, rộng 3 m');
  });
});
