/**
 * The extraction's output as the evaluator reads it: the fields of the pipeline's `ExtractionResult` that scoring
 * uses. Structural, so the pipeline's own types satisfy it.
 */
export type FactClass = 'entity' | 'partnership' | 'agreement' | 'position' | 'event' | 'aid' | 'membership';

export interface CandidateLink {
  mention: string;
  entityId: string;
  reason: string;
  certain: boolean;
}

export interface ScoredCandidate {
  class: FactClass;
  collection: string;
  record: Record<string, unknown>;
  links: CandidateLink[];
}

export interface ArticleForExtraction {
  url?: string;
  publisher?: string;
  publishedOn?: string;
  lang: string;
  title?: string;
}

export interface ExtractionOutput {
  candidates: ScoredCandidate[];
}

/** Runs the pipeline's extraction on one article's text, without writing anything. */
export type Extract = (text: string, article: ArticleForExtraction) => Promise<ExtractionOutput>;
