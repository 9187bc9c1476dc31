import { EntityKind } from '../model/entity-kind';
import { wordProblem } from '../errors/problem-wording';
import { Problem, ProblemCode } from '../model/validation';
import { inputFieldName } from './curation.records';

/** A problem the model's rules found in a curated record, named by the input's field and worded for an API caller. */
export function curationProblem(problem: Problem, kind: EntityKind | undefined): { field: string | null; reason: string } {
  return { field: problem.path ? inputFieldName(problem.path, kind) : null, reason: curationReason(problem) };
}

/** Where curation words a problem otherwise than the seed files: it speaks of the graph, and of what an editor sends. */
const CURATION_WORDING: Partial<Record<ProblemCode, (problem: Problem) => string>> = {
  UNKNOWN_SOURCE: ({ data }) => `cites "${data.id}", which is not a source in the graph`,
  UNKNOWN_REFERENCE: ({ data }) => `refers to "${data.id}", which the graph does not hold`,
  NAME_OUTSIDE_SCRIPT: ({ data }) => `is said to be in "${data.lang}", but has letters (${(data.letters as string[]).join(' ')}) outside that language's script`,
  ARCHIVED_FILE_NOT_TAKEN: () => 'is not taken: a dataset or legal text has no archived copy',
  KEY_LOCATOR_EXPECTED: ({ data }) => `"${data.at}" is not a key such as "VN-23", as a ${String(data.kind).toLowerCase().replace('_', ' ')} is cited`,
};

function curationReason(problem: Problem): string {
  return wordProblem(problem, CURATION_WORDING);
}
