import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { repositoryRoot } from '../../src/config';
import { Executor } from '../../src/db/executor';
import { ExtractionResult } from '../../src/ingestion/candidate';
import { ingestCli } from '../../src/ingestion/ingest.cli';
import { cliConfig, cliOutput, graphSnapshot, seedTestGraph, testDriver } from './support';

const FIXTURES = path.join(repositoryRoot(), 'test', 'fixtures', 'articles');

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await seedTestGraph(driver);
}, 300_000);

afterAll(async () => {
  await driver.close();
});

describe('npm run ingest', () => {
  it('prints the extraction as JSON, linking against the graph, and writes nothing', async () => {
    const before = await graphSnapshot(new Executor(driver, undefined));
    const streams = cliOutput();
    const argv = ['quang-tri-savannakhet-2022.fr.txt', '--json', '--published', '2022-09-30', '--url', 'https://example.org/quang-tri', '--publisher', 'Example'];
    expect(await ingestCli(argv, cliConfig(), streams, FIXTURES)).toBe(0);
    const result = JSON.parse(streams.text()) as ExtractionResult;
    expect(result.article).toEqual({ url: 'https://example.org/quang-tri', publisher: 'Example', publishedOn: '2022-09-30', lang: 'fr' });
    expect(result.textHash).toBe(createHash('sha256').update(result.text).digest('hex'));
    const partnership = result.candidates.find((c) => c.class === 'partnership');
    expect(partnership?.record.parties).toEqual([{ id: 'province:quang-tri' }, { id: 'province:savannakhet' }]);
    expect(result.candidates.find((c) => c.class === 'agreement')?.record.issuedOn).toBe('2022-09-27');
    const savannakhet = result.candidates.find((c) => c.class === 'entity' && c.record.id === 'province:savannakhet');
    expect(savannakhet).toMatchObject({ isNew: false, collection: 'localities' });
    for (const candidate of result.candidates) {
      expect(candidate).toEqual(
        expect.objectContaining({ key: expect.stringMatching(/^[0-9a-f]{16}$/), confidence: expect.any(Number), evidence: expect.any(Array), links: expect.any(Array), isNew: expect.any(Boolean) }),
      );
    }
    expect(await graphSnapshot(new Executor(driver, undefined))).toBe(before);
  });

  it('links the partnership the graph already holds, whatever romanization the article uses', async () => {
    const streams = cliOutput();
    expect(await ingestCli(['ha-tinh-bolikhamxay-anniversary-2024.fr.txt', '--json', '--published', '2024-06-14'], cliConfig(), streams, FIXTURES)).toBe(0);
    const result = JSON.parse(streams.text()) as ExtractionResult;
    expect(result.candidates.find((c) => c.class === 'partnership')).toMatchObject({
      isNew: false,
      record: { id: 'partnership:ha-tinh--bolikhamxay', since: '1969', sinceConfidence: 'inferred' },
    });
  });

  it('reads a folder file by file, with progress on standard error and a JSON array on standard output', async () => {
    const streams = cliOutput();
    expect(await ingestCli([FIXTURES, '--json'], cliConfig(), streams)).toBe(0);
    const results = JSON.parse(streams.text()) as ExtractionResult[];
    const files = fs.readdirSync(FIXTURES).sort();
    expect(results).toHaveLength(files.length);
    expect(streams.lines.filter((line) => /^\[\d+\/\d+\] /.test(line))).toHaveLength(files.length);
    expect(results.find((r) => r.article.lang === 'en' && r.text.includes('Khammouane'))).toBeDefined();
  });

  it('submits the article for review without --json, and a second run finds the review it wrote', async () => {
    const executor = new Executor(driver, undefined);
    const reviews = async () => (await executor.read({ cypher: 'MATCH (r:ArticleReview) RETURN r.id AS id, r.submittedBy AS by, COUNT { (r)-[:PROPOSES]->() } AS candidates' }));
    const entities = async () => (await executor.read({ cypher: 'MATCH (n:Entity) RETURN count(n) AS count' }))[0].count;
    const entitiesBefore = await entities();
    const first = cliOutput();
    expect(await ingestCli(['quang-binh-khammouane-2023.en.txt', '--published', '2023-03-15', '--publisher', 'Example'], cliConfig(), first, FIXTURES)).toBe(0);
    const written = await reviews();
    expect(written).toHaveLength(1);
    expect(written[0].by).toBe(`cli:${os.userInfo().username}`);
    expect(written[0].candidates).toBeGreaterThan(0);
    expect(first.text()).toContain(`${written[0].id} written`);
    expect(first.text()).toMatch(/partnership\s+0\.\d\d\s+partnership:quang-binh--khammouane .*pending/);
    expect(await entities()).toBe(entitiesBefore);

    const second = cliOutput();
    expect(await ingestCli(['quang-binh-khammouane-2023.en.txt', '--published', '2023-03-15'], cliConfig(), second, FIXTURES)).toBe(0);
    expect(second.text()).toContain(`${written[0].id} existing`);
    expect(await reviews()).toEqual(written);
  });

  it('exits with status 2 on a malformed date or a missing file, before touching the database', async () => {
    for (const argv of [['quang-binh-khammouane-2023.en.txt', '--published', '14 March'], ['no-such-article.txt'], []]) {
      const streams = cliOutput();
      expect(await ingestCli(argv, { ...cliConfig(), neo4jUri: 'bolt://127.0.0.1:1' }, streams, FIXTURES)).toBe(2);
      expect(streams.lines.at(-1)).toMatch(/^Ingest failed: /);
      expect(streams.text()).toBe('');
    }
  });
});
