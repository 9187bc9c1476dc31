import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../entity/entity.type';

@ObjectType({ implements: Node, description: 'A published article that facts are taken from.' })
export class Source extends Node {
  @Field(() => String, { nullable: true })
  url: string | null;

  @Field()
  publisher: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'Publication date at the precision the page gives.' })
  publishedOn: string | null;

  @Field({ description: 'ISO 639-1 code of the language the article is in.' })
  language: string;

  @Field(() => String, { nullable: true, description: 'The platform the page was read on, when it republishes the publisher.' })
  via: string | null;

  @Field(() => String, { nullable: true })
  author: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ID, { description: 'File name of the archived copy the line locators refer to.' })
  file: string;
}
