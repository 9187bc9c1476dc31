/** The closed lists of the model: what a locality, body, document, event, partnership or fact may be. */

export const CONFIDENCES = ['stated', 'inferred', 'disputed'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const LOCALITY_LEVELS = ['PROVINCE', 'CITY', 'CAPITAL', 'DISTRICT', 'REGION', 'MUNICIPALITY', 'COMMUNE', 'WARD', 'VILLAGE'];
export const ORGANIZATION_KINDS = [
  'PARTY_BODY',
  'GOVERNMENT_BODY',
  'MINISTRY',
  'DEPARTMENT',
  'ADVISORY_BODY',
  'ACADEMIC_INSTITUTION',
  'MASS_ORGANIZATION',
  'INTERNATIONAL_ORGANIZATION',
  'NON_GOVERNMENTAL_ORGANIZATION',
  'DIPLOMATIC_MISSION',
];
export const ASSOCIATION_KINDS = ['FRIENDSHIP_UNION', 'FRIENDSHIP_ASSOCIATION', 'MULTI_PROVINCE_ASSOCIATION'];
export const DOCUMENT_KINDS = ['DIRECTIVE', 'PLAN', 'RESOLUTION', 'AGREEMENT'];
export const EVENT_KINDS = ['CONFERENCE', 'ANNIVERSARY', 'CULTURAL_EXCHANGE', 'PROGRAMME', 'CELEBRATION', 'VISIT', 'FORUM', 'DESIGNATION', 'MEMORIAL'];
export const PARTICIPANT_ROLES = ['PRESENTER', 'SPEAKER', 'OPENING_SPEAKER', 'DIRECTING_LEADER', 'ATTENDEE', 'DELEGATION', 'HONOREE'];
export const PARTNERSHIP_KINDS = ['FRIENDSHIP', 'COOPERATION', 'COMPREHENSIVE_COOPERATION', 'TWINNING', 'DEVELOPMENT_SUPPORT'];
export const PARTY_ROLES = ['PARTNER', 'SUPPORTER', 'BENEFICIARY'];
export const AID_KINDS = ['NON_REFUNDABLE_AID', 'LOAN', 'TECHNICAL_ASSISTANCE'];
export const ATTENDANCE_QUALIFIERS = ['EXACTLY', 'ABOUT', 'NEARLY', 'MORE_THAN'];
export const POSITION_STATUSES = ['current', 'former'];
/** An archived article, cited by line; a dataset or a legal text, which has no archived copy and is cited by key. */
export const SOURCE_KINDS = ['ARTICLE', 'DATASET', 'LEGAL_TEXT'];
