import { asciiFold, searchForm } from './fold';
import { LabelMap, storedLabels } from './labels';

/** The names of an entity and the folded forms that search and sorting use; every label is a search form too. */
export function nameProperties(name: string, nativeName: string | null, aliases: string[], labels: LabelMap = {}): Record<string, unknown> {
  const names = [name, nativeName, ...aliases, ...Object.values(labels)].filter((n): n is string => Boolean(n));
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

/** The language of the source form and the other labels, as parallel lists (a Neo4j property cannot be a map). */
export function labelProperties(name: string, nameLang: string | null, labels: LabelMap): Record<string, unknown> {
  return { nameLang, ...storedLabels(name, nameLang, labels) };
}
