/** Behaviour of the Vietnamese text primitives: NFC, tone-placement keys, loose keys, collation. */
import { charLength, compareVietnamese, isNotNfc, looseKey, newStyleTones, nfc, quoteForMessage, toneKey } from '../../src/domain/text';

describe('Vietnamese text', () => {
  it('normalises decomposed (NFD) input to NFC without changing what it says', () => {
    const nfd = 'Chư Pưh'.normalize('NFD');
    expect(isNotNfc(nfd)).toBe(true);
    expect(nfc(nfd)).toBe('Chư Pưh');
    expect(isNotNfc(nfc(nfd))).toBe(false);
  });

  it('treats old- and new-style tone placement as the same word', () => {
    expect(toneKey('Huyện uỷ')).toBe(toneKey('Huyện ủy'));
    expect(toneKey('hoà bình')).toBe(toneKey('hòa bình'));
    expect(toneKey('khoẻ')).toBe(toneKey('khỏe'));
    expect(toneKey('THUỶ')).toBe(toneKey('thủy'));
  });

  it('does not move the mark in syllables where it is fixed', () => {
    expect(newStyleTones('quý')).toBe('quý');
    expect(newStyleTones('Quỹ vì người nghèo')).toBe('Quỹ vì người nghèo');
    expect(newStyleTones('hoàng')).toBe('hoàng');
  });

  it('keeps different words different', () => {
    expect(toneKey('Chu Puh')).not.toBe(toneKey('Chư Pưh'));
    expect(toneKey('hoa')).not.toBe(toneKey('hòa'));
  });

  it('matches headers loosely: no diacritics, case, spacing or trailing required-marks', () => {
    expect(looseKey('  Mã đơn  vị * ')).toBe('ma don vi');
    expect(looseKey('MÃ ĐƠN VỊ:')).toBe('ma don vi');
  });

  it('sorts names in Vietnamese dictionary order', () => {
    const names = ['Đức', 'Dũng', 'An', 'Ân', 'Ăn', 'Bình'];
    expect([...names].sort(compareVietnamese)).toEqual(['An', 'Ăn', 'Ân', 'Bình', 'Dũng', 'Đức']);
  });

  it('counts characters as people do and shortens long values for messages', () => {
    expect(charLength('Ủy ban'.normalize('NFD'))).toBe(6);
    const quoted = quoteForMessage('x'.repeat(50_000));
    expect(charLength(quoted)).toBe(40);
    expect(quoted.endsWith('…')).toBe(true);
  });
});
