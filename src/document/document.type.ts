import { Field, InterfaceType, ObjectType } from 'type-graphql';
import { graphqlTypeOf, Entity, Node } from '../entity/entity.type';
import { enumFrom } from '../evidence/enum';
import { Confidence } from '../evidence/evidence.type';
import { connectionOf } from '../pagination/connection';
import { linkOf } from '../relation/relation.type';
import { DOCUMENT_KINDS } from '../model/vocabularies';

export const DocumentKind = enumFrom('DocumentKind', DOCUMENT_KINDS, 'What sort of document it is.');

@InterfaceType({
  implements: [Entity, Node],
  resolveType: graphqlTypeOf,
  description: 'A directive, plan, resolution or agreement: who issued it, when, and what it implements.',
})
export abstract class Document extends Entity {
  @Field(() => DocumentKind, { name: 'documentKind' })
  category: string;

  @Field(() => String, { nullable: true, description: 'The official number, e.g. "45-CT/TU".' })
  code: string | null;

  @Field(() => String, { nullable: true, description: 'Date of issue at the precision the source gives.' })
  issuedOn: string | null;

  @Field(() => Confidence, {
    nullable: true,
    description: 'How firm `issuedOn` is: `disputed` when the sources contradict it, and then `issuedFrom`/`issuedTo` and date order ignore it.',
  })
  issuedOnConfidence: string | null;

  @Field(() => String, { nullable: true, description: 'Why `issuedOn` is inferred or disputed; always given when it is disputed.' })
  issuedOnNote: string | null;

  @Field(() => String, { nullable: true, description: 'What it is about, in brief.' })
  subject: string | null;

  @Field(() => String, { nullable: true, description: 'For an agreement: the first day of the period it covers, at the precision the source gives (e.g. "2021" for 2021–2025).' })
  validFrom: string | null;

  @Field(() => String, { nullable: true, description: 'For an agreement: the last day of the period it covers, at the precision the source gives.' })
  validUntil: string | null;

  @Field({ description: 'False when a source says such a document exists without naming it.' })
  named: boolean;
}

export const DocumentConnection = connectionOf(Document, 'Document', 'A page of documents.');

const implementations = { implements: [Document, Entity, Node] };

@ObjectType({ ...implementations, description: 'A party directive.' })
export class Directive extends Document {}

@ObjectType({ ...implementations, description: 'A plan, usually implementing a directive or another plan.' })
export class Plan extends Document {}

@ObjectType({ ...implementations, description: 'A resolution.' })
export class Resolution extends Document {}

@ObjectType({ ...implementations, description: 'An agreement between parties, e.g. a cooperation agreement.' })
export class Agreement extends Document {}

export const DocumentLink = linkOf(Document, 'Document');
