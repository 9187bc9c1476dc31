import { Neighbourhood, neighbourhoodEdge, neighbourhoodPattern } from '../relation/relation.repository';
import { PrefetchPlan } from './prefetch.plan';

/** The key a relation's rows have in a compiled projection: `citations`, or direction and type (`out_HAS_PARTY`). */
export function projectionKey(neighbourhood: Neighbourhood): string {
  return neighbourhood.kind === 'citations' ? 'citations' : `${neighbourhood.direction}_${neighbourhood.type}`;
}

/**
 * A Cypher map of everything `plan` follows from the entity bound to `owner`: per relation, a pattern comprehension
 * giving each related entity with its relationship (`edge`, `node`) and, when the plan goes further, what follows from
 * it (`next`). The patterns are those of the batched loader (relation.repository.ts), so its rows can stand in for the
 * loader's. Types come from the model's catalogue and names from the depth; no value of the request is written in.
 */
export function prefetchProjection(plan: PrefetchPlan, owner: string, depth = 1): string {
  const entries = plan.relations.map(({ neighbourhood, then }) => {
    const [rel, other] = [`r${depth}`, `n${depth}`];
    const next = then.relations.length ? `, next: ${prefetchProjection(then, other, depth + 1)}` : '';
    return `${projectionKey(neighbourhood)}: [${neighbourhoodPattern(neighbourhood, owner, rel, other)} | {edge: ${neighbourhoodEdge(neighbourhood, rel)}, node: properties(${other})${next}}]`;
  });
  return `{${entries.join(', ')}}`;
}
