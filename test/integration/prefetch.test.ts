import { execute, getNamedType, GraphQLSchema, isObjectType, parse } from 'graphql';
import { Driver } from 'neo4j-driver';
import { SEED_GRAPH_ANCHORS, WORKLOADS } from '../../bench/workloads';
import { contextOver } from '../../src/context';
import { Executor } from '../../src/db/executor';
import { NetworkWorkers } from '../../src/network/network-workers';
import { FIELD_RELATIONS } from '../../src/prefetch/field-relations';
import { partnershipSchema } from '../../src/schema/build-schema';
import { seedTestGraph, testDriver } from './support';

let driver: Driver;
let schema: GraphQLSchema;
const networkWorkers = new NetworkWorkers(1);

beforeAll(async () => {
  driver = testDriver();
  await seedTestGraph(driver);
  schema = await partnershipSchema();
});

afterAll(async () => {
  await networkWorkers.close();
  await driver.close();
});

/** Runs a request in-process, with the selection compiled into the root field's statement or left to DataLoader. */
async function run(query: string, variables: Record<string, unknown>, compileSelections: boolean) {
  const executor = new Executor(driver, undefined);
  const result = await execute({
    schema,
    document: parse(query),
    variableValues: variables,
    contextValue: contextOver(executor, networkWorkers, undefined, undefined, undefined, undefined, compileSelections),
  });
  expect(result.errors).toBeUndefined();
  return { data: JSON.parse(JSON.stringify(result.data)), roundTrips: executor.roundTrips };
}

/** A fragment selecting every field FIELD_RELATIONS lists for a type, and on each related entity its ID. */
function everyRelationOf(typeName: string): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  const fields = Object.entries(FIELD_RELATIONS[typeName]).map(([name, relation]) => {
    const fieldType = getNamedType(type.getFields()[name].type);
    if (!isObjectType(fieldType) && !('getFields' in fieldType)) return name;
    if (relation.entityAt === null) return `${name} { __typename }`;
    return relation.entityAt ? `${name} { ${relation.entityAt} { id } }` : `${name} { id }`;
  });
  return `... on ${typeName} { ${fields.join(' ')} }`;
}

describe('compiled selections', () => {
  it('answer the benchmark questions in one round trip, exactly as the loaders answer them', async () => {
    for (const name of ['partnerships', 'entity-page', 'events-page']) {
      const workload = WORKLOADS.find((w) => w.name === name)!;
      const variables = workload.variables(SEED_GRAPH_ANCHORS);
      const [compiled, loaded] = [await run(workload.query, variables, true), await run(workload.query, variables, false)];
      expect({ name, roundTrips: compiled.roundTrips }).toEqual({ name, roundTrips: 1 });
      expect(loaded.roundTrips).toBeGreaterThan(1);
      expect(compiled.data).toEqual(loaded.data);
    }
    const partnerships = await run(WORKLOADS[0].query, WORKLOADS[0].variables(SEED_GRAPH_ANCHORS), true);
    const bolikhamxay = partnerships.data.partnerships.find((p: any) => p.partner?.id === 'province:bolikhamxay');
    expect(bolikhamxay.agreements.map((a: any) => a.issuedOn)).toEqual(expect.arrayContaining(['2015-12-25']));
    expect(bolikhamxay.sources.length).toBeGreaterThan(0);
  });

  it('read every relation field the catalogue lists in the same statement, for the best-connected entities of each type', async () => {
    const fragments = Object.keys(FIELD_RELATIONS).map(everyRelationOf).join('\n');
    const query = `query Everything($id: ID!) { node(id: $id) { id ${fragments} } }`;
    const session = driver.session();
    const { records } = await session.run(
      `MATCH (n:Entity) WITH n.kind AS kind, n ORDER BY COUNT { (n)--() } DESC, n.id
       WITH kind, collect(n.id)[0..3] AS ids UNWIND ids AS id RETURN id`,
    );
    await session.close();
    const ids = records.map((record) => record.get('id') as string);
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) {
      const [compiled, loaded] = [await run(query, { id }, true), await run(query, { id }, false)];
      expect({ id, roundTrips: compiled.roundTrips }).toEqual({ id, roundTrips: 1 });
      expect(compiled.data).toEqual(loaded.data);
    }
  });

  it('reads a connection page, what its items select and its count in one statement', async () => {
    const query = `{ allPartnerships(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name partner { id } parties { role entity { id name } } agreements { id issuer { id name } } sources { id } } } } }`;
    const [compiled, loaded] = [await run(query, {}, true), await run(query, {}, false)];
    expect(compiled.roundTrips).toBe(1);
    expect(compiled.data).toEqual(loaded.data);
    expect(compiled.data.allPartnerships.totalCount).toBeGreaterThan(40);
    expect(compiled.data.allPartnerships.edges).toHaveLength(5);
  });

  it('pages partnerships(of:) by `first` and `after`, and rejects an `after` that names no partnership', async () => {
    const all = await run(`{ partnerships(of: "province:ha-tinh") { id } }`, {}, true);
    const ids: string[] = all.data.partnerships.map((p: { id: string }) => p.id);
    expect(ids.length).toBeGreaterThan(3);
    const first = await run(`{ partnerships(of: "province:ha-tinh", first: 2) { id } }`, {}, true);
    expect(first.data.partnerships.map((p: { id: string }) => p.id)).toEqual(ids.slice(0, 2));
    const next = await run(`query Next($after: ID) { partnerships(of: "province:ha-tinh", first: 2, after: $after) { id } }`, { after: ids[1] }, true);
    expect(next.data.partnerships.map((p: { id: string }) => p.id)).toEqual(ids.slice(2, 4));
    const result = await execute({
      schema,
      document: parse(`{ partnerships(of: "province:ha-tinh", after: "partnership:no-such-one") { id } }`),
      contextValue: contextOver(new Executor(driver, undefined), networkWorkers),
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
