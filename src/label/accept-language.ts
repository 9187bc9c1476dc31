import Negotiator from 'negotiator';
import { IncomingHttpHeaders } from 'node:http';
import { LANGUAGE_TAG } from '../model/labels';

/** At most this many languages of a header are tried, so a long header costs nothing per name. */
const MAX_LANGUAGES = 8;

/**
 * The languages an `Accept-Language` header asks for, best first (by q-value, then order), without `*` and
 * without tags we could not match anyway; empty without a header, so names stay as the source wrote them.
 */
export function acceptedLanguages(headers: IncomingHttpHeaders): string[] {
  if (!headers['accept-language']) return [];
  const accepted = new Negotiator({ headers }).languages().filter((tag) => tag !== '*');
  return [...new Set(accepted.map(canonicalTag).filter((tag) => LANGUAGE_TAG.test(tag)))].slice(0, MAX_LANGUAGES);
}

/** "VI-vn" → "vi-vn": the primary language in lower case, as labels are keyed. */
function canonicalTag(tag: string): string {
  const [primary, ...rest] = tag.split('-');
  return [primary.toLowerCase(), ...rest].join('-');
}
