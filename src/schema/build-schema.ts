import 'reflect-metadata';
import { GraphQLSchema, specifiedDirectives } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ApiKeyResolver } from '../access/api-key.resolver';
import { roleChecker } from '../access/auth-checker';
import { AidProjectResolver } from '../aid-project/aid-project.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { cacheControlDirective } from '../caching/cache-control.directive';
import { CurationResolver } from '../curation/curation.resolver';
import { DocumentResolver } from '../document/document.resolver';
import { Agreement, Directive, Plan, Resolution } from '../document/document.type';
import { EntityResolver } from '../entity/entity.resolver';
import { EventResolver } from '../event/event.resolver';
import { EvidenceResolver } from '../evidence/evidence.resolver';
import { GraphNodeResolver } from '../graph/graph-node.resolver';
import { GraphResolver } from '../graph/graph.resolver';
import { SourceResolver } from '../source/source.resolver';
import { CountryResolver, LocalityGroupResolver, LocalityResolver, SuccessionResolver } from '../locality/locality.resolver';
import { NetworkComponentResolver, NetworkResolver } from '../network/network.resolver';
import { OfficialResolver } from '../official/official.resolver';
import { AssociationResolver, InstitutionResolver, OrganizationResolver } from '../organization/organization.resolver';
import { Association, Organization } from '../organization/organization.type';
import { PartnershipResolver } from '../partnership/partnership.resolver';
import { CandidateLinkResolver, ReviewResolver } from '../review/review.resolver';
import { SearchResolver } from '../search/search.resolver';
import { Source } from '../source/source.type';

let schema: GraphQLSchema | undefined;

/** Built once per process: the schema is immutable and building it is the slow part of start-up. */
export async function partnershipSchema(): Promise<GraphQLSchema> {
  schema ??= await buildSchema({
    resolvers: [
      EntityResolver,
      EvidenceResolver,
      CountryResolver,
      LocalityResolver,
      SuccessionResolver,
      SourceResolver,
      LocalityGroupResolver,
      InstitutionResolver,
      OrganizationResolver,
      AssociationResolver,
      OfficialResolver,
      EventResolver,
      DocumentResolver,
      PartnershipResolver,
      AidProjectResolver,
      SearchResolver,
      GraphResolver,
      GraphNodeResolver,
      NetworkResolver,
      NetworkComponentResolver,
      CurationResolver,
      AuditResolver,
      ApiKeyResolver,
      ReviewResolver,
      CandidateLinkResolver,
    ],
    authChecker: roleChecker,
    directives: [...specifiedDirectives, cacheControlDirective],
    // Types only reachable through interfaces must be listed, or the schema would omit them.
    orphanedTypes: [Source, Organization, Association, Directive, Plan, Resolution, Agreement],
    validate: false,
  });
  return schema;
}
