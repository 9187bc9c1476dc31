import 'reflect-metadata';
import { FieldNode, FragmentDefinitionNode, getNamedType, GraphQLSchema, Kind, OperationDefinitionNode, parse } from 'graphql';
import { SEED_GRAPH_ANCHORS, WORKLOADS } from '../../bench/workloads';
import { entityWithProjectionQuery } from '../../src/entity/entity.repository';
import { eventListing } from '../../src/event/event.repository';
import { listingPageQuery } from '../../src/pagination/listing.repository';
import { orderByDate } from '../../src/pagination/listing.repository';
import { partnershipsOfQuery } from '../../src/partnership/partnership.repository';
import { fieldTypeOf, prefetchPlan, PrefetchPlan, selectionSetsAt } from '../../src/prefetch/prefetch.plan';
import { prefetchProjection } from '../../src/prefetch/prefetch.repository';
import { neighbourhoodKey } from '../../src/relation/relation.repository';
import { partnershipSchema } from '../../src/schema/build-schema';

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await partnershipSchema();
});

/** The plan for the first root field of `query`, on the entities at `path` below it. */
function planFor(query: string, path: string[] = []): PrefetchPlan {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const root = operation.selectionSet.selections[0] as FieldNode;
  const rootType = getNamedType(schema.getQueryType()!.getFields()[root.name.value].type);
  const type = path.length ? fieldTypeOf(schema, rootType.name, path)! : rootType;
  return prefetchPlan({ schema, fragments, type, selectionSets: selectionSetsAt([root], path) });
}

/** The plan as nested keys, easier to read than the objects. */
function outline(plan: PrefetchPlan): unknown {
  return Object.fromEntries(plan.relations.map((r) => [neighbourhoodKey(r.neighbourhood), outline(r.then)]));
}

const workload = (name: string) => WORKLOADS.find((w) => w.name === name)!;

describe('compiling a selection into Cypher', () => {
  it('the partnerships question: parties, agreements, basis with their issuers, and sources, in one statement', () => {
    const plan = planFor(workload('partnerships').query);
    expect(outline(plan)).toEqual({
      citations: {},
      'out:BASED_ON': { 'out:ISSUED_BY': {} },
      'out:FORMALIZED_BY': {},
      'out:HAS_PARTY': {},
    });
    const filter = { of: 'province:ha-tinh', country: 'country:laos', kind: null, includeSubdivisions: false, includePredecessors: false, asOf: null };
    expect(partnershipsOfQuery(filter, { first: 100, after: null }, prefetchProjection(plan, 'p'))).toMatchSnapshot();
  });

  it('the entity page: fields under a type condition, three levels down', () => {
    const plan = planFor(workload('entity-page').query);
    expect(outline(plan)).toEqual({
      citations: {},
      'out:HOLDS_POSITION': { 'in:ORGANIZED_BY': { citations: {} } },
      'out:PARTICIPATED_IN': { citations: {}, 'out:HELD_IN': {} },
    });
    expect(entityWithProjectionQuery(SEED_GRAPH_ANCHORS.official, prefetchProjection(plan, 'n'))).toMatchSnapshot();
  });

  it('the events page: the items of a connection and its count', () => {
    const plan = planFor(workload('events-page').query, ['edges', 'node']);
    expect(outline(plan)).toEqual({ 'out:HELD_IN': {}, 'out:ORGANIZED_BY': {} });
    const listing = eventListing({ involving: null, fromDay: '2024-01-01', toDay: '2025-12-31' }, orderByDate('date', false));
    expect(listingPageQuery(listing, null, 21, { projection: prefetchProjection(plan, 'n'), withCount: true })).toMatchSnapshot();
  });

  it('follows named fragments and aliases, merges two fields over one relation, and skips fields that load nothing', () => {
    const plan = planFor(`
      query { partnerships(of: "province:ha-tinh") { id since other: partner { id ...Place } ...Parties } }
      fragment Parties on Partnership { parties { role entity { id } } }
      fragment Place on Locality { parent { id } labels { lang } }`);
    expect(outline(plan)).toEqual({ 'out:HAS_PARTY': { 'out:PART_OF': {} } });
    expect(outline(planFor(`{ partnerships(of: "province:ha-tinh") { id since partnershipKind } }`))).toEqual({});
  });

  it('writes no value of the request into the statement: they travel as parameters', () => {
    const hostile = `x"}) DETACH DELETE n //`;
    const plan = planFor(workload('partnerships').query);
    const filter = { of: hostile, country: hostile, kind: hostile, includeSubdivisions: true, includePredecessors: true, asOf: null };
    const { cypher, params } = partnershipsOfQuery(filter, { first: 3, after: hostile }, prefetchProjection(plan, 'p'));
    expect(cypher).not.toContain(hostile);
    expect(cypher).not.toContain('DELETE');
    expect(params).toMatchObject({ of: hostile, country: hostile, kind: hostile, after: hostile, first: 3 });
  });
});
