import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../entity/entity.type';
import { enumFrom } from '../evidence/enum';
import { SOURCE_KINDS } from '../model/vocabularies';

export const SourceKind = enumFrom(
  'SourceKind',
  SOURCE_KINDS,
  'ARTICLE: a published article, archived and cited by line. DATASET: a dataset or standard (ISO 3166, CLDR), cited by key. LEGAL_TEXT: a law or resolution, cited by article.',
);

@ObjectType({ implements: Node, description: 'A published article, dataset or legal text that facts are taken from.' })
export class Source extends Node {
  @Field(() => SourceKind, { description: 'What sort of source it is, and so how citations locate facts in it.' })
  sourceKind: string;

  @Field(() => String, { nullable: true, description: 'The release of a dataset that was read, e.g. "48.2.0"; null for articles.' })
  version: string | null;

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

  @Field(() => ID, {
    description:
      'File name of the archived copy the line locators refer to. A dataset or legal text, or an article cited by offsets into its cleaned text, has no archived copy; its own ID stands here.',
  })
  file: string;

  @Field(() => String, {
    nullable: true,
    description: 'For an article cited by offsets ("C120-245", UTF-16, end exclusive): the sha256 (hex) of the cleaned text the offsets point into.',
  })
  textHash: string | null;
}
