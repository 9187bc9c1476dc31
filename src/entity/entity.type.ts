import { Field, ID, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { linkOf } from '../relation/relation.type';
import { EntityKind, LABEL_BY_KIND } from '../model/entity-kind';

registerEnumType(EntityKind, { name: 'EntityKind', description: 'The kinds of entity in the graph.' });

const DOCUMENT_TYPE_BY_CATEGORY: Record<string, string> = {
  DIRECTIVE: 'Directive',
  PLAN: 'Plan',
  RESOLUTION: 'Resolution',
  AGREEMENT: 'Agreement',
};


/** The GraphQL object type of a record: its Neo4j label, except that sources have no kind and documents are typed by category. */
export function graphqlTypeOf(record: { kind?: EntityKind; category?: string | null }): string {
  if (!record.kind) return 'Source';
  if (record.kind === EntityKind.DOCUMENT) return DOCUMENT_TYPE_BY_CATEGORY[record.category ?? ''] ?? 'Agreement';
  return LABEL_BY_KIND[record.kind];
}

@InterfaceType({ description: 'Anything with a global ID of the form `<kind>:<slug>`.', resolveType: graphqlTypeOf })
export abstract class Node {
  @Field(() => ID)
  id: string;
}

@InterfaceType({
  implements: Node,
  resolveType: graphqlTypeOf,
  description: 'An entity of the partnership graph. Every entity cites the sources it comes from.',
})
export abstract class Entity extends Node {
  @Field(() => EntityKind)
  kind: EntityKind;

  /** Served by EntityResolver.name, which takes a language. */
  name: string;

  @Field(() => String, {
    nullable: true,
    description: "The name in the place's own language and script (Vietnamese with its diacritics, Lao, Thai, …), where well known.",
  })
  nativeName: string | null;

  @Field({ description: 'The name folded to ASCII (no diacritics).' })
  asciiName: string;

  @Field(() => [String], { description: 'Other names the sources use.' })
  aliases: string[];

  @Field(() => String, { nullable: true, description: "A reviewer's note: vagueness or doubts in the sources." })
  note: string | null;
}

@ObjectType({ description: 'Where a source supports a fact: the source and the lines of its archived copy.' })
export class Citation {
  @Field(() => ID)
  sourceId: string;

  @Field(() => [String], { description: 'Where in the source: "L7", the 7th non-empty line of an archived copy; "C120-245", UTF-16 offsets (end exclusive) into an article\'s cleaned text, whose hash the source gives as `textHash`; or a key such as "VN-23" in a dataset or legal text.' })
  locators: string[];
}

export const EntityLink = linkOf(Entity, 'Entity');
