import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { EntityRecord } from '../entity/entity.record';
import { Event } from '../event/event.type';
import { Locality } from '../locality/locality.type';
import { Institution } from '../organization/organization.type';
import { relatedNode, relatedNodes } from '../relation/relation.fields';
import { AidProject } from './aid-project.type';

@Resolver(() => AidProject)
export class AidProjectResolver {
  @FieldResolver(() => Institution, { nullable: true })
  funder(@Root() project: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx, project.id, 'FUNDED_BY');
  }

  @FieldResolver(() => Institution, { nullable: true })
  recipient(@Root() project: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx, project.id, 'RECEIVED_BY');
  }

  @FieldResolver(() => Locality, { nullable: true })
  location(@Root() project: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx, project.id, 'LOCATED_IN');
  }

  @FieldResolver(() => [Event], { description: 'Events about the project, such as visits.' })
  events(@Root() project: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, project.id, 'CONCERNS', 'in');
  }
}
