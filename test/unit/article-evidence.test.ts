import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkArticleEvidence } from '../../src/ingestion/evidence.cli';

const fixture = path.join(__dirname, '..', 'fixtures', 'article-evidence');

function check(seedsDir: string, show = false): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = checkArticleEvidence(seedsDir, path.join(fixture, 'articles'), show, (line) => lines.push(line));
  return { code, lines };
}

/** A copy of the fixture seeds with one article file rewritten, for the cases that must fail. */
function seedsWith(edit: (yaml: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-evidence-'));
  fs.mkdirSync(path.join(dir, 'articles'));
  const file = path.join('articles', '01-example.yaml');
  fs.writeFileSync(path.join(dir, file), edit(fs.readFileSync(path.join(fixture, 'seeds', file), 'utf8')));
  return dir;
}

describe('checking the evidence of ingested articles against their texts', () => {
  it('finds the hash of the cleaned text and shows the passage each offset citation points to', () => {
    const { code, lines } = check(path.join(fixture, 'seeds'), true);
    expect(code).toBe(0);
    expect(lines).toContain(
      `articles/01-example.yaml: agreement:ha-tinh--khammouane-2026-2030 C46-197 "The People's Committee of Ha Tinh province and the administration of Khammouane province signed a cooperation agreement for 2026-2030 on 12 March 2026."`,
    );
    expect(lines).toContain('articles/01-example.yaml: aid:ha-tinh-scholarships-khammouane C220-293 "Ha Tinh will grant twenty scholarships a year to students from Khammouane"');
    expect(lines.at(-1)).toBe('2 citations of 1 articles checked, 0 problem(s).');
  });

  it('refuses a hash that is not the cleaned text’s', () => {
    const { code, lines } = check(seedsWith((yaml) => yaml.replace('textHash: dbb990', 'textHash: 000000')));
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/^articles\/01-example\.yaml: source:example-2026-03-12-ha-tinh-khammouane textHash 000000e41aa0… is not the cleaned text's dbb990e41aa0…$/);
  });

  it('refuses a citation that ends past the text', () => {
    const { code, lines } = check(seedsWith((yaml) => yaml.replace('C220-293', 'C220-2930')));
    expect(code).toBe(1);
    expect(lines).toContain('articles/01-example.yaml: aid:ha-tinh-scholarships-khammouane cites C220-2930, outside the 294 characters of 01-example');
  });
});
