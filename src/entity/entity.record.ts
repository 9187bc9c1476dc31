import { EntityKind } from '../model/entity-kind';

/** An entity node's properties as the data layer returns them (driver types already converted). */
export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  nativeName: string | null;
  asciiName: string;
  aliases: string[];
  /** The language of `name`, the form the source used; null where unknown. */
  nameLang?: string | null;
  /** The name in other languages, as parallel lists (see model/labels.ts). */
  labelLangs?: string[] | null;
  labelValues?: string[] | null;
  searchNames: string[];
  note: string | null;
  category: string | null;
  countryIds: string[];
  [property: string]: unknown;
}

export interface SourceRecord {
  id: string;
  /** ARTICLE, DATASET or LEGAL_TEXT; absent on sources written before kinds and on curated ones, which are articles. */
  sourceKind?: string | null;
  version?: string | null;
  title: string;
  publisher: string;
  via: string | null;
  url: string | null;
  publishedOn: string | null;
  language: string;
  author: string | null;
  /** The archived copy; null for a dataset or legal text. */
  file: string | null;
  /** sha256 of the cleaned text that offset locators ("C120-245") point into; null for an archived copy. */
  textHash?: string | null;
  note: string | null;
}

/** A relationship's properties: provenance (`sourceIds`, `locators`), `confidence`, and its own facts. */
export interface EdgeRecord {
  role: string | null;
  confidence: string;
  note: string | null;
  sourceIds: string[];
  locators: string[];
  [property: string]: unknown;
}

export interface CitationRecord {
  sourceId: string;
  locators: string[];
}
