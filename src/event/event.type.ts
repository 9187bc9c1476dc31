import { Field, Int, ObjectType } from 'type-graphql';
import { EdgeRecord, EntityRecord } from '../entity/entity.record';
import { Entity, Node } from '../entity/entity.type';
import { enumFrom } from '../evidence/enum';
import { Confidence, Evidence } from '../evidence/evidence.type';
import { connectionOf } from '../pagination/connection';
import { linkOf } from '../relation/relation.type';
import { ATTENDANCE_QUALIFIERS, EVENT_KINDS, PARTICIPANT_ROLES } from '../model/vocabularies';

export const EventKind = enumFrom('EventKind', EVENT_KINDS, 'What sort of event it was.');
export const ParticipantRole = enumFrom('ParticipantRole', PARTICIPANT_ROLES, 'The part an entity played in an event.');
export const AttendanceQualifier = enumFrom('AttendanceQualifier', ATTENDANCE_QUALIFIERS, 'How exact an attendance figure is.');
export const DatePrecision = enumFrom('DatePrecision', ['YEAR', 'MONTH', 'DAY'] as const, 'How precise a date is.');

@ObjectType({ description: 'How many took part, as precisely as the source says.' })
export class Attendance {
  @Field(() => Int)
  count: number;

  @Field(() => AttendanceQualifier)
  qualifier: string;
}

@ObjectType({ implements: [Entity, Node], description: 'A conference, visit, anniversary or other event.' })
export class Event extends Entity {
  @Field(() => EventKind, { name: 'eventKind' })
  category: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 8601 at the precision the source gives: `2024`, `2023-10` or `2025-10-09`; null when the source gives none.',
  })
  date: string | null;

  @Field(() => DatePrecision, { nullable: true })
  datePrecision: string | null;

  @Field(() => Confidence, {
    nullable: true,
    description: '`inferred` when the source implies the year without printing it; `disputed` when the sources contradict the date, which date filters and time order then ignore.',
  })
  dateConfidence: string | null;

  @Field(() => String, { nullable: true, description: 'Why the date is inferred or disputed; always given when it is disputed.' })
  dateNote: string | null;
}

export interface ParticipationRecord {
  role: string;
  participant: EntityRecord;
  event: EntityRecord;
  evidence: EdgeRecord;
}

@ObjectType({ description: 'An entity taking part in an event, in a role.' })
export class Participation {
  @Field(() => ParticipantRole)
  role: string;

  @Field(() => Entity)
  participant: EntityRecord;

  @Field(() => Event)
  event: EntityRecord;

  @Field(() => Evidence)
  evidence: EdgeRecord;
}

export interface AwardRecord {
  award: string;
  count: number | null;
  recipients: string | null;
  givenBy: EntityRecord;
  evidence: EdgeRecord;
}

@ObjectType({ description: 'Awards given at an event: what, how many, to whom and by whom, as the source says.' })
export class Award {
  @Field({ description: 'The award, as the source names it.' })
  award: string;

  @Field(() => Int, { nullable: true, description: 'How many were given; null when this giver\'s part is told without a number.' })
  count: number | null;

  @Field(() => String, { nullable: true, description: 'Who received them, in brief.' })
  recipients: string | null;

  @Field(() => Entity, { description: 'The body that awarded them or the official who handed them over.' })
  givenBy: EntityRecord;

  @Field(() => Evidence)
  evidence: EdgeRecord;
}

export const EventConnection = connectionOf(Event, 'Event', 'A page of events.');

export const EventLink = linkOf(Event, 'Event');
