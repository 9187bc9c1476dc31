import { ENTITY_RELATIONSHIP_TYPES } from '../model/relationships';

/** Every entity-to-entity type as one Cypher type alternation (`A|B|…`): what traversals follow; CITED_IN is provenance. */
export const ENTITY_RELATIONSHIP_PATTERN = ENTITY_RELATIONSHIP_TYPES.join('|');
