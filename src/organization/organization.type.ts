import { Field, Int, InterfaceType, ObjectType } from 'type-graphql';
import { graphqlTypeOf, Entity, Node } from '../entity/entity.type';
import { enumFrom } from '../evidence/enum';
import { connectionOf } from '../pagination/connection';
import { linkOf } from '../relation/relation.type';
import { ASSOCIATION_KINDS, ORGANIZATION_KINDS } from '../model/vocabularies';

export const OrganizationKind = enumFrom('OrganizationKind', ORGANIZATION_KINDS, 'What sort of body an organization is.');
export const AssociationKind = enumFrom('AssociationKind', ASSOCIATION_KINDS, 'What sort of association it is.');

@InterfaceType({
  implements: [Entity, Node],
  resolveType: graphqlTypeOf,
  description: 'An organization or an association: a body that issues documents, organizes events and employs officials.',
})
export abstract class Institution extends Entity {}

@ObjectType({ implements: [Institution, Entity, Node], description: 'A party, state or international body.' })
export class Organization extends Institution {
  @Field(() => OrganizationKind, { name: 'organizationKind' })
  category: string;
}

@ObjectType({
  implements: [Institution, Entity, Node],
  description: 'A friendship union or association, or an association of provinces.',
})
export class Association extends Institution {
  @Field(() => AssociationKind, { name: 'associationKind' })
  category: string;

  @Field(() => Int, { nullable: true, description: 'How many members the source says it has.' })
  memberCount: number | null;
}

export const OrganizationConnection = connectionOf(Organization, 'Organization', 'A page of organizations.');
export const AssociationConnection = connectionOf(Association, 'Association', 'A page of associations.');

export const InstitutionLink = linkOf(Institution, 'Institution');
