import { DirectiveLocation, GraphQLBoolean, GraphQLDirective, GraphQLEnumType, GraphQLInt } from 'graphql';

/**
 * Apollo Server's `@cacheControl` hint, declared so that type-graphql's `@Directive` can put it on fields and
 * types; Apollo's cache control plugin reads it from there.
 */
export const cacheControlDirective = new GraphQLDirective({
  name: 'cacheControl',
  description: 'How long, and for whom, an answer containing this field or type may be cached.',
  locations: [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT, DirectiveLocation.INTERFACE, DirectiveLocation.UNION],
  args: {
    maxAge: { type: GraphQLInt },
    scope: {
      type: new GraphQLEnumType({
        name: 'CacheControlScope',
        values: { PUBLIC: { value: 'PUBLIC' }, PRIVATE: { value: 'PRIVATE' } },
      }),
    },
    inheritMaxAge: { type: GraphQLBoolean },
  },
});

/** For what one caller may see about their keys or the audit trail: never kept by any cache. */
export const NEVER_CACHED = '@cacheControl(maxAge: 0, scope: PRIVATE)';
