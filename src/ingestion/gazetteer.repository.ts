import { CypherQuery, Executor } from '../db/executor';
import { EntityKind } from '../model/entity-kind';
import { Relationship } from '../model/relationships';
import { FormSource, Gazetteer, GazetteerEntry } from './gazetteer';

/** Every entity's names (source form, native name, labels, aliases, document code), where it lies, and a partnership's parties. */
export function gazetteerQuery(): CypherQuery {
  return {
    cypher: `MATCH (n:Entity)
             OPTIONAL MATCH (n:Partnership)-[:${Relationship.HAS_PARTY}]->(party:Entity)
             WITH n, collect(party.id) AS parties
             RETURN n.id AS id, n.kind AS kind, n.name AS name, n.nativeName AS nativeName,
                    coalesce(n.labelLangs, []) AS labelLangs, coalesce(n.labelValues, []) AS labels, coalesce(n.aliases, []) AS aliases, n.code AS code,
                    coalesce(n.countryIds, []) AS countryIds, n.category AS category, parties
             ORDER BY n.id`,
    params: {},
  };
}

/** The gazetteer of the graph, read in one read transaction. */
export async function loadGazetteer(executor: Executor): Promise<Gazetteer> {
  const rows = await executor.read(gazetteerQuery());
  return new Gazetteer(
    rows.map((row): GazetteerEntry => {
      const forms: { value: string; source: FormSource }[] = [{ value: row.name as string, source: 'name' }];
      if (row.nativeName) forms.push({ value: row.nativeName as string, source: 'native' });
      for (const value of row.labels as string[]) forms.push({ value, source: 'label' });
      for (const value of row.aliases as string[]) forms.push({ value, source: 'alias' });
      if (row.code) forms.push({ value: row.code as string, source: 'code' });
      const parties = row.parties as string[];
      const langs = row.labelLangs as string[];
      const labels = Object.fromEntries((row.labels as string[]).map((value, index) => [langs[index], value]));
      return {
        id: row.id as string,
        kind: row.kind as EntityKind,
        name: row.name as string,
        forms,
        countryIds: row.countryIds as string[],
        category: (row.category as string | null) ?? null,
        ...(parties.length ? { parties } : {}),
        labels,
      };
    }),
  );
}
