import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadValidSeedsBeforeArticles } from '../../seed/seed.importer';
import { loadDevset } from './devset.loader';
import { EvalReport, renderDetails, renderMarkdown, renderText } from './eval.report';
import { evaluateArticles } from './eval.run';
import { PartyCanon } from './fact-matching';
import { pipelineExtract } from './extractor';
import { loadSeedTruth } from './seed-truth.loader';

const USAGE = `Usage: npm run ingest:eval -- [--articles <dir>] [--sources <dir>] [--details]
  --articles  the development set's article texts, <nn>-<slug>.txt (default ../articles)
  --sources   the seed articles' archived copies (default ../shared/sources)
  --details   also list, per article, the labels missed and the proposals that match no label
Writes bench/results/ingestion-eval.json and docs/ingestion-eval.md.`;

const DEVSET_DIR = 'test/ingestion-devset';
const SEED_DIR = 'seeds';
const JSON_OUT = 'bench/results/ingestion-eval.json';
const MARKDOWN_OUT = 'docs/ingestion-eval.md';

/** Exit statuses: 0 done, 2 the caller's mistake (usage), 1 anything else. */
export async function ingestEvalCli(argv: string[], log: (line: string) => void): Promise<number> {
  let options: { articles?: string; sources?: string; details?: boolean; help?: boolean };
  try {
    ({ values: options } = parseArgs({
      args: argv,
      options: { articles: { type: 'string' }, sources: { type: 'string' }, details: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    log(USAGE);
    return 0;
  }
  // The pipeline links, and the labels name places, against the graph as it was before these articles entered it.
  const priorRecords = loadValidSeedsBeforeArticles(SEED_DIR);
  const extract = pipelineExtract(priorRecords);
  const canon = new PartyCanon(new Set(priorRecords.map((record) => String(record.data.id))));
  const devset = await evaluateArticles(loadDevset(DEVSET_DIR), resolve(options.articles ?? '../articles'), extract, canon);
  const seeds = await evaluateArticles(loadSeedTruth(SEED_DIR), resolve(options.sources ?? '../shared/sources'), extract, canon);
  const report: EvalReport = { measuredOn: new Date().toISOString().slice(0, 10), devset, seeds };

  log(renderText('Development set', devset));
  if (options.details) log(renderDetails(devset));
  log('');
  log(renderText('Seed articles', seeds));
  if (options.details) log(renderDetails(seeds));
  for (const [file, text] of [
    [JSON_OUT, `${JSON.stringify(report, null, 2)}\n`],
    [MARKDOWN_OUT, renderMarkdown(report)],
  ]) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  log(`\nWritten: ${JSON_OUT}, ${MARKDOWN_OUT}`);
  return 0;
}

if (require.main === module) {
  ingestEvalCli(process.argv.slice(2), (line) => console.log(line)).then(
    (status) => process.exit(status),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
