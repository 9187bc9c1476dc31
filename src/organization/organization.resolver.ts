import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { Document } from '../document/document.type';
import { EntityRecord } from '../entity/entity.record';
import { Entity } from '../entity/entity.type';
import { Event } from '../event/event.type';
import { Position } from '../official/official.type';
import { positionsOf } from '../official/official.resolver';
import { Partnership } from '../partnership/partnership.type';
import { Country } from '../locality/locality.type';
import { relatedNode, relatedNodes } from '../relation/relation.fields';
import { Association, Institution } from './organization.type';

/** Fields every organization and association has; implementations inherit them. */
@Resolver(() => Institution)
export class InstitutionResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'The locality or country it is based in.' })
  basedIn(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx, body.id, 'BASED_IN');
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The body it is a unit of.' })
  parentInstitution(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx, body.id, 'SUBUNIT_OF');
  }

  @FieldResolver(() => [Institution])
  subunits(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, body.id, 'SUBUNIT_OF', 'in');
  }

  @FieldResolver(() => [Institution], { description: 'Bodies it is a member of.' })
  memberOf(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, body.id, 'MEMBER_OF');
  }

  @FieldResolver(() => [Entity], { description: 'Its members: associations, organizations or localities.' })
  members(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, body.id, 'MEMBER_OF', 'in');
  }

  @FieldResolver(() => [Position], { description: 'Posts held in it, with their holders.' })
  positions(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return positionsOf(ctx, body, 'in');
  }

  @FieldResolver(() => [Document], { description: 'Documents it issued.' })
  issued(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, body.id, 'ISSUED_BY', 'in');
  }

  @FieldResolver(() => [Event], { description: 'Events it organized.' })
  organizedEvents(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, body.id, 'ORGANIZED_BY', 'in');
  }

  @FieldResolver(() => [Partnership])
  partnerships(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, body.id, 'HAS_PARTY', 'in');
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The body that took over its functions.' })
  functionsTransferredTo(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx, body.id, 'FUNCTIONS_TRANSFERRED_TO');
  }
}

@Resolver(() => Association)
export class AssociationResolver {
  @FieldResolver(() => [Country], { description: 'The countries whose friendship it promotes.' })
  friendshipWith(@Root() association: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, association.id, 'FRIENDSHIP_WITH');
  }

  @FieldResolver(() => [Country], { description: 'The countries a multi-country association spans.' })
  activeIn(@Root() association: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, association.id, 'ACTIVE_IN');
  }
}
