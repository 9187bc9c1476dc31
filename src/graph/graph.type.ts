import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EntityKind } from '../model/entity-kind';
import { Evidence } from '../evidence/evidence.type';

@ObjectType({ description: 'An entity as a vertex of a subgraph.' })
export class GraphNode {
  @Field(() => ID)
  id: string;

  @Field(() => EntityKind)
  kind: EntityKind;

  @Field()
  name: string;
}

@ObjectType({ description: 'A relationship as an edge of a subgraph, from `source` to `target`.' })
export class GraphEdge {
  @Field(() => ID)
  source: string;

  @Field(() => ID)
  target: string;

  @Field({ description: 'The relationship type, e.g. HAS_PARTY, PART_OF, PARTICIPATED_IN.' })
  type: string;

  @Field(() => String, { nullable: true, description: 'The role, for participations and partnership parties.' })
  role: string | null;

  @Field(() => [ID], { description: 'The sources the relationship rests on, each once.' })
  sourceIds: string[];

  @Field(() => Evidence, { description: 'Where the relationship is stated, and how firmly.' })
  evidence: Evidence;
}

@ObjectType()
export class Subgraph {
  @Field(() => [GraphNode])
  nodes: GraphNode[];

  @Field(() => [GraphEdge])
  edges: GraphEdge[];

  @Field({ description: 'True when the neighbourhood had more nodes than the limit and was cut.' })
  truncated: boolean;
}

@ObjectType({ description: 'A chain of relationships from one entity to another, nodes in walking order.' })
export class Path {
  @Field(() => Int, { description: 'The number of relationships.' })
  length: number;

  @Field(() => [GraphNode])
  nodes: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Edge i joins nodes i and i+1; its direction is the stored one.' })
  edges: GraphEdge[];
}
