import type { TypedDocumentString } from '../../client/generated/graphql';

export const GRAPHQL_ENDPOINT = '/graphql';

/** The API's messages, with the codes of its errors (`UNAUTHENTICATED`, `FORBIDDEN`, `CONFLICT`…) for the page to tell apart. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly codes: string[] = [],
  ) {
    super(message);
  }
}

export interface RequestOptions {
  /** An API key, sent as `Authorization: Bearer <key>`; the review operations need an editor's. */
  apiKey?: string | null;
}

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
  { apiKey }: RequestOptions = {},
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'accept-language': language ?? '*',
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('The server cannot be reached.');
  }
  const body = (await response.json().catch(() => ({}))) as { data?: TResult | null; errors?: { message: string; extensions?: { code?: unknown } }[] };
  if (body.errors?.length) {
    const codes = body.errors.map((error) => error.extensions?.code).filter((code): code is string => typeof code === 'string');
    throw new ApiError(body.errors.map((error) => error.message).join(' '), codes);
  }
  if (!body.data) throw new ApiError(`The server answered HTTP ${response.status} without data.`);
  return body.data;
}
