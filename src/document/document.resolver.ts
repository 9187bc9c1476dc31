import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { EntityRecord } from '../entity/entity.record';
import { Event } from '../event/event.type';
import { Institution } from '../organization/organization.type';
import { Partnership } from '../partnership/partnership.type';
import { relatedNode, relatedNodes } from '../relation/relation.fields';
import { Document } from './document.type';

/** Fields of every document type; Directive, Plan, Resolution and Agreement inherit them. */
@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => Institution, { nullable: true })
  issuer(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx, document.id, 'ISSUED_BY');
  }

  @FieldResolver(() => [Document], { description: 'The documents this one carries out.' })
  implements(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, document.id, 'IMPLEMENTS');
  }

  @FieldResolver(() => [Document], { description: 'The documents that carry this one out.' })
  implementedBy(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, document.id, 'IMPLEMENTS', 'in');
  }

  @FieldResolver(() => Document, { nullable: true, description: 'An earlier document this one was issued in response to.' })
  followsUp(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx, document.id, 'FOLLOWS_UP');
  }

  @FieldResolver(() => [Partnership], { description: 'Partnerships this document formalizes.' })
  formalizes(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, document.id, 'FORMALIZED_BY', 'in');
  }

  @FieldResolver(() => [Event], { description: 'Events about this document (e.g. a conference presenting it).' })
  events(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, document.id, 'CONCERNS', 'in');
  }
}
