import { requireWithin } from '../errors/errors';

export const MAX_PAGE_SIZE = 100;

export function requirePageSize(first: number, argument = 'first'): number {
  return requireWithin(first, 0, MAX_PAGE_SIZE, argument);
}
