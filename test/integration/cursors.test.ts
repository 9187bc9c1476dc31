import { errorCodes, seededApi } from './support';

const seeded = seededApi();

async function endCursor(query: string): Promise<string> {
  const response = await seeded.api.query(query);
  expect(response.errors).toBeUndefined();
  const connection = Object.values(response.data!)[0] as { pageInfo: { endCursor: string } };
  return connection.pageInfo.endCursor;
}

describe('a cursor belongs to its list and its order', () => {
  it('refuses a cursor of the localities given to the events', async () => {
    const cursor = await endCursor('{ localities(first: 3) { pageInfo { endCursor } } }');
    const response = await seeded.api.query('query($after: String) { events(first: 3, after: $after) { edges { node { id } } } }', { after: cursor });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toMatch(/cursor of another list or order/);
  });

  it('refuses an ascending cursor given to the same list in descending order', async () => {
    const cursor = await endCursor('{ events(first: 3, orderBy: DATE_ASC) { pageInfo { endCursor } } }');
    const response = await seeded.api.query('query($after: String) { events(first: 3, orderBy: DATE_DESC, after: $after) { edges { node { id } } } }', { after: cursor });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a cursor sorted by name given to a list sorted by date', async () => {
    const cursor = await endCursor('{ documents(first: 2, orderBy: NAME_ASC) { pageInfo { endCursor } } }');
    const response = await seeded.api.query('query($after: String) { documents(first: 2, orderBy: DATE_ASC, after: $after) { edges { node { id } } } }', { after: cursor });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('accepts its own cursors, so that the pages of a list join up to the whole list', async () => {
    // Vietnam's localities, as all of them, with the reference places, are more than one page of 100 can hold.
    for (const [list, orderBy, filter] of [
      ['events', 'DATE_DESC', ''],
      ['localities', 'NAME_DESC', 'country: "country:vietnam", '],
      ['documents', 'NAME_ASC', ''],
    ]) {
      const whole = await seeded.api.query(`{ ${list}(${filter}first: 100, orderBy: ${orderBy}) { totalCount edges { node { id } } } }`);
      expect(whole.data![list].totalCount).toBeLessThanOrEqual(100);
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const page: any = await seeded.api.query(`query($after: String) { ${list}(${filter}first: 4, orderBy: ${orderBy}, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after });
        expect(page.errors).toBeUndefined();
        ids.push(...page.data[list].edges.map((edge: any) => edge.node.id));
        after = page.data[list].pageInfo.hasNextPage ? page.data[list].pageInfo.endCursor : null;
      } while (after);
      expect(ids).toEqual(whole.data![list].edges.map((edge: any) => edge.node.id));
      expect(ids).toHaveLength(whole.data![list].totalCount);
    }
  });
});
