import type { TypedDocumentString } from '../../client/generated/graphql';

export const GRAPHQL_ENDPOINT = '/graphql';

export class ApiError extends Error {}

/**
 * The language the API names entities in, sent as Accept-Language; null: as the sources wrote them, for which the page
 * sends "*" (any language), since a browser would otherwise send its own languages and get names in those.
 */
let language: string | null = null;

export function setLanguage(lang: string | null): void {
  language = lang;
}

/** Sends one typed operation as a plain JSON POST and returns its data, or throws the API's messages. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': language ?? '*' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('The server cannot be reached.');
  }
  const body = (await response.json().catch(() => ({}))) as { data?: TResult | null; errors?: { message: string }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((error) => error.message).join(' '));
  if (!body.data) throw new ApiError(`The server answered HTTP ${response.status} without data.`);
  return body.data;
}
