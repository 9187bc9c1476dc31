import { Context } from '../context';
import { EntityRecord } from '../entity/entity.record';
import type { AwardRecord, ParticipationRecord } from './event.type';

/** The events an entity took part in, with its role in each. */
export async function participationsOf(ctx: Context, participant: EntityRecord): Promise<ParticipationRecord[]> {
  return (await ctx.loaders.participationsByParticipantId.load(participant.id)).map(({ edge, node }) => ({
    role: edge.role as string,
    participant,
    event: node,
    evidence: edge,
  }));
}

/** Who took part in an event, with their roles. */
export async function participantsOf(ctx: Context, event: EntityRecord): Promise<ParticipationRecord[]> {
  return (await ctx.loaders.participantsByEventId.load(event.id)).map(({ edge, node }) => ({
    role: edge.role as string,
    participant: node,
    event,
    evidence: edge,
  }));
}

export async function awardsOf(ctx: Context, event: EntityRecord): Promise<AwardRecord[]> {
  return (await ctx.loaders.awardsByEventId.load(event.id)).map(({ edge, node }) => ({
    award: edge.award as string,
    count: (edge.count as number | null) ?? null,
    recipients: (edge.recipients as string | null) ?? null,
    givenBy: node,
    evidence: edge,
  }));
}
