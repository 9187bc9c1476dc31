import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { EntityRecord } from '../entity/entity.record';
import { Entity, EntityLink } from '../entity/entity.type';
import { Event, EventLink } from '../event/event.type';
import { Locality, LocalityLink } from '../locality/locality.type';
import { relatedLink, relatedLinks, relatedNode, relatedNodes } from '../relation/relation.fields';
import { AidProject } from './aid-project.type';

@Resolver(() => AidProject)
export class AidProjectResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'Who gave the aid: a body or a place.' })
  funder(@Root() project: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx.loaders.funderByProjectId, project.id);
  }

  @FieldResolver(() => EntityLink, { nullable: true, description: '`funder`, with the evidence for the relationship.' })
  funderLink(@Root() project: EntityRecord, @Ctx() ctx: Context) {
    return relatedLink(ctx.loaders.funderByProjectId, project.id);
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'Who received the aid: a body or a place.' })
  recipient(@Root() project: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx.loaders.recipientByProjectId, project.id);
  }

  @FieldResolver(() => EntityLink, { nullable: true, description: '`recipient`, with the evidence for the relationship.' })
  recipientLink(@Root() project: EntityRecord, @Ctx() ctx: Context) {
    return relatedLink(ctx.loaders.recipientByProjectId, project.id);
  }

  @FieldResolver(() => Locality, { nullable: true })
  location(@Root() project: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx.loaders.locationByProjectId, project.id);
  }

  @FieldResolver(() => LocalityLink, { nullable: true, description: '`location`, with the evidence for the relationship.' })
  locationLink(@Root() project: EntityRecord, @Ctx() ctx: Context) {
    return relatedLink(ctx.loaders.locationByProjectId, project.id);
  }

  @FieldResolver(() => [Event], { description: 'Events about the project, such as visits.' })
  events(@Root() project: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.eventsBySubjectId, project.id);
  }

  @FieldResolver(() => [EventLink], { description: '`events`, each with the evidence for its relationship.' })
  eventsLinks(@Root() project: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.eventsBySubjectId, project.id);
  }
}
