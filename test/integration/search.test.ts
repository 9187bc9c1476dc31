import { Role } from '../../src/access/role';
import { Executor } from '../../src/db/executor';
import { refoldCuratedNames } from '../../src/search/search-forms';
import { errorCodes, issueTestKey, seededApi } from './support';

const seeded = seededApi();

const SEARCH = `query($q: String!, $kinds: [EntityKind!], $first: Int) {
  search(query: $q, kinds: $kinds, first: $first) { score matched entity { id kind } }
}`;

interface Hit {
  score: number;
  matched: string;
  entity: { id: string; kind: string };
}

async function search(q: string, options: { kinds?: string[]; first?: number } = {}): Promise<Hit[]> {
  const response = await seeded.api.query<{ search: Hit[] }>(SEARCH, { q, ...options });
  expect(response.errors).toBeUndefined();
  return response.data!.search;
}

const ids = (hits: Hit[]) => hits.map((hit) => hit.entity.id);

describe('the best hit does not depend on first', () => {
  it.each([
    ['Laos', 'country:laos', 'Laos'],
    ['hanoi', 'city:hanoi', 'Hanoi'],
    ['directive 45', 'directive:hanoi-45-ct-tu', 'Directive 45'],
    ['Hà Nội', 'city:hanoi', 'Hà Nội'],
  ])('an entity named "%s" is the top hit whatever the page size', async (query, id, matched) => {
    for (const first of [1, 2, 3, 6, 10, 100]) {
      const [top] = await search(query, { first });
      expect({ first, id: top.entity.id, matched: top.matched }).toEqual({ first, id, matched });
    }
  });

  it('puts every exact match before the other hits, and scores stay in descending order', async () => {
    const hits = await search('laos', { first: 100 });
    expect(hits[0].entity.id).toBe('country:laos');
    expect(hits.length).toBeGreaterThan(3);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('a shorter page is the start of a longer one', async () => {
    const all = ids(await search('hanoi', { first: 100 }));
    expect(ids(await search('hanoi', { first: 1 }))).toEqual(all.slice(0, 1));
  });
});

describe('kinds never hide matches', () => {
  it('finds officials for "ha" with a page of one', async () => {
    const one = await search('ha', { kinds: ['OFFICIAL'], first: 1 });
    expect(one).toHaveLength(1);
    expect(one[0].entity.kind).toBe('OFFICIAL');
  });

  it('returns every matching official, however far down the unfiltered list they are', async () => {
    const filtered = await search('ha', { kinds: ['OFFICIAL'], first: 100 });
    const hanh = ['official:hoang-huu-hanh', 'official:nguyen-van-hanh'];
    expect(ids(filtered)).toEqual(expect.arrayContaining(hanh));
    expect(new Set(filtered.map((hit) => hit.entity.kind))).toEqual(new Set(['OFFICIAL']));
    const [first] = await search('ha', { kinds: ['OFFICIAL'], first: 1 });
    expect(first.entity.id).toBe(filtered[0].entity.id);
  });

  it('keeps exact matches of other kinds out', async () => {
    const associations = await search('hanoi', { kinds: ['ASSOCIATION'], first: 3 });
    expect(associations).toHaveLength(3);
    expect(new Set(associations.map((hit) => hit.entity.kind))).toEqual(new Set(['ASSOCIATION']));
  });
});

describe('every script is searchable', () => {
  it('finds Thailand by its name in Thai script', async () => {
    const [top] = await search('ประเทศไทย');
    expect(top).toEqual(expect.objectContaining({ matched: 'ประเทศไทย', entity: { id: 'country:thailand', kind: 'COUNTRY' } }));
  });

  it('finds Thailand by the start of its Thai name', async () => {
    expect(ids(await search('ประเทศ'))).toContain('country:thailand');
  });

  it.each([
    ['Lao', 'ສາທາລະນະລັດ'],
    ['Khmer', 'ព្រះរាជាណាចក្រ'],
    ['Cyrillic', 'Атлантида'],
    ['Chinese', '北京'],
    ['Japanese', 'とうきょう'],
  ])('a query in %s script that names nothing in the graph returns no hits, not an error', async (_script, query) => {
    expect(await search(query)).toEqual([]);
  });

  it('still refuses a text without any letter or digit', async () => {
    for (const q of ['?!', '\u200b\u200b', '😀']) {
      expect(errorCodes(await seeded.api.query(SEARCH, { q }))).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('invisible characters', () => {
  it.each([
    ['a zero-width space', 'sav\u200bannakhet'],
    ['a soft hyphen', 'savanna\u00adkhet'],
    ['a zero-width joiner', 'savann\u200dakhet'],
    ['a word joiner', 'sa\u2060vannakhet'],
    ['a byte-order mark', '\ufeffsavannakhet'],
  ])('%s inside a word is ignored', async (_name, query) => {
    const [top] = await search(query);
    expect(top.entity.id).toBe('province:savannakhet');
  });

  it('counts the length limit in characters, not UTF-16 units', async () => {
    const astral = '𝐬'.repeat(200);
    expect(astral.length).toBe(400);
    expect(await search(astral)).toEqual([]);
    expect(errorCodes(await seeded.api.query(SEARCH, { q: `${astral}𝐬` }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('names written through curation', () => {
  it('are searchable in their own script, folded as the importer folds them', async () => {
    const editor = await issueTestKey(seeded.driver, Role.EDITOR, 'Editor in search tests');
    // The Lao government, which the seed names in French, English and Vietnamese only.
    const lao = 'ລັດຖະບານລາວ';
    expect(await search(lao)).toEqual([]);
    const updated = await seeded.api.query(
      `mutation($native: String!) { updateEntity(id: "organization:government-of-laos", changes: { nativeName: $native },
         citations: [{ sourceId: "source:vietnamvn-2023-11-25-ha-tinh-plan", locators: ["L15"] }]) { entity { id } } }`,
      { native: lao },
      editor.token,
    );
    expect(updated.errors).toBeUndefined();
    const [top] = await search(lao, { first: 1 });
    expect(top).toEqual(expect.objectContaining({ matched: lao, entity: { id: 'organization:government-of-laos', kind: 'ORGANIZATION' } }));
  });
});

describe('curated names stored before a change of folding', () => {
  it('are folded again at start-up, once, and then found', async () => {
    const executor = new Executor(seeded.driver, undefined);
    // Thakhek, the capital of Khammouane, whose Lao name the graph does not hold.
    const lao = 'ທ່າແຂກ';
    // As an earlier folding left it: a native name whose script folded to nothing, so no search form holds it.
    await executor.write({
      cypher: `MATCH (n:Entity {id: 'province:khammouane'}) SET n.nativeName = $lao, n.origin = 'curation'`,
      params: { lao },
    });
    expect(await search(lao)).toEqual([]);
    expect(await refoldCuratedNames(executor)).toBeGreaterThanOrEqual(1);
    expect(ids(await search(lao, { first: 1 }))).toEqual(['province:khammouane']);
    expect(await refoldCuratedNames(executor)).toBe(0);
  });
});
