import { asciiFold, searchForm } from './fold';

/**
 * The names of an entity and the folded forms that search and sorting use. `labels` (its names by language) are
 * searched like aliases.
 */
export function nameProperties(name: string, nativeName: string | null, aliases: string[], labels: string[] = []): Record<string, unknown> {
  const names = [name, nativeName, ...aliases, ...labels].filter((n): n is string => Boolean(n));
  const searchNames = [...new Set(names.map(searchForm))].filter(Boolean);
  return {
    name,
    nativeName,
    asciiName: asciiFold(nativeName ?? name),
    sortName: searchForm(name),
    aliases,
    searchNames,
    searchText: searchNames.join(' | '),
  };
}
