/**
 * The facts an analyst labelled in one article, in the development set's format (test/ingestion-devset/README.md),
 * and the same shape for the facts the seed files hold for a seed article.
 */

/** A graph ID, or a place or body the graph does not know, by name. */
export type Party = string | { name: string };

export interface LabelledPartnership {
  parties: Party[];
  kind: string;
  since?: string;
  sinceInferred?: boolean;
}

export interface LabelledAgreement {
  parties: Party[];
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, year-less `--MM-DD`, or null when the article gives none. */
  signedOn: string | null;
  kind: string;
  period?: string | null;
  note?: string;
}

export interface LabelledPosition {
  person: string;
  title: string;
  organization: Party;
}

export interface LabelledEvent {
  kind: string;
  date: string | null;
  endDate?: string;
  place: Party | null;
  note?: string;
}

export interface LabelledAid {
  funder: Party;
  recipient: Party;
  what: string;
  amount: string | null;
}

export interface LabelledMembership {
  member: Party;
  of: Party;
}

export interface PlaceMention {
  mention: string;
  id: string;
}

export interface ArticleMetadata {
  url: string | null;
  publisher: string | null;
  publishedOn: string | null;
  lang: string;
  title: string | null;
  query?: string;
}

export interface LabelledArticle {
  /** `<nn>-<slug>`: the label file's name without `.yaml`, and the article text's without `.txt`. */
  name: string;
  article: ArticleMetadata;
  places: PlaceMention[];
  partnerships: LabelledPartnership[];
  agreements: LabelledAgreement[];
  positions: LabelledPosition[];
  events: LabelledEvent[];
  aid: LabelledAid[];
  memberships: LabelledMembership[];
}

export const SCORED_CLASSES = ['partnership', 'agreement', 'position', 'event', 'aid', 'membership'] as const;
export type ScoredClass = (typeof SCORED_CLASSES)[number];
