import path from 'node:path';
import { buildGraphRows } from '../../src/model/rows';
import { loadSeedFiles, SeedProblem, SeedRecord } from '../../src/seed/seed.loader';
import { validateSeedRecords } from '../../src/seed/seed.validator';
import { loadValidSeeds } from '../../src/seed/seed.importer';

const fixtures = path.join(__dirname, '..', 'fixtures', 'broken-seeds');

function problemsIn(name: string): SeedProblem[] {
  const { records, problems } = loadSeedFiles(path.join(fixtures, name));
  return [...problems, ...validateSeedRecords(records)];
}

describe('seed validation', () => {
  it('accepts the real seed files', () => {
    expect(loadValidSeeds(path.join(__dirname, '..', '..', 'seeds')).length).toBeGreaterThan(90);
  });

  it('reports a YAML syntax error with its file', () => {
    const [problem] = problemsIn('bad-yaml');
    expect(problem).toMatchObject({ file: 'sources.yaml', recordId: null });
    expect(problem.reason).toMatch(/^YAML: /);
  });

  it('reports references to missing records and to records of the wrong kind', () => {
    expect(problemsIn('bad-reference')).toEqual([
      { file: 'countries.yaml', recordId: 'province:savannakhet', field: 'partOf.id', reason: 'refers to "country:atlantis", which no seed record defines' },
      {
        file: 'countries.yaml',
        recordId: 'province:bolikhamxay',
        field: 'partOf.id',
        reason: 'refers to "source:s", a source; expected locality or country',
      },
    ]);
  });

  it('reports unknown fields, bad enum values, malformed IDs and locators, and missing citations', () => {
    const problems = problemsIn('bad-fields');
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: 'localities.yaml', recordId: 'province:ha-tinh', field: 'colour', reason: 'is not a known field' },
        { file: 'localities.yaml', recordId: 'province:ha-tinh', field: 'level', reason: expect.stringMatching(/^must be one of PROVINCE, CITY/) },
        { file: 'localities.yaml', recordId: 'province:ha-tinh', field: 'cite[0].at', reason: '"line 5" is not a line locator such as "L7", as an archived article is cited' },
        { file: 'localities.yaml', recordId: 'Province:Nghe An', field: 'id', reason: expect.stringMatching(/^not a well-formed ID/) },
        { file: 'localities.yaml', recordId: 'province:no-source', field: 'cite', reason: 'is required' },
      ]),
    );
  });

  it('reports duplicate IDs and IDs whose prefix names another kind', () => {
    expect(problemsIn('duplicate-id')).toEqual([
      { file: 'countries.yaml', recordId: 'country:laos', field: 'id', reason: 'duplicate ID; it is already defined' },
      { file: 'countries.yaml', recordId: 'city:vientiane', field: 'id', reason: 'prefix "city" does not name a country' },
    ]);
  });

  it('refuses labels under a malformed language tag or in another script than their language, and a name said to be in a language whose script it is not in', () => {
    const problems = problemsIn('bad-labels');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ recordId: 'country:laos', field: 'labels', reason: expect.stringMatching(/pattern/) }),
        expect.objectContaining({ recordId: 'country:laos', field: 'labels.th', reason: expect.stringMatching(/outside the script of "th"/) }),
        expect.objectContaining({ recordId: 'country:laos', field: 'labels.vi', reason: 'has spaces at its start or end' }),
        expect.objectContaining({ recordId: 'country:laos', field: 'nameLang', reason: expect.stringMatching(/outside that language's script/) }),
      ]),
    );
  });

  it('reads the articles folder, where an article known by its text hash is cited by offsets, start before end', () => {
    expect(problemsIn('offset-citations')).toEqual([
      {
        file: 'articles/01-example.yaml',
        recordId: 'source:example-both',
        field: 'textHash',
        reason: 'is not taken with file: an article is cited either by the lines of its archived copy or by offsets into its cleaned text',
      },
      expect.objectContaining({ file: 'articles/01-example.yaml', recordId: 'country:vietnam', field: 'cite[0].at', reason: expect.stringMatching(/^"L3" is not an offset range such as "C120-245"/) }),
      expect.objectContaining({ file: 'articles/01-example.yaml', recordId: 'country:vietnam', field: 'cite[1].at', reason: expect.stringMatching(/^"C42-10" is not an offset range/) }),
    ]);
  });

  it('merges the records several article files give of one entity, and refuses values they give differently', () => {
    const { records, problems } = loadSeedFiles(path.join(fixtures, 'article-overlap'));
    expect(problems).toEqual([
      {
        file: 'articles/02-second.yaml',
        recordId: 'official:example-governor',
        field: 'name',
        reason: 'is "Governor Example" here and "Example Governor" in articles/01-first.yaml: the articles\' records of one entity must agree',
      },
    ]);
    const governors = records.filter((r) => r.data.id === 'official:example-governor');
    expect(governors).toHaveLength(1);
    expect(governors[0].data).toEqual({
      id: 'official:example-governor',
      name: 'Example Governor',
      honorific: 'Mr',
      aliases: ['Governor E.', 'E. Governor'],
      note: 'Named as governor. Leads the delegation.',
      positions: [
        { title: 'Governor', organization: 'organization:example-administration', status: 'current', asOf: '2024-05' },
        { title: 'Party Secretary', organization: 'organization:example-party-committee', status: 'current' },
      ],
      cite: [
        { source: 'source:example-first', at: 'C0-20' },
        { source: 'source:example-second', at: 'C5-40' },
        { source: 'source:example-second', at: 'C50-60' },
      ],
    });
  });

  it('reports impossible calendar dates and citations of unknown sources', () => {
    expect(problemsIn('bad-date-and-source')).toEqual([
      { file: 'events.yaml', recordId: 'event:impossible-day', field: 'date', reason: '"2024-02-30" is not a calendar date' },
      {
        file: 'events.yaml',
        recordId: 'event:impossible-day',
        field: 'cite[0].source',
        reason: 'cites "source:unknown", which is not a source defined in the seeds',
      },
    ]);
  });

  it('refuses a name split in two at an unquoted comma of a one-line list, and accepts it quoted or on its own line', () => {
    expect(problemsIn('unquoted-names')).toEqual([
      {
        file: 'organizations.yaml',
        recordId: 'organization:unesco',
        field: 'aliases',
        reason: expect.stringContaining('"United Nations Educational", "Scientific and Cultural Organization"'),
      },
    ]);
  });

  it('keeps the full names of UNESCO and the nine-province association as single aliases', () => {
    const records = loadValidSeeds(path.join(__dirname, '..', '..', 'seeds'));
    const aliasesOf = (id: string) => records.find((record) => record.data.id === id)?.data.aliases;
    expect(aliasesOf('organization:unesco')).toEqual(['United Nations Educational, Scientific and Cultural Organization']);
    expect(aliasesOf('association:nine-provinces-route-8-route-12')).toEqual([
      'association of nine provinces of Vietnam, Laos and Thailand on Route 8 and Route 12',
    ]);
  });

  it('requires a note wherever a date or a fact is disputed, and a date for any word on its firmness', () => {
    const cite = [{ source: 'source:s', at: 'L1' }];
    const records: SeedRecord[] = [
      { collection: 'sources', file: 'sources.yaml', data: { id: 'source:s', title: 'T', publisher: 'P', language: 'fr', file: 's.txt' } },
      { collection: 'organizations', file: 'o.yaml', data: { id: 'organization:body', name: 'Body', kind: 'PARTY_BODY', cite } },
      { collection: 'documents', file: 'd.yaml', data: { id: 'directive:doubtful', name: 'D', kind: 'DIRECTIVE', issuedOn: '2020-08-08', issuedOnConfidence: 'disputed', cite } },
      { collection: 'events', file: 'e.yaml', data: { id: 'event:undated', name: 'E', kind: 'VISIT', dateNote: 'why', cite, organizer: { id: 'organization:body', confidence: 'disputed' } } },
    ];
    expect(validateSeedRecords(records)).toEqual([
      { file: 'd.yaml', recordId: 'directive:doubtful', field: 'issuedOnNote', reason: expect.stringMatching(/^is required when issuedOnConfidence is disputed/) },
      { file: 'e.yaml', recordId: 'event:undated', field: 'dateNote', reason: 'says how firm "date" is, but there is no date' },
      { file: 'e.yaml', recordId: 'event:undated', field: 'organizer.note', reason: expect.stringMatching(/^is required when confidence is disputed/) },
    ]);
  });

  it('gives a disputed date no day range, so that date filters, time order and asOf rules take it for undated', () => {
    const cite = [{ source: 'source:s', at: 'L1' }];
    const graph = buildGraphRows([
      { collection: 'sources', data: { id: 'source:s', title: 'T', publisher: 'P', language: 'fr', file: 's.txt' } },
      { collection: 'events', data: { id: 'event:doubtful', name: 'E', kind: 'VISIT', date: '2020-08', dateConfidence: 'disputed', dateNote: 'why', cite } },
      { collection: 'events', data: { id: 'event:dated', name: 'F', kind: 'VISIT', date: '2020-08', cite } },
    ]);
    const [doubtful, dated] = graph.nodes.map((node) => node.properties);
    expect(doubtful).toMatchObject({ date: '2020-08', dateConfidence: 'disputed', dateNote: 'why', dateStart: null, dateEnd: null, sortKey: '9999-12-31' });
    expect(dated).toMatchObject({ date: '2020-08', dateConfidence: 'stated', dateNote: null, dateStart: '2020-08-01', dateEnd: '2020-08-31', sortKey: '2020-08-01' });
  });
});
