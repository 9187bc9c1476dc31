import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { EntityKind } from '../model/entity-kind';
import { EntityRecord } from '../entity/entity.record';
import { Entity } from '../entity/entity.type';
import { NetworkGraph } from './network-graph';

@InputType({ description: 'The part of the graph to compute on: entities matching every filter given.' })
export class NetworkScope {
  @Field(() => [EntityKind], { nullable: true, description: 'Only entities of these kinds.' })
  kinds?: EntityKind[];

  @Field(() => ID, { nullable: true, description: 'Only entities in this country.' })
  country?: string;

  @Field(() => ID, { nullable: true, description: 'Only entities within `depth` hops of this one.' })
  around?: string;

  @Field(() => Int, { nullable: true, defaultValue: 2, description: 'Hops from `around` (1 to 3).' })
  depth?: number;
}

@ObjectType({ description: 'An entity with its score in a ranking.' })
export class RankedEntity {
  @Field(() => Int, { description: '1 for the highest score.' })
  rank: number;

  @Field(() => Float)
  score: number;

  @Field(() => Entity)
  entity: EntityRecord;
}

@ObjectType({ description: 'A set of entities linked to each other and to nothing else in scope.' })
export class NetworkComponent {
  @Field(() => Int)
  size: number;

  /** Member IDs, resolved to entities only when asked for. */
  memberIds: string[];
}

@ObjectType({
  description:
    'Statistics over a projected subgraph, read as undirected and simple: relationships become links, parallel ones count once. Partnerships are entities of their own, between their parties.',
})
export class NetworkStatistics {
  graph: NetworkGraph;

  @Field(() => Int)
  nodeCount: number;

  @Field(() => Int, { description: 'Distinct linked pairs.' })
  edgeCount: number;

  @Field(() => Float, { description: 'Links present over links possible, 0 to 1.' })
  density: number;

  @Field(() => Int)
  componentCount: number;
}
