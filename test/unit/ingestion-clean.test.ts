import fs from 'node:fs';
import path from 'node:path';
import { readArticle } from '../../src/ingestion/article';
import { cleanText } from '../../src/ingestion/clean';
import { detectLanguage } from '../../src/ingestion/language';
import { fixture, SEED_PAGES } from './ingestion-support';

const seedPages = fs.existsSync(SEED_PAGES) ? fs.readdirSync(SEED_PAGES).filter((f) => f.endsWith('.txt')).sort() : [];

/** What the five saved pages wrap their articles in: site banners, datelines, photo credits, footers and trailing teasers. */
const NOISE = [
  'Nền tảng quảng bá Việt Nam',
  'Báo Quốc Tế',
  '(Photo :',
  'Photo: VNA',
  '(Source : VNA)',
  'TTXVN',
  'Comment (0)',
  'No data',
  'No videos available',
  'Même sujet',
  'Même catégorie',
  'Voir plus',
  'Source : https://',
  'Patrimoine',
  'Système politique',
  // Teasers of unrelated articles after the body.
  'FIFA',
  'billetterie',
  'Indice mondial de la paix',
  'Pu Luong',
  'Son Doong',
  'Tu Lan',
  'cerfs-volants',
];

/**
 * The saved seed pages live beside the repository (../shared/sources/), never in it. Where a checkout has no such
 * folder, these cases are reported as skipped, not as passed.
 */
const describeSeedPages = seedPages.length ? describe : describe.skip;
const pageNames = seedPages.length ? seedPages : ['(no seed pages beside the repository)'];

describeSeedPages('the five seed pages, as saved with their noise', () => {
  it('finds the five seed pages beside the repository', () => {
    expect(seedPages).toHaveLength(5);
  });

  it.each(pageNames)('drops the noise of the seed page %s and keeps its body', (file) => {
    const raw = fs.readFileSync(path.join(SEED_PAGES, file), 'utf8');
    const { text } = cleanText(raw, 'fr');
    for (const noise of NOISE) expect(text).not.toContain(noise);
    // Vietnamese captions and repeated headings in a French article go.
    expect(text).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữự]/);
    // Every block kept is said once.
    const blocks = text.split('\n\n');
    expect(new Set(blocks).size).toBe(blocks.length);
    // The body stays: the long paragraphs before the page's own footer ("Voir plus", "Source", "Comment (0)").
    const lines = raw.split('\n');
    const footer = lines.findIndex((line) => /^(Voir plus|Source|Comment \(0\))/.test(line.trim()));
    const longParagraphs = lines.slice(0, footer).filter((line) => line.length > 200 && !/Photo|Nguồn|\(Source/.test(line));
    const kept = longParagraphs.filter((line) => text.includes(line.trim()));
    expect(longParagraphs.length).toBeGreaterThan(3);
    expect(kept.length).toBeGreaterThanOrEqual(longParagraphs.length - 1);
  });

  it('keeps the facts of the Ha Tinh page: its Lao partners and the district it supports', () => {
    const raw = fs.readFileSync(path.join(SEED_PAGES, seedPages.find((f) => fs.readFileSync(path.join(SEED_PAGES, f), 'utf8').includes('Bolikhamxay'))!), 'utf8');
    const { text } = cleanText(raw, 'fr');
    expect(text).toContain('Bolikhamxay, Kham Muon, Savannakhet');
    expect(text).toContain('Na Kai');
    expect(text).toContain('210-KH/TU');
  });


  it.each(pageNames)('reads the seed page %s as French', (file) => {
    expect(readArticle({ content: fs.readFileSync(path.join(SEED_PAGES, file), 'utf8') }).meta.lang).toBe('fr');
  });
});

describe('cleaning an article', () => {
  it('drops menus, publication lines, credits, ">>" headlines and what follows "Commentaires" in plain text', () => {
    const { text } = cleanText(fixture('quang-tri-savannakhet-2022.fr.txt'), 'fr');
    expect(text.split('\n\n')[0]).toBe('Quang Tri et Savannakhet approfondissent leur coopération');
    for (const noise of ['Accueil', 'Publié le', 'Photo', '>>', 'Commentaires', 'Même catégorie', 'cerfs-volants']) expect(text).not.toContain(noise);
    expect(text).toContain('5 milliards de VND');
  });

  it('keeps the article of an HTML page and drops its navigation, caption credit, related links and footer', () => {
    const article = readArticle({ content: fixture('hanoi-vientiane-visit-2024.en.html') });
    expect(article.meta.lang).toBe('en');
    expect(article.meta.title).toContain('Hanoi delegation visits Vientiane');
    expect(article.text).toContain('paid a working visit to Vientiane Capital');
    expect(article.text).toContain('Both sides agreed');
    for (const noise of ['Home', 'Politics', 'Photo:', 'Related articles', 'metro line', 'Copyright']) expect(article.text).not.toContain(noise);
  });
});

describe('detecting the language', () => {
  it('reads French, English and Vietnamese, even in short sentences full of Vietnamese place names', () => {
    expect(detectLanguage('Le Comité populaire de la province de Ha Tinh a reçu une délégation de la province lao de Savannakhet.')).toBe('fr');
    expect(detectLanguage('On 26 September the delegation of Quang Tri province visited Savannakhet and signed a memorandum.')).toBe('en');
    expect(detectLanguage('Ngày 26 tháng 9, đoàn đại biểu tỉnh Quảng Trị đã thăm tỉnh Savannakhet và ký biên bản ghi nhớ.')).toBe('vi');
  });

  it("lets the caller's hint win", () => {
    expect(detectLanguage('On 26 September the delegation visited Savannakhet.', 'fr')).toBe('fr');
  });
});
