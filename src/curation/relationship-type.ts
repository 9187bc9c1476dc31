import { registerEnumType } from 'type-graphql';
import { ENTITY_RELATIONSHIP_TYPES, RelationshipType as ModelRelationshipType } from '../model/relationships';

/** Every entity-to-entity relationship type of the model, as a GraphQL enum. */
export const RelationshipType = Object.fromEntries(ENTITY_RELATIONSHIP_TYPES.map((type) => [type, type])) as Record<ModelRelationshipType, ModelRelationshipType>;

registerEnumType(RelationshipType, { name: 'RelationshipType', description: 'The relationship types between entities.' });
