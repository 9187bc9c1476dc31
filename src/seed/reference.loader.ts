import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parseDocument } from 'yaml';
import { slugify } from '../model/fold';
import { RecordData as SeedData } from '../model/records';
import { Collection } from '../model/relationships';
import { SeedProblem, SeedRecord } from './seed.loader';
import { RECORD_SCHEMAS } from './seed.schema';
import {
  cldrKeyOf,
  countryDatasetSource,
  datasetCountries,
  DatasetSource,
  subdivisionDatasetSource,
  subdivisionEnglishNames,
} from './reference.datasets';
import { ISO_3166_2_CODE, SUBDIVISION_ROW_SCHEMA } from './reference.schema';

/** Where the reference table lives, under the seed folder; a seed folder without it has no reference places. */
export const REFERENCE_FOLDER = 'reference';
const ISO_3166_2_SOURCE = 'source:iso-3166-2';
const TABLE_SOURCE = 'source:reference-place-table';

type Citation = { source: string; at: string };
type SubdivisionRow = {
  id: string;
  level: string;
  labels: Record<string, string>;
  aliases?: string[];
  note?: string;
  validFrom?: string;
  validUntil?: string;
  succeededBy?: { id: string; on: string; by: string; cite: Citation[] };
};

const validateRow = new Ajv({ allErrors: true, strict: true }).compile(SUBDIVISION_ROW_SCHEMA);

/**
 * The reference places as seed records: every ISO 3166-1 country from i18n-iso-countries, and the subdivisions the
 * table lists, named from CLDR, with the table's sources, bodies and documents. Empty when the seed folder has no
 * `reference/` folder. The records are validated with the seeds, after mergeReferenceRecords.
 */
export function loadReferenceRecords(seedDir: string): { records: SeedRecord[]; problems: SeedProblem[] } {
  const dir = path.join(seedDir, REFERENCE_FOLDER);
  const records: SeedRecord[] = [];
  const problems: SeedProblem[] = [];
  if (!fs.existsSync(dir)) return { records, problems };

  const countrySource = countryDatasetSource();
  const subdivisionSource = subdivisionDatasetSource();
  const datasetFile = (source: DatasetSource) => `${source.url} (${source.version})`;
  records.push(datasetRecord(countrySource, datasetFile(countrySource)), datasetRecord(subdivisionSource, datasetFile(subdivisionSource)));

  const countryIdByIso = new Map<string, string>();
  for (const country of datasetCountries()) {
    const [name, ...aliases] = country.englishNames;
    const id = `country:${slugify(name)}`;
    countryIdByIso.set(country.iso, id);
    records.push({
      collection: 'countries',
      file: datasetFile(countrySource),
      data: { id, name, nameLang: 'en', aliases, labels: country.labels, iso: country.iso, cite: [{ source: countrySource.id, at: country.iso }] },
    });
  }

  const englishNames = subdivisionEnglishNames();
  for (const file of fs.readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort()) {
    const where = `${REFERENCE_FOLDER}/${file}`;
    const document = parseDocument(fs.readFileSync(path.join(dir, file), 'utf8'), { uniqueKeys: true });
    if (document.errors.length > 0) {
      for (const error of document.errors) problems.push({ file: where, recordId: null, field: null, reason: `YAML: ${error.message}` });
      continue;
    }
    const content = document.toJS() as Record<string, unknown> | null;
    for (const [collection, list] of Object.entries(content ?? {})) {
      if (collection === 'subdivisions') {
        for (const [code, row] of Object.entries((list ?? {}) as Record<string, SubdivisionRow>)) {
          const record = subdivisionRecord(code, row, where, englishNames, countryIdByIso, subdivisionSource.id, problems);
          if (record) records.push(record);
        }
      } else if (collection in RECORD_SCHEMAS && Array.isArray(list)) {
        for (const data of list) records.push({ collection: collection as Collection, file: where, data: data as SeedData });
      } else {
        problems.push({ file: where, recordId: null, field: collection, reason: 'expected `subdivisions` (a mapping of ISO 3166-2 codes) or a list of seed records' });
      }
    }
  }
  return { records, problems };
}

function datasetRecord(source: DatasetSource, file: string): SeedRecord {
  const { id, title, publisher, url, version, note } = source;
  return { collection: 'sources', file, data: { id, kind: 'DATASET', title, publisher, url, version, language: 'en', note } };
}

function subdivisionRecord(
  code: string,
  row: SubdivisionRow,
  file: string,
  englishNames: Record<string, string>,
  countryIdByIso: Map<string, string>,
  subdivisionSourceId: string,
  problems: SeedProblem[],
): SeedRecord | null {
  const recordId = typeof row?.id === 'string' ? row.id : null;
  const report = (field: string | null, reason: string) => problems.push({ file, recordId, field, reason });
  if (!ISO_3166_2_CODE.test(code)) report(code, 'is not an ISO 3166-2 code such as VN-23');
  if (!validateRow(row)) {
    for (const error of validateRow.errors ?? []) report(`${code}${error.instancePath.replace(/\//g, '.')}`, error.message ?? 'is invalid');
    return null;
  }
  const key = cldrKeyOf(code);
  const cldrName = englishNames[key];
  const name = row.labels.en ?? cldrName;
  if (!name) {
    report(`${code}.labels.en`, `CLDR has no English name for ${key}; give one in the table`);
    return null;
  }
  const countryId = countryIdByIso.get(code.slice(0, 2));
  if (!countryId) {
    report(code, `no ISO 3166-1 country ${code.slice(0, 2)}`);
    return null;
  }
  const cite: Citation[] = [
    { source: ISO_3166_2_SOURCE, at: code },
    ...(cldrName ? [{ source: subdivisionSourceId, at: key }] : []),
    { source: TABLE_SOURCE, at: code },
    ...(row.succeededBy?.cite ?? []),
  ];
  const data: SeedData = {
    id: row.id,
    name,
    nameLang: 'en',
    ...(code.startsWith('VN-') && row.labels.vi ? { native: row.labels.vi } : {}),
    aliases: row.aliases ?? [],
    labels: { ...row.labels, en: name },
    level: row.level,
    iso: code,
    partOf: { id: countryId, cite: [{ source: ISO_3166_2_SOURCE, at: code }] },
    ...(row.note ? { note: row.note } : {}),
    ...(row.validFrom ? { validFrom: row.validFrom } : {}),
    ...(row.validUntil ? { validUntil: row.validUntil } : {}),
    ...(row.succeededBy ? { succeededBy: [row.succeededBy] } : {}),
    cite,
  };
  return { collection: 'localities', file, data };
}
