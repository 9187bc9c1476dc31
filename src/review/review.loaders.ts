import DataLoader from 'dataloader';
import { Executor } from '../db/executor';
import { candidatesByReviewIdsQuery, StoredCandidate, toCandidateRecord } from './review.repository';
import { CandidateRecord } from './review.type';

/** Per request: the candidates of every review a response shows, in one query. */
export function createReviewLoaders(executor: Executor) {
  return {
    candidatesByReviewId: new DataLoader<string, CandidateRecord[]>(async (ids) => {
      const rows = await executor.read(candidatesByReviewIdsQuery(ids));
      const byId = new Map(rows.map((row) => [row.reviewId as string, (row.candidates as StoredCandidate[]).map((c) => toCandidateRecord(c, row.text as string))]));
      return ids.map((id) => byId.get(id) ?? []);
    }),
  };
}
