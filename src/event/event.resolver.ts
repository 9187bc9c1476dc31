import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { dateRange, isCalendarDate } from '../dates/partial-date';
import { requireWellFormedId } from '../entity/entity-id';
import { EntityRecord } from '../entity/entity.record';
import { Entity } from '../entity/entity.type';
import { BadUserInputError } from '../errors/errors';
import { Institution } from '../organization/organization.type';
import { requirePageSize } from '../pagination/page-size';
import { relatedNode, relatedNodes } from '../relation/relation.fields';
import { EventConnection } from './event.connection';
import { countEventsQuery, eventPageQuery } from './event.repository';
import { Attendance, Event, Participation, participationsOf } from './event.type';

function encodeCursor(event: EntityRecord): string {
  return Buffer.from(JSON.stringify([event.sortKey, event.id])).toString('base64url');
}

function decodeCursor(cursor: string): { sortKey: string; id: string } {
  try {
    const [sortKey, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof sortKey === 'string' && typeof id === 'string') return { sortKey, id };
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError('Argument "after" is not a cursor this API returned.', 'after');
}

function dayBound(value: string | undefined | null, argument: 'from' | 'to'): string | null {
  if (value === undefined || value === null) return null;
  if (!isCalendarDate(value)) {
    throw new BadUserInputError(`Argument "${argument}" must be a date as YYYY, YYYY-MM or YYYY-MM-DD.`, argument);
  }
  const range = dateRange(value);
  return argument === 'from' ? range.start : range.end;
}

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, {
    description: 'Events in time order, optionally those involving an entity and overlapping a date range.',
  })
  async events(
    @Ctx() { executor }: Context,
    @Arg('involving', () => ID, { nullable: true }) involving?: string,
    @Arg('from', () => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' }) from?: string,
    @Arg('to', () => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' }) to?: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null = 20,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<EventConnection> {
    if (involving) requireWellFormedId(involving, 'involving');
    const pageSize = requirePageSize(first ?? 20);
    const filter = { involving: involving ?? null, fromDay: dayBound(from, 'from'), toDay: dayBound(to, 'to') };
    if (filter.fromDay && filter.toDay && filter.fromDay > filter.toDay) {
      throw new BadUserInputError('Argument "from" must not be later than "to".', 'from');
    }
    const cursor = after ? decodeCursor(after) : null;
    const [totalRows, pageRows] = await Promise.all([
      executor.read(countEventsQuery(filter)),
      executor.read(eventPageQuery(filter, cursor, pageSize + 1)),
    ]);
    const nodes = pageRows.map((row) => row.node as EntityRecord);
    const edges = nodes.slice(0, pageSize).map((node) => ({ cursor: encodeCursor(node), node }));
    return {
      edges,
      pageInfo: { hasNextPage: nodes.length > pageSize, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: totalRows[0].total as number,
    };
  }

  @FieldResolver(() => Institution, { nullable: true })
  organizer(@Root() event: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx, event.id, 'ORGANIZED_BY');
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'The locality it was held in.' })
  place(@Root() event: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx, event.id, 'HELD_IN');
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The institution whose premises hosted it.' })
  venue(@Root() event: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx, event.id, 'HELD_AT');
  }

  @FieldResolver(() => [Participation])
  participants(@Root() event: EntityRecord, @Ctx() ctx: Context) {
    return participationsOf(ctx, event, 'in');
  }

  @FieldResolver(() => [Entity], { description: 'What the event was about: documents, places, projects.' })
  concerns(@Root() event: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, event.id, 'CONCERNS');
  }

  @FieldResolver(() => Attendance, { nullable: true })
  attendance(@Root() event: EntityRecord): Attendance | null {
    if (event.attendanceCount === null || event.attendanceCount === undefined) return null;
    return { count: event.attendanceCount as number, qualifier: event.attendanceQualifier as string };
  }
}
