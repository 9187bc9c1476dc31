import { randomUUID } from 'node:crypto';
import { Driver } from 'neo4j-driver';
import { ANONYMOUS, Caller } from './access/caller';
import { DEFAULT_LIMITS, Limits } from './config';
import { Executor } from './db/executor';
import { createEntityLoaders } from './entity/entity.loaders';
import { NetworkWorkers } from './network/network-workers';
import { createNeighbourhoodLoader, createRelationLoaders } from './relation/relation.loaders';
import { createReviewLoaders } from './review/review.loaders';

export interface Context {
  requestId: string;
  executor: Executor;
  loaders: ReturnType<typeof createLoaders>;
  limits: Limits;
  /** Who sent the request: decides what it may change, and is written in the audit trail. */
  caller: Caller;
  /** The server's threads for network measures too heavy for the event loop. */
  networkWorkers: NetworkWorkers;
  /** The languages names are given in when a field's `lang` is not, best first (from Accept-Language); empty: as the source wrote them. */
  languages: readonly string[];
  /** Whether root fields read the relations their selection follows in their own statement (src/prefetch/); off only to compare. */
  compileSelections: boolean;
}

function createLoaders(executor: Executor) {
  const neighbourhoods = createNeighbourhoodLoader(executor);
  return {
    /** Behind every relation loader; compiled statements prime it (src/prefetch/). */
    neighbourhoods,
    ...createEntityLoaders(executor, neighbourhoods),
    ...createRelationLoaders(neighbourhoods),
    ...createReviewLoaders(executor),
  };
}

/** A fresh executor and fresh loaders per request: caches never leak between users. */
export function createContext(
  driver: Driver,
  database: string | undefined,
  networkWorkers: NetworkWorkers,
  requestId: string = randomUUID(),
  limits: Limits = DEFAULT_LIMITS,
  caller: Caller = ANONYMOUS,
  languages: readonly string[] = [],
): Context {
  return contextOver(new Executor(driver, database, limits.queryTimeoutMs), networkWorkers, requestId, limits, caller, languages);
}

/** A context over a given executor, e.g. one that records the Cypher a request runs. */
export function contextOver(
  executor: Executor,
  networkWorkers: NetworkWorkers,
  requestId: string = randomUUID(),
  limits: Limits = DEFAULT_LIMITS,
  caller: Caller = ANONYMOUS,
  languages: readonly string[] = [],
  compileSelections = true,
): Context {
  return { requestId, executor, loaders: createLoaders(executor), limits, caller, networkWorkers, languages, compileSelections } satisfies Context;
}
