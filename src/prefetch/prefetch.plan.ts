import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLNamedType,
  GraphQLSchema,
  isAbstractType,
  isObjectType,
  Kind,
  SelectionSetNode,
} from 'graphql';
import { Neighbourhood, neighbourhoodKey } from '../relation/relation.repository';
import { RELATION_LOOKUPS } from '../relation/relation.lookups';
import { FIELD_RELATIONS, FieldRelation } from './field-relations';

/** The relations a request will follow from one entity, each with what it follows from the entities it reaches. */
export interface PrefetchPlan {
  relations: PlannedRelation[];
}

export interface PlannedRelation {
  neighbourhood: Neighbourhood;
  then: PrefetchPlan;
}

/** A selection on a GraphQL type: the type, its fields, and the fragments its spreads name. */
export interface Selection {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  type: GraphQLNamedType;
  selectionSets: readonly SelectionSetNode[];
}

/** Past this depth a request's deeper relations are left to DataLoader; the query limits bound depth well below it. */
const MAX_DEPTH = 8;

function neighbourhoodOf(relation: FieldRelation): Neighbourhood {
  if (relation.lookup === 'citations') return { kind: 'citations' };
  const { type, direction } = RELATION_LOOKUPS[relation.lookup];
  return { kind: 'related', type, direction };
}

function concreteTypes(schema: GraphQLSchema, type: GraphQLNamedType): string[] {
  if (isAbstractType(type)) return schema.getPossibleTypes(type).map((t) => t.name);
  return isObjectType(type) ? [type.name] : [];
}

interface CollectedField {
  /** The concrete types on which this field was selected. */
  types: Set<string>;
  nodes: FieldNode[];
}

/** Every field selected on `types`, through inline fragments and named ones, by response-independent field name. */
function collectFields(selection: Selection): Map<string, CollectedField> {
  const fields = new Map<string, CollectedField>();
  const visit = (selectionSet: SelectionSetNode, types: string[], spread: Set<string>) => {
    for (const item of selectionSet.selections) {
      if (item.kind === Kind.FIELD) {
        const name = item.name.value;
        if (!fields.has(name)) fields.set(name, { types: new Set(), nodes: [] });
        const field = fields.get(name)!;
        types.forEach((t) => field.types.add(t));
        field.nodes.push(item);
        continue;
      }
      const fragment = item.kind === Kind.INLINE_FRAGMENT ? item : selection.fragments[item.name.value];
      if (!fragment || (item.kind === Kind.FRAGMENT_SPREAD && spread.has(item.name.value))) continue;
      const condition = fragment.typeCondition ? selection.schema.getType(fragment.typeCondition.name.value) : undefined;
      const narrowed = condition ? types.filter((t) => concreteTypes(selection.schema, condition).includes(t)) : types;
      visit(fragment.selectionSet, narrowed, item.kind === Kind.FRAGMENT_SPREAD ? new Set([...spread, item.name.value]) : spread);
    }
  };
  const types = concreteTypes(selection.schema, selection.type);
  selection.selectionSets.forEach((set) => visit(set, types, new Set()));
  return fields;
}

/** The selection sets found at `path` (field names) below these field nodes. */
export function selectionSetsAt(nodes: readonly FieldNode[], path: readonly string[]): SelectionSetNode[] {
  let sets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = sets.flatMap((set) => set.selections.flatMap((s) => (s.kind === Kind.FIELD && s.name.value === name && s.selectionSet ? [s.selectionSet] : [])));
  }
  return sets;
}

export function fieldTypeOf(schema: GraphQLSchema, typeName: string, path: readonly string[]): GraphQLNamedType | undefined {
  let type: GraphQLNamedType | undefined | null = schema.getType(typeName);
  for (const name of path) {
    if (!type || !('getFields' in type)) return undefined;
    const field = type.getFields()[name] as { type: Parameters<typeof getNamedType>[0] } | undefined;
    type = field ? getNamedType(field.type) : undefined;
  }
  return type ?? undefined;
}

/**
 * What a request selects on an entity, as the relations its resolvers will load (FIELD_RELATIONS), nested as far as the
 * selection goes. Fields selected under a fragment count for the types the fragment applies to. Two fields over the
 * same relation (`partner` and `parties`) share one planned relation, with both selections below it.
 */
export function prefetchPlan(selection: Selection, depth = 0): PrefetchPlan {
  if (depth >= MAX_DEPTH) return { relations: [] };
  const byKey = new Map<string, { neighbourhood: Neighbourhood; below: Selection[] }>();
  for (const [name, field] of collectFields(selection)) {
    // A field asked of an abstract type (`place { name }`) is read ahead only if it loads a relation on every type it
    // may meet: `name` loads parties on a partnership alone, and following HAS_PARTY from every place would be waste.
    if (![...field.types].every((typeName) => FIELD_RELATIONS[typeName]?.[name])) continue;
    for (const typeName of field.types) {
      const relation = FIELD_RELATIONS[typeName]?.[name];
      if (!relation) continue;
      const neighbourhood = neighbourhoodOf(relation);
      const key = neighbourhoodKey(neighbourhood);
      if (!byKey.has(key)) byKey.set(key, { neighbourhood, below: [] });
      if (relation.entityAt === null) continue;
      const path = relation.entityAt ? [name, relation.entityAt] : [name];
      const type = fieldTypeOf(selection.schema, typeName, path);
      const sets = selectionSetsAt(field.nodes, relation.entityAt ? [relation.entityAt] : []);
      if (type && sets.length) byKey.get(key)!.below.push({ schema: selection.schema, fragments: selection.fragments, type, selectionSets: sets });
    }
  }
  return mergePlans([...byKey.values()].map(({ neighbourhood, below }) => ({ relations: [{ neighbourhood, then: mergePlans(below.map((s) => prefetchPlan(s, depth + 1))) }] })));
}

/** One plan following every relation the given plans follow, in a stable order (so equal requests compile to equal text). */
function mergePlans(plans: PrefetchPlan[]): PrefetchPlan {
  const byKey = new Map<string, { neighbourhood: Neighbourhood; thens: PrefetchPlan[] }>();
  for (const relation of plans.flatMap((plan) => plan.relations)) {
    const key = neighbourhoodKey(relation.neighbourhood);
    if (!byKey.has(key)) byKey.set(key, { neighbourhood: relation.neighbourhood, thens: [] });
    byKey.get(key)!.thens.push(relation.then);
  }
  const relations = [...byKey.values()].map(({ neighbourhood, thens }) => ({ neighbourhood, then: mergePlans(thens) }));
  return { relations: relations.sort((a, b) => (neighbourhoodKey(a.neighbourhood) < neighbourhoodKey(b.neighbourhood) ? -1 : 1)) };
}

export function isEmptyPlan(plan: PrefetchPlan): boolean {
  return plan.relations.length === 0;
}
