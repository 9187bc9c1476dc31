/**
 * What the pipeline proposes for one article: records in the seed files' own format, each with its evidence
 * (character offsets into the cleaned text) and the links from the words of the text to the graph's entities.
 * An accepted candidate imports unchanged once it is given its citation.
 */
export type FactClass = 'entity' | 'partnership' | 'agreement' | 'position' | 'event' | 'aid' | 'membership';

/** UTF-16 offsets into the cleaned text, `end` exclusive. */
export interface Evidence {
  start: number;
  end: number;
}

export interface Link {
  mention: string;
  entityId: string;
  reason: string;
  certain: boolean;
}

export interface Candidate {
  /** Stable: the first 16 hex digits of sha256 of the class and the canonical JSON of the record. */
  key: string;
  class: FactClass;
  /** The model collection the record belongs to: localities, organizations, associations, officials, documents, events, partnerships, aidProjects. */
  collection: string;
  /** A record as the seed files hold it (id, name, kind, parties, since, …), without `cite`. */
  record: Record<string, unknown>;
  confidence: number;
  evidence: Evidence[];
  links: Link[];
  /** For entities: true when proposed as new, false when linked to an entity the graph holds. */
  isNew: boolean;
}

export interface ArticleMeta {
  url?: string;
  publisher?: string;
  /** `YYYY-MM-DD` (or a partial date): what year-less dates are resolved against. */
  publishedOn?: string;
  lang: string;
  title?: string;
}

export interface ExtractionResult {
  article: ArticleMeta;
  /** sha256 hex of `text`. */
  textHash: string;
  text: string;
  candidates: Candidate[];
}
