import path from 'node:path';
import { devsetFileNames, labelProblems, loadDevset } from '../../src/ingestion/eval/devset.loader';
import { LabelledArticle } from '../../src/ingestion/eval/labelled-facts';
import { loadReferenceRecords } from '../../src/seed/reference.loader';
import { loadSeedFiles } from '../../src/seed/seed.loader';

const SEEDS = path.join(__dirname, '../../seeds');
const DEVSET = path.join(__dirname, '../ingestion-devset');

function knownIds(): Set<string> {
  const records = [...loadSeedFiles(SEEDS).records, ...loadReferenceRecords(SEEDS).records];
  return new Set(records.map((record) => String(record.data.id)));
}

describe('the labelled development set', () => {
  const known = knownIds();
  const articles = loadDevset(DEVSET);

  it('holds at least 15 real articles, in French and in English', () => {
    expect(articles.length).toBeGreaterThanOrEqual(15);
    const languages = new Set(articles.map((article) => article.article.lang));
    expect(languages).toEqual(new Set(['fr', 'en']));
  });

  it('names every place by an ID the seed files or the reference places define, and writes every date in a form the evaluator reads', () => {
    expect(articles.flatMap((article) => labelProblems(article, known))).toEqual([]);
  });

  it('labels at least one partnership per article, and gives each article a URL of its own', () => {
    expect(articles.filter((article) => article.partnerships.length === 0).map((article) => article.name)).toEqual([]);
    expect(new Set(articles.map((article) => article.article.url)).size).toBe(articles.length);
  });

  it('numbers its files without gaps, so each text file has one label file', () => {
    const numbers = devsetFileNames(DEVSET).map((file) => Number(file.slice(0, 2)));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('finds the mistakes an analyst makes in a label file: an unknown ID, a malformed date, a lone party', () => {
    const broken: LabelledArticle = {
      ...articles[0],
      partnerships: [{ parties: ['province:binh-dinh', 'province:atapeu'], kind: 'COOPERATION' }],
      agreements: [{ parties: ['province:binh-dinh'], signedOn: '30/03/2023', kind: 'AGREEMENT' }],
      events: [{ kind: 'VISIT', date: '2023-02-30', place: null }],
    };
    const problems = labelProblems(broken, known).join('\n');
    expect(problems).toContain('"province:atapeu" names no seed record');
    expect(problems).toContain('needs at least two parties');
    expect(problems).toContain('"30/03/2023" is not YYYY');
    expect(problems).toContain('"2023-02-30" is not YYYY');
  });
});
