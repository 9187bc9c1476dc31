import { labelsOf, lettersOutsideScript, nameIn, nativeLabel, preferredName, storedLabels } from '../../src/model/labels';
import { acceptedLanguages } from '../../src/label/accept-language';

const place = (labels: Record<string, string>, name = 'la capitale Vientiane', nameLang = 'fr') => ({
  name,
  nameLang,
  ...storedLabels(name, nameLang, labels),
});

describe('a name in a language', () => {
  it('falls back to English, then French, then the form the source used', () => {
    const all = place({ lo: 'ນະຄອນຫຼວງວຽງຈັນ', en: 'Vientiane Capital', fr: 'Vientiane' });
    expect(preferredName(all, ['lo'])).toBe('ນະຄອນຫຼວງວຽງຈັນ');
    expect(preferredName(all, ['th'])).toBe('Vientiane Capital');
    expect(preferredName(place({ fr: 'Vientiane' }), ['th'])).toBe('Vientiane');
    expect(preferredName(place({}, 'Wiangchan', 'de'), ['th'])).toBe('Wiangchan');
  });

  it('reads the source form as the name in its own language when no label says otherwise', () => {
    expect(nameIn(place({}), 'fr')).toBe('la capitale Vientiane');
    expect(nameIn(place({}), 'en')).toBeNull();
  });

  it('matches a regional tag to the language and a language to a regional label', () => {
    expect(nameIn(place({ vi: 'Thủ đô Viêng Chăn' }), 'vi-VN')).toBe('Thủ đô Viêng Chăn');
    expect(nameIn(place({ 'pt-BR': 'Vienciana' }), 'pt')).toBe('Vienciana');
  });

  it('tries the languages asked for in order before the fallbacks', () => {
    expect(preferredName(place({ vi: 'Thủ đô Viêng Chăn', en: 'Vientiane Capital' }), ['de', 'vi'])).toBe('Thủ đô Viêng Chăn');
  });
});

describe('labels as stored', () => {
  it('keep a label equal to the source form once, as the name', () => {
    expect(storedLabels('Ha Tinh', 'fr', { fr: 'Ha Tinh', vi: 'Hà Tĩnh' })).toEqual({ labelLangs: ['vi'], labelValues: ['Hà Tĩnh'] });
    expect(labelsOf(place({ fr: 'la capitale Vientiane' }))).toEqual([{ lang: 'fr', value: 'la capitale Vientiane', source: true }]);
  });

  it('give a place the label of its country’s language as its native name, and a person their one own label', () => {
    expect(nativeLabel({ vi: 'Lào', lo: 'ລາວ', en: 'Laos' }, ['country:laos'])).toBe('ລາວ');
    expect(nativeLabel({ vi: 'châu Âu', en: 'Europe' }, [])).toBeNull();
    expect(nativeLabel({ vi: 'Hồ Chí Minh' }, [], true)).toBe('Hồ Chí Minh');
  });
});

describe('scripts', () => {
  it('finds letters outside the script of the language they are given in', () => {
    expect(lettersOutsideScript('lo', 'ນະຄອນຫຼວງວຽງຈັນ')).toEqual([]);
    expect(lettersOutsideScript('th', 'ສະຫວັນ')).not.toEqual([]);
    expect(lettersOutsideScript('vi', 'Ủy ban nhân dân tỉnh Hà Tĩnh')).toEqual([]);
    expect(lettersOutsideScript('tlh', 'anything')).toEqual([]);
  });
});

describe('Accept-Language', () => {
  it('lists the languages best first, without the wildcard', () => {
    expect(acceptedLanguages({ 'accept-language': 'fr;q=0.5, vi-VN, *;q=0.1, en;q=0.8' })).toEqual(['vi-VN', 'en', 'fr']);
  });

  it('asks for nothing without a header, so names stay as the source wrote them', () => {
    expect(acceptedLanguages({})).toEqual([]);
    expect(acceptedLanguages({ 'accept-language': '*' })).toEqual([]);
  });
});
