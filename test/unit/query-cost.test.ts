import { buildSchema, isInterfaceType, isObjectType, parse } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { SEED_GRAPH_ANCHORS, WORKLOADS } from '../../bench/workloads';
import { FIELD_COSTS, MAX_QUERY_COST, queryCost } from '../../src/limits/query-cost';
import { playgroundTabs } from '../../src/playground/examples';

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));
const cost = (query: string, variables?: Record<string, unknown>) => queryCost(schema, parse(query), variables);

describe('query cost', () => {
  it('names only fields the schema has in its cost table', () => {
    for (const name of Object.keys(FIELD_COSTS)) {
      const [typeName, fieldName] = name.split('.');
      const type = schema.getType(typeName);
      expect({ name, found: (isObjectType(type) || isInterfaceType(type)) && fieldName in type.getFields() }).toEqual({ name, found: true });
    }
  });

  it('prices a page size given through a variable, or left to its default, as the same page size written in the document', () => {
    const page = (first: string) => `query($n: Int) { events(first: ${first}) { edges { node { participants { participant { id } } } } } }`;
    expect(cost(page('$n'), { n: 100 })).toBe(cost(page('100')));
    expect(cost('{ events { edges { node { id } } } }')).toBe(cost('{ events(first: 20) { edges { node { id } } } }'));
    expect(cost('query($n: Int = 100) { search(query: "ha", first: $n) { score } }')).toBe(cost('{ search(query: "ha", first: 100) { score } }'));
  });

  it('prices partnerships(of:) left to its default cap like any list, and by `first` when the request gives it', () => {
    const partners = (args: string) => `{ partnerships(of: "province:ha-tinh"${args}) { id partner { id } } }`;
    expect(cost(partners(''))).toBe(5 * (1 + 1 + 1 + 1));
    expect(cost(partners(', first: 40'))).toBe(40 * (1 + 1 + 1 + 1));
    expect(cost(`query($n: Int) { partnerships(of: "province:ha-tinh", first: $n) { id } }`, { n: 30 })).toBe(30 * 2);
  });

  it('prices the README\'s worked example as the README says', () => {
    expect(cost('{ events(first: 100) { edges { node { participants { participant { id name } } } } } }')).toBe(2300);
  });

  it('prices the network statistics, traversals and counts above plain fields', () => {
    expect(cost('{ networkStatistics { nodeCount } }')).toBeGreaterThan(1000);
    expect(cost('{ networkStatistics { betweenness(first: 1) { score } } }')).toBeGreaterThan(2000);
    expect(cost('{ events(first: 1) { totalCount } }')).toBeGreaterThan(cost('{ events(first: 1) { edges { cursor } } }'));
    expect(cost('{ neighborhood(id: "city:hanoi") { nodes { id } } }')).toBeGreaterThan(cost('{ node(id: "city:hanoi") { id } }') * 100);
    expect(cost('query($d: Int) { neighborhood(id: "city:hanoi", depth: $d) { nodes { id } } }', { d: 3 })).toBeGreaterThan(3 * 500);
  });

  it('lets every typed-client operation, playground tab and benchmark workload through', () => {
    const priced = [
      ...playgroundTabs().map((tab) => ({ query: tab.query, variables: tab.variables ? JSON.parse(tab.variables) : undefined })),
      ...WORKLOADS.map((workload) => ({ query: workload.query, variables: workload.variables(SEED_GRAPH_ANCHORS) })),
    ].map(({ query, variables }) => ({ name: /(query|mutation) (\w+)/.exec(query)?.[2] ?? query.slice(0, 40), cost: cost(query, variables) }));
    expect(priced.filter((entry) => entry.cost > MAX_QUERY_COST / 2)).toEqual([]);
  });
});
