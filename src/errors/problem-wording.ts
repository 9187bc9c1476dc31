import { Problem, ProblemCode } from '../model/validation';

type Wording = (problem: Problem) => string;

/**
 * The English wording of each problem code, as the seed files' editor reads it. A door that words some codes in its
 * own terms (curation speaks of "the graph", not "the seeds") passes those as overrides; the codes stay the model's.
 */
const SEED_WORDING: Record<ProblemCode, Wording> = {
  MISSING_FIELD: () => 'is required',
  NOT_IN_VOCABULARY: ({ data }) => `must be one of ${(data.allowed as string[]).join(', ')}`,
  MALFORMED_VALUE: ({ data }) => `must match pattern "${data.pattern}"`,
  TOO_FEW_ITEMS: ({ data }) => `must NOT have fewer than ${data.min} items`,
  BELOW_MINIMUM: ({ data }) => `must be >= ${data.min}`,
  MALFORMED_ID: () => 'not a well-formed ID: expected "<kind>:<slug>", slug in lower-case ASCII with hyphens',
  WRONG_ID_PREFIX: ({ data }) => `prefix "${data.prefix}" does not name a ${String(data.expected).toLowerCase()}`,
  DUPLICATE_ID: () => 'duplicate ID; it is already defined',
  NOT_A_CALENDAR_DATE: ({ data }) => `"${data.value}" is not a calendar date`,
  FIRMNESS_WITHOUT_DATE: ({ data }) => `says how firm "${data.dateField}" is, but there is no ${data.dateField}`,
  DISPUTED_DATE_WITHOUT_NOTE: ({ data }) => `is required when ${data.confidenceField} is disputed: say what casts the date in doubt`,
  DISPUTED_FACT_WITHOUT_NOTE: () => 'is required when confidence is disputed: say what casts the fact in doubt',
  UNKNOWN_SOURCE: ({ data }) => `cites "${data.id}", which is not a source defined in the seeds`,
  UNKNOWN_REFERENCE: ({ data }) => `refers to "${data.id}", which no seed record defines`,
  LABEL_OUTSIDE_SCRIPT: ({ data }) => `"${data.value}" has letters (${(data.letters as string[]).join(' ')}) outside the script of "${data.lang}"`,
  LABEL_UNTRIMMED: () => 'has spaces at its start or end',
  NAME_OUTSIDE_SCRIPT: ({ data }) => `says the name "${data.value}" is in "${data.lang}", but it has letters (${(data.letters as string[]).join(' ')}) outside that language's script`,
  ARCHIVED_FILE_REQUIRED: () => 'is required: an article is cited by the lines of its archived copy (file) or by offsets into its cleaned text (textHash)',
  ONE_ARCHIVE_ONLY: () => 'is not taken with file: an article is cited either by the lines of its archived copy or by offsets into its cleaned text',
  ARCHIVED_FILE_NOT_TAKEN: () => 'is not taken: a dataset or legal text is cited by key, not by the lines of an archived copy',
  LINE_LOCATOR_EXPECTED: ({ data }) => `"${data.at}" is not a line locator such as "L7", as an archived article is cited`,
  OFFSET_LOCATOR_EXPECTED: ({ data }) => `"${data.at}" is not an offset range such as "C120-245" (start before end), as an article known by its text's hash is cited`,
  KEY_LOCATOR_EXPECTED: ({ data }) => `"${data.at}" is not a key such as "VN-23" or "Art. 1", as a ${String(data.kind).toLowerCase().replace('_', ' ')} is cited`,
  ENDS_BEFORE_IT_BEGINS: ({ data }) => `ends before it begins (${data.start})`,
  WRONG_REFERENCE_KIND: ({ data }) => `refers to "${data.id}", a ${String(data.kind).toLowerCase()}; expected ${(data.expected as string[]).map((kind) => kind.toLowerCase()).join(' or ')}`,
};

export function wordProblem(problem: Problem, overrides: Partial<Record<ProblemCode, Wording>> = {}): string {
  return (overrides[problem.code] ?? SEED_WORDING[problem.code])(problem);
}
