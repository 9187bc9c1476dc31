import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { Executor } from '../db/executor';
import { BadUserInputError } from '../errors/errors';
import { KeysetPosition, Listing, listingCountQuery, listingPageQuery } from './listing.repository';
import { requirePageSize } from './page-size';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Page<TNode> {
  edges: { cursor: string; node: TNode }[];
  pageInfo: PageInfo;
  /** A getter that GraphQL reads only when the field is selected, so an unrequested count costs nothing. */
  readonly totalCount: Promise<number>;
}

/** A Relay connection type named `<name>Connection`, whose edges carry `nodeType`. */
export function connectionOf(nodeType: ClassType | object, name: string, description: string): ClassType {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field({ description: 'Pass as `after` to get the items following this one.' })
    cursor: string;

    @Field(() => nodeType)
    node: unknown;
  }

  @ObjectType(`${name}Connection`, { description })
  class Connection {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items match the filters over all pages; counted without fetching them.' })
    totalCount: number;
  }
  return Connection;
}

/**
 * Which list a cursor belongs to, and in which order: a position means nothing in another list or order
 * (its key is a name where a date is expected, or the page would run the other way).
 */
function listOf(listing: Listing): string {
  return `${listing.label} by ${listing.order.name} ${listing.order.descending ? 'DESC' : 'ASC'}`;
}

export function encodeCursor(listing: Listing, position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([listOf(listing), position.key, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string, listing: Listing, argument = 'after'): KeysetPosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = null;
  }
  const [list, key, id] = Array.isArray(decoded) && decoded.length === 3 ? decoded : [];
  if (typeof list !== 'string' || typeof key !== 'string' || typeof id !== 'string') {
    throw new BadUserInputError(`Argument "${argument}" is not a cursor this API returned.`, argument);
  }
  if (list !== listOf(listing)) {
    throw new BadUserInputError(
      `Argument "${argument}" is a cursor of another list or order; pass one that this list (${listOf(listing)}) returned.`,
      argument,
    );
  }
  return { key, id };
}

export interface PageArguments {
  first?: number | null;
  after?: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;

/** What a page reads of its items beyond their properties (a compiled selection), and whether it counts the listing. */
export interface PageReading {
  selection: { projection: string | null; prime(node: { id: string }, projected: unknown): void } | null;
  withCount: boolean;
}

const ITEMS_ONLY: PageReading = { selection: null, withCount: false };

/**
 * One page of a listing, in one round trip: the items, what `reading.selection` reads below them, and the count when
 * `reading.withCount`. A count not read up front (a caller that did not say) is read when `totalCount` is asked for.
 */
export async function pageOf<TNode extends { id: string }>(
  executor: Executor,
  listing: Listing,
  { first, after }: PageArguments,
  reading: PageReading = ITEMS_ONLY,
): Promise<Page<TNode>> {
  const pageSize = requirePageSize(first ?? DEFAULT_PAGE_SIZE);
  const position = after ? decodeCursor(after, listing) : null;
  const extras = { projection: reading.selection?.projection ?? null, withCount: reading.withCount };
  const [row] = await executor.read(listingPageQuery(listing, position, pageSize + 1, extras));
  const items = row.page as { node: TNode; sortKey: string; projected: unknown }[];
  const edges = items.slice(0, pageSize).map(({ node, sortKey, projected }) => {
    reading.selection?.prime(node, projected);
    return { cursor: encodeCursor(listing, { key: sortKey, id: node.id }), node };
  });
  let total: Promise<number> | undefined = reading.withCount ? Promise.resolve(row.total as number) : undefined;
  return {
    edges,
    pageInfo: { hasNextPage: items.length > pageSize, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      total ??= executor.read(listingCountQuery(listing)).then((countRows) => countRows[0].total as number);
      return total;
    },
  };
}
