import { BadUserInputError } from '../errors/errors';

export const MAX_PAGE_SIZE = 100;

export function requirePageSize(first: number, argument = 'first'): number {
  if (first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`Argument "${argument}" must be between 0 and ${MAX_PAGE_SIZE}.`, argument);
  }
  return first;
}
