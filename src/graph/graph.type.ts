import { Field, ID, ObjectType } from 'type-graphql';
import { EntityKind } from '../entity/entity-kind';

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

  @Field(() => [ID], { description: 'The sources the relationship rests on.' })
  sourceIds: string[];
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
