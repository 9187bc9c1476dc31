import { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Context } from '../context';

export const UNCACHEABLE = 'no-store';

/**
 * Who may keep an answer, and for how long. Only an anonymous GET query (its text or its persisted hash in
 * the URL) that succeeded, and whose every field allows it, is `public, max-age=<the shortest hint>`. Keyed
 * requests, mutations, POST, errors and anything touching a caller's own data (`@cacheControl(maxAge: 0)`)
 * are `no-store`. Apollo's cache control plugin computes the hints; this turns them into the header.
 */
export function httpCachingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(requestContext) {
          const { response } = requestContext;
          const maxAge = cacheableFor(requestContext);
          if (maxAge === null) {
            response.http.headers.set('cache-control', UNCACHEABLE);
            return;
          }
          response.http.headers.set('cache-control', `public, max-age=${maxAge}`);
          // The same URL answers differently in another representation or language, and a keyed request must not be served a stored answer.
          response.http.headers.set('vary', 'Accept, Accept-Language, Authorization');
        },
      };
    },
  };
}

function cacheableFor({ request, response, operation, overallCachePolicy, contextValue }: GraphQLRequestContextWillSendResponse<Context>): number | null {
  if (request.http?.method !== 'GET') return null;
  if (request.http.headers.get('authorization') !== undefined || contextValue.caller.kind !== 'anonymous') return null;
  if (operation?.operation !== 'query') return null;
  if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) return null;
  const policy = overallCachePolicy.policyIfCacheable();
  if (!policy || policy.scope !== 'PUBLIC') return null;
  return policy.maxAge;
}
