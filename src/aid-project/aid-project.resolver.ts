import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { EntityRecord } from '../entity/entity.record';
import { Event, EventLink } from '../event/event.type';
import { Locality, LocalityLink } from '../locality/locality.type';
import { Institution, InstitutionLink } from '../organization/organization.type';
import { relatedLink, relatedLinks, relatedNode, relatedNodes } from '../relation/relation.fields';
import { AidProject } from './aid-project.type';

@Resolver(() => AidProject)
export class AidProjectResolver {
  @FieldResolver(() => Institution, { nullable: true })
  funder(@Root() project: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx.loaders.funderByProjectId, project.id);
  }

  @FieldResolver(() => InstitutionLink, { nullable: true, description: '`funder`, with the evidence for the relationship.' })
  funderLink(@Root() project: EntityRecord, @Ctx() ctx: Context) {
    return relatedLink(ctx.loaders.funderByProjectId, project.id);
  }

  @FieldResolver(() => Institution, { nullable: true })
  recipient(@Root() project: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx.loaders.recipientByProjectId, project.id);
  }

  @FieldResolver(() => InstitutionLink, { nullable: true, description: '`recipient`, with the evidence for the relationship.' })
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
