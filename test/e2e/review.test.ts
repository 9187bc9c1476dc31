import fs from 'node:fs';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { Role } from '../../src/access/role';
import { repositoryRoot } from '../../src/config';
import { ArticleReviewDocument } from '../../src/explorer/web/review-operations';
import { issueTestKey, seedTestGraph, testDriver, TestApi } from '../integration/support';
import { launchChromium, type Browser } from './chromium';

const ARTIFACTS_DIR = path.join(repositoryRoot(), 'test-artifacts');
/** A short article written for this test: a delegation's visit, and an agreement signed during it. */
const ARTICLE = fs.readFileSync(path.join(repositoryRoot(), 'test', 'fixtures', 'articles', 'ha-tinh-bolikhamxay-border-trade-2026.en.txt'), 'utf8');

let driver: Driver;
let api: TestApi;
let browser: Browser;
let page: Page;
let editorKey: string;
let readerKey: string;
/** The review the second test submits; the third goes on with it. */
let reviewId: string;
const problems: string[] = [];
const requests: string[] = [];

interface Candidate {
  key: string;
  confidence: number;
  factClass: string;
  decision: string;
  record: string;
  isNew: boolean;
  evidence: { start: number; end: number; text: string }[];
}

/** The review as the API holds it, read with the editor's key, the way the page reads it. */
async function reviewFromApi(id: string): Promise<{ text: string; candidates: Candidate[] }> {
  const response = await api.query<{ articleReview: { text: string; candidates: Candidate[] } }>(ArticleReviewDocument.toString(), { id }, editorKey);
  expect(response.errors).toBeUndefined();
  return response.data!.articleReview;
}

async function nodeExists(id: string): Promise<boolean> {
  const response = await api.query<{ node: { id: string } | null }>('query($id: ID!) { node(id: $id) { id } }', { id });
  expect(response.errors).toBeUndefined();
  return response.data!.node !== null;
}

const recordId = (candidate: Candidate) => (JSON.parse(candidate.record) as { id: string }).id;

async function currentCandidate(): Promise<string | null> {
  return page.locator('.candidate.current').getAttribute('data-key');
}

/** Opens the submission form, which stays open after an article is submitted. */
async function openSubmitForm(): Promise<void> {
  if ((await page.getAttribute('#submit-article', 'open')) === null) await page.click('#submit-article summary');
}

async function useKey(key: string): Promise<void> {
  await page.fill('#review-api-key', key);
  await page.press('#review-api-key', 'Enter');
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  driver = testDriver();
  await seedTestGraph(driver);
  api = await TestApi.start(driver);
  editorKey = (await issueTestKey(driver, Role.EDITOR, 'Editor Eve')).token;
  readerKey = (await issueTestKey(driver, Role.READER, 'Reader Rob')).token;
  browser = await launchChromium();
  browser.context.on('request', (request) => requests.push(request.url()));
  browser.context.on('console', (message) => {
    // A refused request (401/403) is logged by the browser itself; the page shows it, which is what is tested.
    if (message.type() === 'error' && !/status of 40[13]/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
}, 300_000);

beforeEach(async () => {
  page = await browser.context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
});

afterEach(async () => {
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await driver?.close();
});

describe('the review screen', () => {
  it('says plainly that reviewing needs an editor’s key, without one and with a reader’s', async () => {
    await page.goto(`${api.baseUrl}/explore#mode=review`);
    await page.locator('#review-list .error', { hasText: 'needs an API key' }).waitFor();
    await expect(page.getAttribute('#tab-review', 'aria-selected')).resolves.toBe('true');

    await useKey(readerKey);
    await page.locator('#review-list .error', { hasText: 'EDITOR' }).waitFor();
    // The key stays in this tab's session storage, never in the address.
    expect(page.url()).not.toContain(readerKey);
    await expect(page.evaluate(() => Object.values({ ...(globalThis as any).sessionStorage }))).resolves.toContain(readerKey);
    await expect(page.evaluate(() => (globalThis as any).localStorage.length)).resolves.toBe(0);
    // "?" typed into the key field is text; from a button it shows the shortcuts.
    await page.keyboard.press('?');
    await expect(page.inputValue('#review-api-key')).resolves.toBe('?');
    await expect(page.locator('#review-shortcuts').isHidden()).resolves.toBe(true);
    await page.focus('#forget-api-key');
    await page.keyboard.press('?');
    await page.locator('#review-shortcuts').waitFor({ state: 'visible' });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'review-forbidden.png') });
  });

  it('submits an article, highlights each candidate’s evidence, accepts one with "a" and rejects one, and the graph holds only the accepted fact', async () => {
    await page.goto(`${api.baseUrl}/explore#mode=review`);
    await useKey(editorKey);
    await page.locator('#review-list-title', { hasText: /Article reviews \(\d+\)/ }).waitFor();

    await openSubmitForm();
    await page.fill('#article-content', ARTICLE);
    await page.fill('#article-url', 'https://news.example.org/ha-tinh-bolikhamxay-border-trade');
    await page.fill('#article-publisher', 'Example News');
    await page.fill('#article-published', '2026-03-18');
    await page.selectOption('#article-lang', 'en');
    await page.click('#submit-article-button');
    await page.locator('#review-announcer', { hasText: 'Submitted' }).waitFor();
    await page.waitForFunction(() => /review=review:[0-9a-f]{16}/.test((globalThis as any).location.hash));
    reviewId = /review=(review:[0-9a-f]{16})/.exec(page.url())![1];

    const review = await reviewFromApi(reviewId);
    const agreement = review.candidates.find((candidate) => candidate.factClass === 'AGREEMENT' && candidate.isNew)!;
    const visit = review.candidates.find((candidate) => candidate.factClass === 'EVENT' && candidate.isNew)!;
    expect(agreement).toBeDefined();
    expect(visit).toBeDefined();
    await expect(nodeExists(recordId(agreement))).resolves.toBe(false);
    await expect(nodeExists(recordId(visit))).resolves.toBe(false);

    // The article is shown as text, every candidate's evidence highlighted, overlapping spans included.
    await expect(page.locator('#review-article-text').textContent()).resolves.toBe(review.text);
    const agreementMarks = page.locator(`#review-article-text mark[data-owners~="${agreement.key}"]`);
    await expect(agreementMarks.count()).resolves.toBeGreaterThan(0);
    await expect(agreementMarks.allTextContents().then((parts) => parts.join(''))).resolves.toBe(agreement.evidence.map((span) => span.text).join(''));
    await expect(page.locator('#review-article-text mark.layers-2').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.candidate-group h3').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringMatching(/^Agreements/), expect.stringMatching(/^Events/)]));
    await expect(page.locator(`.candidate[data-key="${agreement.key}"] .candidate-fields`).textContent()).resolves.toContain('province:bolikhamxay');

    // "?" shows the shortcuts; j moves to the next candidate until the agreement is current, its evidence emphasised.
    await page.locator('body').press('?');
    await page.locator('#review-shortcuts').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('#review-shortcuts').waitFor({ state: 'hidden' });
    for (let step = 0; step < review.candidates.length && (await currentCandidate()) !== agreement.key; step++) await page.keyboard.press('j');
    expect(await currentCandidate()).toBe(agreement.key);
    await expect(agreementMarks.first().getAttribute('class')).resolves.toContain('current');
    expect(page.url()).toContain(`candidate=${agreement.key}`);

    // Shortcuts are off while typing: "a" typed into the record editor is text, not a decision.
    await page.keyboard.press('e');
    await page.locator(`.candidate[data-key="${agreement.key}"] textarea`).waitFor();
    await page.keyboard.press('End');
    await page.keyboard.type('a');
    await page.locator(`.candidate[data-key="${agreement.key}"] button[type="submit"]`).click();
    await page.locator(`.candidate[data-key="${agreement.key}"] .candidate-error`, { hasText: 'Not valid JSON' }).waitFor();
    await expect(nodeExists(recordId(agreement))).resolves.toBe(false);
    await page.locator(`.candidate[data-key="${agreement.key}"] .cancel`).click();

    await page.keyboard.press('a');
    await page.locator(`.candidate[data-key="${agreement.key}"].decision-accepted`).waitFor();
    await page.locator('#review-announcer', { hasText: 'Accepted' }).waitFor();

    // Clicking the visit's highlighted text opens the visit; its Reject button rejects it.
    await page.locator(`#review-article-text mark[data-owners="${visit.key}"]`).first().click();
    expect(await currentCandidate()).toBe(visit.key);
    await page.locator(`.candidate[data-key="${visit.key}"] button.reject`).click();
    await page.locator(`.candidate[data-key="${visit.key}"].decision-rejected`).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'review-decided.png'), fullPage: true });

    const decided = await reviewFromApi(reviewId);
    expect(decided.candidates.find((candidate) => candidate.key === agreement.key)!.decision).toBe('ACCEPTED');
    expect(decided.candidates.find((candidate) => candidate.key === visit.key)!.decision).toBe('REJECTED');
    await expect(nodeExists(recordId(agreement))).resolves.toBe(true);
    await expect(nodeExists(recordId(visit))).resolves.toBe(false);

    // The same article again is recognised by its cleaned text.
    await page.click('.review-header .back');
    await openSubmitForm();
    await page.fill('#article-content', ARTICLE);
    await page.click('#submit-article-button');
    await page.locator('#review-announcer', { hasText: 'already been submitted' }).waitFor();
    await page.waitForFunction((id) => (globalThis as any).location.hash.includes(`review=${id}`), reviewId);
    await page.locator('#review-counts', { hasText: '1 accepted' }).waitFor();
  });

  it('opens a review from its link once a key is given, accepts all pending candidates at or above a confidence, and adds a missed fact from selected text', async () => {
    await page.goto(`${api.baseUrl}/explore#mode=review&review=${reviewId}`);
    await page.locator('.review-header .error', { hasText: 'needs an API key' }).waitFor();
    await useKey(editorKey);
    await page.locator('#review-article-text mark').first().waitFor();

    const before = await reviewFromApi(reviewId);
    const confident = before.candidates.filter((candidate) => candidate.decision === 'PENDING' && candidate.evidence.length && candidate.confidence >= 0.9);
    const doubtful = before.candidates.filter((candidate) => candidate.decision === 'PENDING' && candidate.confidence < 0.9);
    expect(confident.length).toBeGreaterThan(0);
    expect(doubtful.length).toBeGreaterThan(0);
    await page.fill('#bulk-threshold', '0.9');
    await page.click('#accept-above');
    await page.locator('#review-announcer', { hasText: `Accepted ${confident.length} candidates` }).waitFor();
    const afterBulk = await reviewFromApi(reviewId);
    for (const candidate of confident) expect(afterBulk.candidates.find((found) => found.key === candidate.key)!.decision).toBe('ACCEPTED');
    for (const candidate of doubtful) expect(afterBulk.candidates.find((found) => found.key === candidate.key)!.decision).toBe('PENDING');

    // The department hosting the talks is a fact the pipeline missed: its name is selected across a highlight's edge.
    const name = 'Ha Tinh Department of Foreign Affairs';
    const start = afterBulk.text.indexOf(name);
    await page.click('#add-fact summary');
    await page.evaluate(
      ([from, to]) => {
        const doc = (globalThis as any).document;
        const walker = doc.createTreeWalker(doc.getElementById('review-article-text'), 4 /* text nodes */);
        let startPoint: [unknown, number] | null = null;
        let endPoint: [unknown, number] | null = null;
        let seen = 0;
        for (let node = walker.nextNode(); node && !endPoint; node = walker.nextNode()) {
          const length = node.textContent.length;
          if (!startPoint && from < seen + length) startPoint = [node, from - seen];
          if (to <= seen + length) endPoint = [node, to - seen];
          seen += length;
        }
        const range = doc.createRange();
        range.setStart(...startPoint!);
        range.setEnd(...endPoint!);
        (globalThis as any).getSelection().removeAllRanges();
        (globalThis as any).getSelection().addRange(range);
      },
      [start, start + name.length],
    );
    await page.click('#use-selection');
    await expect(page.locator('#new-fact-evidence').textContent()).resolves.toBe(`Evidence: ${name} (${start}–${start + name.length})`);
    await page.selectOption('#new-fact-class', 'ENTITY');
    await page.selectOption('#new-fact-collection', 'organizations');
    const department = 'organization:ha-tinh-department-of-foreign-affairs';
    await page.fill('#new-fact-record', JSON.stringify({ id: department, name, kind: 'DEPARTMENT', basedIn: { id: 'province:ha-tinh' } }, null, 2));
    await page.click('#add-fact-button');
    await page.locator('#review-announcer', { hasText: 'Added the fact' }).waitFor();
    await page.locator('.candidate.decision-added').waitFor();
    await expect(nodeExists(department)).resolves.toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'review-added.png') });
  });

  it('asks nothing of any host but its own server, and logs no error', () => {
    expect(requests.filter((url) => !url.startsWith(`${api.baseUrl}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
