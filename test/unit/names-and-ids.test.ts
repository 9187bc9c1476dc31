import { dateRange, isCalendarDate } from '../../src/model/partial-date';
import { parseId } from '../../src/model/entity-id';
import { asciiFold, hasLetterOrDigit, searchForm, slugify } from '../../src/model/fold';
import { luceneQueryFor, searchQuery } from '../../src/search/search.repository';

describe('name folding', () => {
  it('folds Vietnamese diacritics, including đ, keeping case', () => {
    expect(asciiFold('Hà Tĩnh')).toBe('Ha Tinh');
    expect(asciiFold('Đối ngoại Nhân dân')).toBe('Doi ngoai Nhan dan');
  });

  it('compares names case-, diacritic- and punctuation-insensitively', () => {
    expect(new Set(['ha tinh', 'Hà Tĩnh', 'HA TINH', 'ha-tinh'].map(searchForm))).toEqual(new Set(['ha tinh']));
    expect(slugify('Hà Nội')).toBe('ha-noi');
  });

  it('romanizes every script, on the side of the stored names and of the query alike', () => {
    expect(searchForm('ประเทศไทย')).toBe('praethsaithy');
    expect(searchForm('ประเทศ')).toBe('praeths');
    expect(searchForm('ລາວ')).toBe('lav');
    expect(searchForm('Россия')).toBe('rossiya');
    expect(searchForm('ព្រះរាជាណាចក្រកម្ពុជា')).toBe('prahrachanachkr kmpocha');
    expect(searchForm('中华人民共和国')).toBe('zhonghua renmin gongheguo');
    expect(searchForm('plan de mise en œuvre')).toBe('plan de mise en oeuvre');
    expect(slugify('Ngũ Hành Sơn, Đà Nẵng')).toBe('ngu-hanh-son-da-nang');
  });

  it('drops invisible format characters before folding, and symbols rather than spelling them out', () => {
    for (const text of ['sav\u200bannakhet', 'savanna\u00adkhet', 'savann\u200dakhet', 'sa\u2060vannakhet', '\ufeffsavannakhet']) {
      expect(searchForm(text)).toBe('savannakhet');
    }
    expect(searchForm('Directive n° 45 😀 €')).toBe('directive n 45');
    expect(asciiFold('Plan n° 210 – « Hà Tĩnh »')).toBe('Plan n° 210 – « Ha Tinh »');
  });

  it('tells a text with a letter or digit of any script from one without', () => {
    expect(['ha', '45', 'ไทย', 'Ж', '北'].every(hasLetterOrDigit)).toBe(true);
    expect(['', '?!', '\u200b\u00ad', '😀', '*:*'].some(hasLetterOrDigit)).toBe(false);
  });

  it('looks exact matches up whole, and asks the full-text index for a window only when no kind filters it', () => {
    const plain = searchQuery('ha tinh', null, 10);
    expect(plain.params).toEqual({ lucene: '"ha tinh"^4 OR (ha* AND tinh*)', exact: '"ha tinh"', kinds: null, limit: 10 });
    expect(plain.cypher).toContain("queryNodes('entity_search', $lucene, {limit: $limit + size(exactNodes)})");
    const filtered = searchQuery('ha', ['OFFICIAL'], 1);
    expect(filtered.cypher).toContain("queryNodes('entity_search', $lucene) YIELD node, score");
    expect(filtered.cypher).toMatch(/ORDER BY score DESC, node\.id\s+LIMIT \$limit$/);
  });

  it('builds Lucene queries from plain tokens only', () => {
    expect(luceneQueryFor(['ha', 'tinh'])).toBe('"ha tinh"^4 OR (ha* AND tinh*)');
    expect(luceneQueryFor(searchForm('x") OR *:* //').split(' '))).toBe('"x or"^4 OR (x* AND or*)');
  });
});

describe('IDs', () => {
  it('parses <kind>:<slug> IDs with a known prefix', () => {
    expect(parseId('province:ha-tinh')).toEqual({ prefix: 'province', slug: 'ha-tinh', kind: 'LOCALITY' });
    expect(parseId('partnership:ha-tinh--savannakhet')?.kind).toBe('PARTNERSHIP');
    expect(parseId('source:bqt-2025-10-09-hanoi-directive-45')?.kind).toBe('SOURCE');
  });

  it('rejects malformed IDs and unknown prefixes', () => {
    for (const id of ['ha-tinh', 'Province:ha-tinh', 'province:Ha Tinh', 'province:', 'spaceship:x', 'province:-x']) {
      expect(parseId(id)).toBeNull();
    }
  });
});

describe('partial dates', () => {
  it('accepts dates at year, month and day precision and covers the right days', () => {
    expect(dateRange('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(dateRange('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateRange('2025-10-09')).toEqual({ start: '2025-10-09', end: '2025-10-09' });
  });

  it('rejects impossible dates', () => {
    for (const text of ['2023-02-29', '2024-13', '2024-00-10', '24', '2024-1-1']) expect(isCalendarDate(text)).toBe(false);
  });
});
