import { XMLParser } from 'fast-xml-parser';
import { toGraphML } from '../../src/explorer/web/export';
import { EMPTY_STATE, formatState, hasState, parseState, type ViewState } from '../../src/explorer/web/url-state';

describe('the explorer URL', () => {
  it('restores exactly the view it was made from', () => {
    const state: ViewState = {
      mode: 'paths',
      focus: ['province:ha-tinh', 'partnership:ha-tinh--savannakhet'],
      select: 'province:savannakhet',
      from: 'official:nguyen-viet-thao',
      to: 'directive:secretariat-12-ct-tw',
      dateFrom: '2023',
      dateTo: '2024-06',
      lang: 'vi',
    };
    const hash = formatState(state);
    expect(hash).toBe(
      '#mode=paths&focus=province:ha-tinh,partnership:ha-tinh--savannakhet&from=official:nguyen-viet-thao&to=directive:secretariat-12-ct-tw&select=province:savannakhet&dates=2023..2024-06&lang=vi',
    );
    expect(parseState(hash)).toEqual(state);
  });

  it('keeps an open-ended date range', () => {
    expect(parseState(formatState({ ...EMPTY_STATE, dateFrom: '2024' }))).toMatchObject({ dateFrom: '2024', dateTo: null });
  });

  it('tells a link to a view, even the empty one, from an address that names none (which opens on Ha Tinh)', () => {
    expect(hasState(formatState(EMPTY_STATE))).toBe(true);
    expect(hasState('#dates=2024..')).toBe(true);
    for (const hash of ['', '#', '#top', '#utm_source=newsletter']) expect(hasState(hash)).toBe(false);
  });

  it('keeps the language of the names, and a language alone still opens on Ha Tinh, in that language', () => {
    expect(parseState(formatState({ ...EMPTY_STATE, lang: 'fr' }))).toMatchObject({ lang: 'fr' });
    expect(hasState('#lang=vi')).toBe(false);
    expect(parseState('#lang=vi').lang).toBe('vi');
    expect(parseState('#lang=klingon').lang).toBeNull();
  });

  it('ignores what is not an entity ID, a date or an offered language rather than sending it to the API', () => {
    expect(parseState('#mode=nonsense&focus=province:ha-tinh,<script>,Robert%27);&select=DROP&dates=yesterday..2024-13-99x&lang=<b>')).toEqual({
      ...EMPTY_STATE,
      focus: ['province:ha-tinh'],
    });
  });
});

describe('GraphML export', () => {
  it('escapes names so that any GraphML reader gets them back unchanged', () => {
    const name = `Ha Tinh & "Laos" <friends> l'amitié\u0007`;
    const xml = toGraphML(
      [
        { id: 'province:ha-tinh', kind: 'LOCALITY', name },
        { id: 'country:laos', kind: 'COUNTRY', name: 'Laos' },
      ],
      [
        {
          source: 'province:ha-tinh',
          target: 'country:laos',
          type: 'PART_OF',
          role: null,
          sourceIds: ['source:a', 'source:b'],
          evidence: { confidence: 'stated', note: null, sourceIds: ['source:a', 'source:b'], locators: ['L1', 'L2'], sources: [] },
        },
      ],
    );
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (tag) => ['node', 'edge', 'data'].includes(tag) }).parse(xml);
    const [haTinh] = parsed.graphml.graph.node;
    expect(haTinh.data.map((data: { '#text': string }) => data['#text'])).toEqual(['LOCALITY', `Ha Tinh & "Laos" <friends> l'amitié`]);
    const [edge] = parsed.graphml.graph.edge;
    expect(edge['@_source']).toBe('province:ha-tinh');
    expect(edge.data.map((data: { '#text': string }) => data['#text'])).toEqual(['PART_OF', 'source:a source:b']);
  });
});
