import { Role } from '../../src/access/role';
import { errorCodes, issueTestKey, seededApi } from './support';

const seeded = seededApi();

const VIENTIANE_IN_LAO = 'ນະຄອນຫຼວງວຽງຈັນ';

async function data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<T> {
  const response = await seeded.api.query<T>(query, variables, undefined, headers);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const NAME_IN = `query($id: ID!, $lang: String) { node(id: $id) { ... on Entity { name(lang: $lang) } } }`;

async function nameIn(id: string, lang?: string, headers: Record<string, string> = {}): Promise<string> {
  return (await data<{ node: { name: string } }>(NAME_IN, { id, lang }, headers)).node.name;
}

describe('name(lang:)', () => {
  it('gives Ha Tinh its Vietnamese name with diacritics', async () => {
    expect(await nameIn('province:ha-tinh', 'vi')).toBe('Hà Tĩnh');
  });

  it('gives the Vientiane Capital its Lao-script name', async () => {
    expect(await nameIn('city:vientiane-capital', 'lo')).toBe(VIENTIANE_IN_LAO);
  });

  it('falls back to English, then French, then the form the source used', async () => {
    // No German label: the English one.
    expect(await nameIn('city:vientiane-capital', 'de')).toBe('Vientiane Capital');
    // A Vietnamese official has a Vietnamese label only: in Lao, neither English nor French, so the source's form.
    expect(await nameIn('official:nguyen-ngoc-ky', 'lo')).toBe('Nguyen Ngoc Ky');
    expect(await nameIn('official:nguyen-ngoc-ky', 'vi')).toBe('Nguyễn Ngọc Kỳ');
    // French is the language the source used, but a French label, where there is one, comes before the source's form.
    expect(await nameIn('city:vientiane-capital', 'fr')).toBe('Vientiane');
  });

  it('matches a regional tag to its language: vi-VN finds the Vietnamese label', async () => {
    expect(await nameIn('province:ha-tinh', 'vi-VN')).toBe('Hà Tĩnh');
  });

  it('without lang and without Accept-Language, is the form the source used, as before', async () => {
    expect(await nameIn('city:vientiane-capital')).toBe('la capitale Vientiane');
    expect(await nameIn('partnership:ha-tinh--northern-laos-provinces')).toBe('Ha Tinh – provinces du nord du Laos');
  });

  it('refuses a lang that is not a language tag', async () => {
    const response = await seeded.api.query(NAME_IN, { id: 'province:ha-tinh', lang: 'not a tag' });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Accept-Language', () => {
  it('sets the language of every name of the request', async () => {
    const answer = await data<{ node: { name: string; country: { name: string } } }>(
      `{ node(id: "province:ha-tinh") { ... on Locality { name country { name } } } }`,
      undefined,
      { 'accept-language': 'vi' },
    );
    expect(answer.node).toEqual({ name: 'Hà Tĩnh', country: { name: 'Việt Nam' } });
  });

  it('takes the best language it has labels in, by q-value', async () => {
    expect(await nameIn('city:vientiane-capital', undefined, { 'accept-language': 'de;q=0.9, lo;q=0.8, en;q=0.5' })).toBe(VIENTIANE_IN_LAO);
  });

  it('yields to an explicit lang', async () => {
    expect(await nameIn('province:ha-tinh', 'en', { 'accept-language': 'vi' })).toBe('Ha Tinh');
  });

  it('names the nodes of a neighbourhood too', async () => {
    const { neighborhood } = await data<{ neighborhood: { nodes: { id: string; name: string }[] } }>(
      `{ neighborhood(id: "city:vientiane-capital") { nodes { id name } } }`,
      undefined,
      { 'accept-language': 'lo' },
    );
    expect(neighborhood.nodes.find((node) => node.id === 'city:vientiane-capital')?.name).toBe(VIENTIANE_IN_LAO);
    expect(neighborhood.nodes.find((node) => node.id === 'partnership:ha-tinh--vientiane-capital')?.name).toBe(`Ha Tinh – ${VIENTIANE_IN_LAO}`);
  });
});

describe('labels', () => {
  it('lists every name, the one the source used first and marked', async () => {
    const { node } = await data<{ node: { labels: { lang: string; value: string; source: boolean }[]; nativeName: string } }>(
      `{ node(id: "city:vientiane-capital") { ... on Entity { nativeName labels { lang value source } } } }`,
    );
    expect(node.labels).toEqual([
      { lang: 'fr', value: 'la capitale Vientiane', source: true },
      { lang: 'lo', value: VIENTIANE_IN_LAO, source: false },
      { lang: 'vi', value: 'Thủ đô Viêng Chăn', source: false },
      { lang: 'en', value: 'Vientiane Capital', source: false },
      { lang: 'fr', value: 'Vientiane', source: false },
    ]);
    expect(node.nativeName).toBe(VIENTIANE_IN_LAO);
  });
});

describe('composed names', () => {
  const PARTNERSHIP = `query($lang: String) { node(id: "partnership:ha-tinh--vientiane-capital") {
    ... on Entity { name(lang: $lang) labels { lang value source } } } }`;

  it('names a partnership after its parties, in the language asked for', async () => {
    const name = async (lang: string) => (await data<{ node: { name: string } }>(PARTNERSHIP, { lang })).node.name;
    expect(await name('en')).toBe('Ha Tinh – Vientiane Capital');
    expect(await name('vi')).toBe('Hà Tĩnh – Thủ đô Viêng Chăn');
  });

  it('keeps the stored name as the source form, and lists a composed label for each language every party has', async () => {
    const { node } = await data<{ node: { labels: { lang: string; value: string; source: boolean }[] } }>(PARTNERSHIP);
    expect(node.labels).toEqual([
      { lang: 'fr', value: 'Ha Tinh – Vientiane', source: true },
      { lang: 'en', value: 'Ha Tinh – Vientiane Capital', source: false },
      { lang: 'vi', value: 'Hà Tĩnh – Thủ đô Viêng Chăn', source: false },
    ]);
  });

  it('falls back party by party where one has no label in the language', async () => {
    const { node } = await data<{ node: { name: string } }>(`{ node(id: "partnership:ha-tinh--bolikhamxay") { ... on Entity { name(lang: "lo") } } }`);
    // Ha Tinh has no Lao label in the graph: its English one stands in beside Bolikhamxay's Lao name.
    expect(node.name).toBe('Ha Tinh – ບໍລິຄຳໄຊ');
  });

  it('names the partnerships of partnerships(of:) in the Accept-Language', async () => {
    const { partnerships } = await data<{ partnerships: { name: string; partner: { id: string } }[] }>(
      `{ partnerships(of: "province:ha-tinh", country: "country:laos") { name partner { id } } }`,
      undefined,
      { 'accept-language': 'en' },
    );
    expect(partnerships.find((p) => p.partner.id === 'locality-group:northern-laos-provinces')?.name).toBe('Ha Tinh – northern provinces of Laos');
  });
});

describe('search by label', () => {
  const SEARCH = `query($q: String!) { search(query: $q, first: 3) { matched entity { id } } }`;
  const top = async (q: string) => (await data<{ search: { matched: string; entity: { id: string } }[] }>(SEARCH, { q })).search[0];

  it.each([
    ['Ủy ban nhân dân tỉnh Hà Tĩnh', 'organization:ha-tinh-peoples-committee', 'Ủy ban nhân dân tỉnh Hà Tĩnh'],
    ['uy ban nhan dan tinh ha tinh', 'organization:ha-tinh-peoples-committee', 'Ủy ban nhân dân tỉnh Hà Tĩnh'],
    ['Thủ đô Viêng Chăn', 'city:vientiane-capital', 'Thủ đô Viêng Chăn'],
    ['thu do vieng chan', 'city:vientiane-capital', 'Thủ đô Viêng Chăn'],
    [VIENTIANE_IN_LAO, 'city:vientiane-capital', VIENTIANE_IN_LAO],
    ['Россия', 'country:russia', 'Россия'],
  ])('"%s" finds its entity by a label', async (query, id, matched) => {
    expect(await top(query)).toEqual({ matched, entity: { id } });
  });
});

describe('labels written through curation', () => {
  const CITE = [{ sourceId: 'source:vietnamvn-2023-11-25-ha-tinh-plan', locators: ['L15'] }];
  const CREATE = `mutation($input: NewEntityInput!) { createEntity(input: $input) { entity { id name vi: name(lang: "vi") labels { lang value source } } } }`;
  const UPDATE = `mutation($id: ID!, $changes: EntityChangesInput!) { updateEntity(id: $id, changes: $changes, citations: ${JSON.stringify(CITE).replace(/"(\w+)":/g, '$1:')}) {
    entity { id name(lang: "lo") labels { lang value } } } }`;

  it('are stored, served in their language and searchable, and a label in another script than its language is refused', async () => {
    const editor = await issueTestKey(seeded.driver, Role.EDITOR, 'Editor in label tests');
    const created = await seeded.api.query(
      CREATE,
      {
        input: {
          kind: 'LOCALITY',
          id: 'district:xaysetha',
          name: 'Xaysetha',
          nameLang: 'en',
          labels: [{ lang: 'vi', value: 'huyện Xaysetha' }],
          category: 'DISTRICT',
          parentId: 'province:attapeu',
          citations: CITE,
        },
      },
      editor.token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createEntity.entity).toEqual({
      id: 'district:xaysetha',
      name: 'Xaysetha',
      vi: 'huyện Xaysetha',
      labels: [
        { lang: 'en', value: 'Xaysetha', source: true },
        { lang: 'vi', value: 'huyện Xaysetha', source: false },
      ],
    });

    const updated = await seeded.api.query(UPDATE, { id: 'district:xaysetha', changes: { labels: [{ lang: 'vi', value: 'huyện Xaysetha' }, { lang: 'lo', value: 'ໄຊເສດຖາ' }] } }, editor.token);
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateEntity.entity.name).toBe('ໄຊເສດຖາ');
    const { search } = await data<{ search: { entity: { id: string } }[] }>(`{ search(query: "ໄຊເສດຖາ", first: 1) { entity { id } } }`);
    expect(search.map((hit) => hit.entity.id)).toEqual(['district:xaysetha']);

    const refused = await seeded.api.query(UPDATE, { id: 'district:xaysetha', changes: { labels: [{ lang: 'th', value: 'ໄຊເສດຖາ' }] } }, editor.token);
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    const twice = await seeded.api.query(UPDATE, { id: 'district:xaysetha', changes: { labels: [{ lang: 'vi', value: 'A' }, { lang: 'vi', value: 'B' }] } }, editor.token);
    expect(errorCodes(twice)).toEqual(['BAD_USER_INPUT']);
  });

  it('take the language of the first cited source as the name\'s, when the editor gives none', async () => {
    const editor = await issueTestKey(seeded.driver, Role.EDITOR, 'Editor of a name without its language');
    const created = await seeded.api.query(
      CREATE,
      { input: { kind: 'LOCALITY', id: 'district:lamam', name: 'Lamam', category: 'DISTRICT', parentId: 'province:sekong', citations: CITE } },
      editor.token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createEntity.entity.labels).toEqual([{ lang: 'fr', value: 'Lamam', source: true }]);
  });
});
