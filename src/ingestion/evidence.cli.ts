import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { loadConfig } from '../config';
import { readArticle } from './article';

const USAGE = `Usage: npm run ingest:evidence -- [--articles <folder>] [--show]
Checks the reviewed facts of ingested articles (seeds/articles/<name>.yaml) against the article texts, which are
not in the repository (<folder>/<name>.txt or .html, default ../articles): each source's textHash must be the hash of
the text cleaned as ingestion cleans it, and every "C<start>-<end>" citation of it must fall inside that text.
--show prints the cited passage of each citation. Exit status 0 when all agree, 1 otherwise, 2 for a caller's mistake.`;

type Data = Record<string, unknown>;
interface Citation {
  source: string;
  at: string;
}

export function checkArticleEvidence(seedsDir: string, articlesDir: string, show: boolean, log: (line: string) => void): number {
  const folder = path.join(seedsDir, 'articles');
  const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort() : [];
  const records = files.flatMap((file) => recordsOf(path.join(folder, file)).map((data) => ({ file: `articles/${file}`, data })));
  const mainRecords = fs
    .readdirSync(seedsDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .flatMap((file) => recordsOf(path.join(seedsDir, file)).map((data) => ({ file, data })));
  const citing = [...records, ...mainRecords];
  let failures = 0;
  let checked = 0;
  for (const { file, data: source } of records.filter(({ data }) => typeof data.textHash === 'string')) {
    const stem = path.basename(file).replace(/\.ya?ml$/, '');
    const textFile = ['.txt', '.html'].map((ext) => path.join(articlesDir, stem + ext)).find((candidate) => fs.existsSync(candidate));
    if (!textFile) {
      log(`${file}: no article text ${stem}.txt or .html in ${articlesDir}`);
      failures += 1;
      continue;
    }
    const { text } = readArticle({
      content: fs.readFileSync(textFile, 'utf8'),
      url: source.url as string | undefined,
      publisher: source.publisher as string | undefined,
      publishedOn: source.publishedOn as string | undefined,
      lang: source.language as string | undefined,
    });
    const hash = createHash('sha256').update(text).digest('hex');
    if (hash !== source.textHash) {
      log(`${file}: ${String(source.id)} textHash ${String(source.textHash).slice(0, 12)}… is not the cleaned text's ${hash.slice(0, 12)}…`);
      failures += 1;
      continue;
    }
    for (const { file: citingFile, data, at } of citationsOf(citing, source.id as string)) {
      checked += 1;
      const match = /^C(\d+)-(\d+)$/.exec(at);
      if (!match || Number(match[1]) >= Number(match[2]) || Number(match[2]) > text.length) {
        log(`${citingFile}: ${String(data.id)} cites ${at}, outside the ${text.length} characters of ${stem}`);
        failures += 1;
      } else if (show) {
        log(`${citingFile}: ${String(data.id)} ${at} "${text.slice(Number(match[1]), Number(match[2]))}"`);
      }
    }
  }
  log(`${checked} citations of ${records.filter(({ data }) => typeof data.textHash === 'string').length} articles checked, ${failures} problem(s).`);
  return failures === 0 ? 0 : 1;
}

function recordsOf(file: string): Data[] {
  const content = parse(fs.readFileSync(file, 'utf8')) as Record<string, Data[]> | null;
  return Object.values(content ?? {}).flatMap((list) => (Array.isArray(list) ? list : []));
}

/** Every citation of the source, at any depth of any record (relationships carry their own). */
function citationsOf(records: { file: string; data: Data }[], sourceId: string) {
  const found: { file: string; data: Data; at: string }[] = [];
  const visit = (file: string, record: Data, value: unknown) => {
    if (Array.isArray(value)) value.forEach((item) => visit(file, record, item));
    else if (value && typeof value === 'object') {
      const citation = value as Partial<Citation>;
      if (citation.source === sourceId && typeof citation.at === 'string') found.push({ file, data: record, at: citation.at });
      Object.values(value).forEach((inner) => visit(file, record, inner));
    }
  };
  for (const { file, data } of records) visit(file, data, data);
  return found;
}

if (require.main === module) {
  const log = (line: string) => console.error(line);
  let code: number;
  try {
    const { values } = parseArgs({ options: { articles: { type: 'string' }, show: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      log(USAGE);
      code = 0;
    } else {
      const cwd = process.env.INIT_CWD ?? process.cwd();
      const config = loadConfig();
      code = checkArticleEvidence(config.seedsDir, path.resolve(cwd, values.articles ?? path.join(path.dirname(config.seedsDir), '..', 'articles')), values.show ?? false, log);
    }
  } catch (error) {
    log(`${(error as Error).message} (see --help).`);
    code = 2;
  }
  process.exit(code);
}
