import { Arg, Authorized, Ctx, Directive, ID, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../access/role';
import { NEVER_CACHED } from '../caching/cache-control.directive';
import { Context } from '../context';
import { requireWellFormedIdIfGiven } from '../entity/id-argument';
import { DEFAULT_PAGE_SIZE, Page, pageOf } from '../pagination/connection';
import { auditListing, toAuditEntry } from './audit.repository';
import { AuditAction, AuditEntry, AuditEntryConnection, AuditRecord } from './audit.type';

@Resolver()
export class AuditResolver {
  @Authorized(Role.READER)
  @Directive(NEVER_CACHED)
  @Query(() => AuditEntryConnection, {
    description: 'The curation history, newest first: every write with who made it, when, what changed and citing what. Needs an API key.',
  })
  async auditTrail(
    @Ctx() { executor }: Context,
    @Arg('entityId', () => ID, { nullable: true, description: 'Only changes to this entity or source.' }) entityId?: string,
    @Arg('actorKeyId', () => ID, { nullable: true, description: 'Only changes made with this API key.' }) actorKeyId?: string,
    @Arg('action', () => AuditAction, { nullable: true }) action?: AuditAction,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<AuditEntry>> {
    requireWellFormedIdIfGiven(entityId, 'entityId');
    const page = await pageOf<AuditRecord>(executor, auditListing({ entityId: entityId ?? null, actorKeyId: actorKeyId ?? null, action: action ?? null }), { first, after });
    return {
      pageInfo: page.pageInfo,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toAuditEntry(edge.node) })),
      get totalCount() {
        return page.totalCount;
      },
    };
  }
}
