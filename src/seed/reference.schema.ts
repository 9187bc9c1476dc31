import { LOCALITY_LEVELS } from '../model/vocabularies';

const partialDate = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
const language = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';

/** One row of the reference table, keyed by its ISO 3166-2 code: what the datasets do not say about a place. */
export const SUBDIVISION_ROW_SCHEMA = {
  type: 'object',
  required: ['id', 'level', 'labels'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    level: { enum: LOCALITY_LEVELS },
    labels: { type: 'object', propertyNames: { pattern: language }, additionalProperties: { type: 'string', minLength: 1 } },
    aliases: { type: 'array', items: { type: 'string', minLength: 1 } },
    note: { type: 'string', minLength: 1 },
    validFrom: partialDate,
    validUntil: partialDate,
    succeededBy: {
      type: 'object',
      required: ['id', 'on', 'by', 'cite'],
      additionalProperties: false,
      properties: {
        id: { type: 'string' },
        on: partialDate,
        by: { type: 'string' },
        cite: {
          type: 'array',
          minItems: 1,
          items: { type: 'object', required: ['source', 'at'], additionalProperties: false, properties: { source: { type: 'string' }, at: { type: 'string' } } },
        },
      },
    },
  },
};

export const ISO_3166_2_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
