import { EntityKind } from '../model/entity-kind';
import { Problem } from '../model/validation';
import { inputFieldName } from './curation.records';

/** A problem the model's rules found in a curated record, named by the input's field and worded for an API caller. */
export function curationProblem(problem: Problem, kind: EntityKind | undefined): { field: string | null; reason: string } {
  return { field: problem.path ? inputFieldName(problem.path, kind) : null, reason: curationReason(problem) };
}

function curationReason({ code, data }: Problem): string {
  switch (code) {
    case 'MISSING_FIELD':
      return 'is required';
    case 'NOT_IN_VOCABULARY':
      return `must be one of ${(data.allowed as string[]).join(', ')}`;
    case 'MALFORMED_VALUE':
      return `must match pattern "${data.pattern}"`;
    case 'TOO_FEW_ITEMS':
      return `must NOT have fewer than ${data.min} items`;
    case 'BELOW_MINIMUM':
      return `must be >= ${data.min}`;
    case 'MALFORMED_ID':
      return 'not a well-formed ID: expected "<kind>:<slug>", slug in lower-case ASCII with hyphens';
    case 'WRONG_ID_PREFIX':
      return `prefix "${data.prefix}" does not name a ${String(data.expected).toLowerCase()}`;
    case 'DUPLICATE_ID':
      return 'duplicate ID; it is already defined';
    case 'NOT_A_CALENDAR_DATE':
      return `"${data.value}" is not a calendar date`;
    case 'FIRMNESS_WITHOUT_DATE':
      return `says how firm "${data.dateField}" is, but there is no ${data.dateField}`;
    case 'DISPUTED_DATE_WITHOUT_NOTE':
      return `is required when ${data.confidenceField} is disputed: say what casts the date in doubt`;
    case 'DISPUTED_FACT_WITHOUT_NOTE':
      return 'is required when confidence is disputed: say what casts the fact in doubt';
    case 'UNKNOWN_SOURCE':
      return `cites "${data.id}", which is not a source in the graph`;
    case 'UNKNOWN_REFERENCE':
      return `refers to "${data.id}", which the graph does not hold`;
    case 'LABEL_OUTSIDE_SCRIPT':
      return `"${data.value}" has letters (${(data.letters as string[]).join(' ')}) outside the script of "${data.lang}"`;
    case 'LABEL_UNTRIMMED':
      return 'has spaces at its start or end';
    case 'NAME_OUTSIDE_SCRIPT':
      return `is said to be in "${data.lang}", but has letters (${(data.letters as string[]).join(' ')}) outside that language's script`;
    case 'ARCHIVED_FILE_REQUIRED':
      return 'is required: an article is cited by the lines of its archived copy';
    case 'ARCHIVED_FILE_NOT_TAKEN':
      return 'is not taken: a dataset or legal text has no archived copy';
    case 'LINE_LOCATOR_EXPECTED':
      return `"${data.at}" is not a line locator such as "L7", as an article is cited`;
    case 'KEY_LOCATOR_EXPECTED':
      return `"${data.at}" is not a key such as "VN-23", as a ${String(data.kind).toLowerCase().replace('_', ' ')} is cited`;
    case 'ENDS_BEFORE_IT_BEGINS':
      return `ends before it begins (${data.start})`;
    case 'WRONG_REFERENCE_KIND':
      return `refers to "${data.id}", a ${String(data.kind).toLowerCase()}; expected ${(data.expected as string[]).map((k) => k.toLowerCase()).join(' or ')}`;
  }
}
