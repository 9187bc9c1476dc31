import { Collection } from './relationships';

/**
 * A record of the model: one source or entity with its facts and references, as the seed files hold it and as
 * curation builds it from its inputs. Field names are the model's (`partOf`, `cite`); each door maps its own onto them.
 */
export interface ModelRecord {
  collection: Collection;
  data: RecordData;
}

export type RecordData = Record<string, unknown>;

/** A line of a source that states a fact: `at` is a locator such as `L7`. */
export type Citation = { source: string; at: string };

/** A reference from one record to another, with its own evidence when it differs from the record's. */
export type Reference = {
  id: string;
  confidence?: string;
  note?: string;
  role?: string;
  award?: string;
  count?: number;
  recipients?: string;
  /** A succession's day and the act that made it. */
  on?: string;
  by?: string;
  cite?: Citation[];
};

/** A post an official holds; written as a HOLDS_POSITION relationship keyed by its title. */
export type Position = Omit<Reference, 'id'> & { organization: string; title: string; status: string; asOf?: string };
