import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { EntityDetailsDocument, NeighborhoodDocument, PartnersInCountryDocument, ShortestPathsDocument } from '../../src/client/generated/graphql';
import { repositoryRoot } from '../../src/config';
import { seedTestGraph, testDriver, TestApi } from '../integration/support';
import { launchChromium, type Browser } from './chromium';

const ARTIFACTS_DIR = path.join(repositoryRoot(), 'test-artifacts');

let driver: Driver;
let api: TestApi;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];

/** The typed documents the page uses, sent the way the page sends them. */
async function ask<TResult, TVariables>(document: { toString(): string; __apiType?: (variables: TVariables) => TResult }, variables: TVariables): Promise<TResult> {
  const response = await api.query<TResult>(document.toString(), variables as Record<string, unknown>);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function graphNodeIds(): Promise<string[]> {
  return page.evaluate(() => (globalThis as any).explorer.cy.nodes().map((node: any) => node.id()));
}

/** Waits until the page has drawn the view its URL asked for. */
async function firstViewDrawn(on: Page = page): Promise<void> {
  await on.waitForFunction(() => (globalThis as any).explorer?.started);
  await on.evaluate(() => (globalThis as any).explorer.started);
}

/** The Lao localities the API names as Ha Tinh's partners, the README's first question. */
async function laoPartnersOfHaTinh(): Promise<string[]> {
  const { partnerships } = await ask(PartnersInCountryDocument, { of: 'province:ha-tinh', country: 'country:laos' });
  return partnerships.filter((partnership) => partnership.partner?.kind === 'LOCALITY').map((partnership) => partnership.partner!.id);
}

async function waitForGraphNodes(ids: string[]): Promise<void> {
  await page.waitForFunction((wanted) => wanted.every((id: string) => (globalThis as any).explorer.cy.getElementById(id).nonempty()), ids);
}

/** Clicks a node where the canvas draws it, as a reader would. */
async function clickGraphNode(id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const node = (globalThis as any).explorer.cy.getElementById(nodeId);
    const rendered = node.renderedPosition();
    const box = (globalThis as any).document.getElementById('graph').getBoundingClientRect();
    return { x: box.left + rendered.x, y: box.top + rendered.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

async function clickGraphEdge(source: string, target: string): Promise<void> {
  const point = await page.evaluate(
    ([from, to]) => {
      const cy = (globalThis as any).explorer.cy;
      const edge = cy.edges().filter((candidate: any) => candidate.data('source') === from && candidate.data('target') === to);
      const start = edge.renderedSourceEndpoint();
      const end = edge.renderedTargetEndpoint();
      // A point of the edge that no node (or its label) covers: in a dense layout another node may sit on its middle.
      const covered = (x: number, y: number) =>
        cy.nodes().some((node: any) => {
          const b = node.renderedBoundingBox({ includeLabels: true });
          return x >= b.x1 && x <= b.x2 && y >= b.y1 && y <= b.y2;
        });
      const along = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]
        .map((t) => ({ x: start.x + t * (end.x - start.x), y: start.y + t * (end.y - start.y) }))
        .find((point) => !covered(point.x, point.y)) ?? edge.renderedMidpoint();
      const box = (globalThis as any).document.getElementById('graph').getBoundingClientRect();
      return { x: box.left + along.x, y: box.top + along.y };
    },
    [source, target],
  );
  await page.mouse.click(point.x, point.y);
}

async function pickSuggestion(inputSelector: string, text: string, expectedName: string): Promise<void> {
  await page.click(inputSelector);
  await page.keyboard.type(text, { delay: 30 });
  // Suggestions for a prefix of the text may show first when typing outpaces the debounce; wait for the final ones.
  const firstOption = page.locator(`${inputSelector}-suggestions [role="option"]`).first();
  await firstOption.filter({ hasText: expectedName }).waitFor();
  await page.keyboard.press('Enter');
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  driver = testDriver();
  await seedTestGraph(driver);
  api = await TestApi.start(driver);
  browser = await launchChromium();
  browser.context.on('request', (request) => requests.push(request.url()));
  browser.context.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  // Seeding and starting a browser take a while on a busy machine.
}, 180_000);

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

describe('the explorer page', () => {
  it('is served by the API server with a strict content security policy and its bundled assets', async () => {
    const response = await fetch(`${api.baseUrl}/explore`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    for (const asset of ['/explore/app.js', '/explore/app.css']) {
      expect(html).toContain(asset);
      const assetResponse = await fetch(`${api.baseUrl}${asset}`);
      expect(assetResponse.status).toBe(200);
      expect((await assetResponse.text()).length).toBeGreaterThan(1000);
    }
  });

  it('opens on Ha Tinh and its Laotian partners when the URL names no view', async () => {
    const laoProvinces = await laoPartnersOfHaTinh();
    expect(laoProvinces).toHaveLength(4);

    await page.goto(`${api.baseUrl}/explore`);
    await firstViewDrawn();
    expect(await graphNodeIds()).toEqual(expect.arrayContaining(['province:ha-tinh', ...laoProvinces]));
    await expect(page.locator('#details h2').textContent()).resolves.toBe('Ha Tinh');
    await expect(page.inputValue('#search')).resolves.toBe('Ha Tinh');
    // The address now names the view, so "Copy link" shares it.
    expect(new URL(page.url()).hash).toBe('#mode=explore&focus=province:ha-tinh&select=province:ha-tinh');
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'explorer-fresh.png') });
  });

  it('opens on the view a URL names, even the empty one, and not on Ha Tinh', async () => {
    const { neighborhood } = await ask(NeighborhoodDocument, { id: 'city:hanoi', depth: 1 });
    expect(neighborhood.nodes.map((node) => node.id)).not.toContain('province:ha-tinh');

    await page.goto(`${api.baseUrl}/explore#mode=explore&focus=city:hanoi&select=city:hanoi`);
    await firstViewDrawn();
    const drawn = await graphNodeIds();
    expect(drawn).toEqual(expect.arrayContaining(neighborhood.nodes.map((node) => node.id)));
    expect(drawn).not.toContain('province:ha-tinh');
    await expect(page.locator('#details h2').textContent()).resolves.toBe('Hanoi');

    const empty = await browser.context.newPage();
    try {
      await empty.goto(`${api.baseUrl}/explore#mode=explore`);
      await firstViewDrawn(empty);
      await expect(empty.evaluate(() => (globalThis as any).explorer.cy.nodes().length)).resolves.toBe(0);
      await expect(empty.inputValue('#search')).resolves.toBe('');
      expect(new URL(empty.url()).hash).toBe('#mode=explore');
    } finally {
      await empty.close();
    }
  });

  it('suggests Ha Tinh for "ha tinh" and, once chosen, draws its Laotian partner provinces', async () => {
    const laoProvinces = await laoPartnersOfHaTinh();
    expect(laoProvinces).toContain('province:savannakhet');
    expect(laoProvinces).toHaveLength(4);

    // The empty view, so that the search starts from nothing.
    await page.goto(`${api.baseUrl}/explore#mode=explore`);
    await page.click('#search');
    await page.keyboard.type('ha tinh', { delay: 30 });
    const options = page.locator('#search-suggestions [role="option"]');
    await options.first().waitFor();
    await expect(options.first().textContent()).resolves.toContain('Ha Tinh');
    // The keyboard moves through the suggestions; the input tells assistive technology which one is active.
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.getAttribute('#search', 'aria-activedescendant')).resolves.toBe(await options.nth(1).getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    await expect(options.first().getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await waitForGraphNodes(['province:ha-tinh', ...laoProvinces]);
    await page.locator('#details h2', { hasText: 'Ha Tinh' }).waitFor();

    const listed = await page.locator('#node-list button').allTextContents();
    expect(listed).toEqual(expect.arrayContaining(['Savannakhet', 'Bolikhamxay']));
    expect(page.url()).toContain('focus=province:ha-tinh');
  });

  it('opens a partner province on click and shows the source behind it', async () => {
    const details = await ask(EntityDetailsDocument, { id: 'province:savannakhet' });
    const [source] = (details.node as { sources: { title: string; publisher: string; publishedOn: string | null; url: string | null }[] }).sources;

    await page.goto(`${api.baseUrl}/explore#mode=explore&focus=province:ha-tinh`);
    await waitForGraphNodes(['province:savannakhet']);
    await clickGraphNode('province:savannakhet');

    await page.locator('#details h2', { hasText: 'Savannakhet' }).waitFor();
    const sourceItem = page.locator('#details .source').first();
    await expect(sourceItem.locator('.source-title').textContent()).resolves.toBe(source.title);
    await expect(sourceItem.locator('.publisher').textContent()).resolves.toBe(source.publisher);
    await expect(sourceItem.locator('time').textContent()).resolves.toBe(source.publishedOn);
    await expect(sourceItem.locator('.locators').textContent()).resolves.toContain('L15');
    if (source.url) await expect(sourceItem.locator('a.source-title').getAttribute('href')).resolves.toBe(source.url);
    // Clicking a node also expands it: Savannakhet's country comes into view.
    await waitForGraphNodes(['country:laos']);
    expect(page.url()).toContain('select=province:savannakhet');
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'explorer-ha-tinh-savannakhet.png') });
    if (process.env.UPDATE_DOCS_SCREENSHOT) await page.screenshot({ path: path.join(repositoryRoot(), 'docs', 'explorer.png') });

    await clickGraphEdge('partnership:ha-tinh--savannakhet', 'province:savannakhet');
    await page.locator('#details h2', { hasText: 'Has party' }).waitFor();
    await expect(page.locator('#details .edge-ends').textContent()).resolves.toBe('Ha Tinh – Savannakhet → Savannakhet');
    await expect(page.locator('#details .source .publisher').first().textContent()).resolves.toBe(source.publisher);
    await expect(page.locator('#details .facts').textContent()).resolves.toContain('stated by the source');
  });

  it('finds the shortest connection between two entities and lists the evidence of each step', async () => {
    const from = 'official:nguyen-viet-thao';
    const to = 'directive:secretariat-12-ct-tw';
    const { paths } = await ask(ShortestPathsDocument, { from, to, maxHops: 4, first: 3 });
    expect(paths.length).toBeGreaterThan(0);

    await page.goto(`${api.baseUrl}/explore`);
    await page.click('#tab-paths');
    await pickSuggestion('#path-from', 'nguyen viet thao', 'Nguyen Viet Thao');
    await pickSuggestion('#path-to', 'directive 12', 'Directive n° 12-CT/TW');

    const connections = page.locator('#path-results section.path');
    await connections.first().waitFor();
    await expect(connections.count()).resolves.toBe(paths.length);
    const steps = connections.first().locator('.path-step');
    await expect(steps.count()).resolves.toBe(paths[0].length);
    const firstStep = steps.first();
    await expect(firstStep.textContent()).resolves.toContain('Nguyen Viet Thao');
    const [firstSource] = paths[0].edges[0].evidence.sources;
    const evidence = firstStep.locator('.source').first();
    await expect(evidence.locator('.publisher').textContent()).resolves.toBe(firstSource.publisher);
    await expect(evidence.locator('a.source-title').getAttribute('href')).resolves.toBe(firstSource.url);
    await expect(evidence.locator('.locators').textContent()).resolves.toMatch(/lines L\d+/);
    const pathNodes = [...new Set(paths.flatMap((found) => found.nodes.map((node) => node.id)))];
    await waitForGraphNodes(pathNodes);
    const outlined = await page.evaluate((ids) => ids.every((id: string) => (globalThis as any).explorer.cy.getElementById(id).hasClass('on-path')), pathNodes);
    expect(outlined).toBe(true);
    expect(page.url()).toContain(`mode=paths&from=${from}&to=${to}`);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'explorer-path.png') });
  });

  it('switches the names to Vietnamese, French or English, and keeps the choice in the shareable URL', async () => {
    const nodeName = (id: string) => page.evaluate((nodeId) => (globalThis as any).explorer.cy.getElementById(nodeId).data('name'), id);
    await page.goto(`${api.baseUrl}/explore#mode=explore&focus=province:ha-tinh&select=province:ha-tinh`);
    await waitForGraphNodes(['partnership:ha-tinh--vientiane-capital', 'city:vientiane-capital']);
    await page.locator('#details h2', { hasText: 'Ha Tinh' }).waitFor();
    await expect(nodeName('city:vientiane-capital')).resolves.toBe('la capitale Vientiane');

    await page.selectOption('#language', 'vi');
    await page.locator('#details h2', { hasText: 'Hà Tĩnh' }).waitFor();
    await page.waitForFunction(() => (globalThis as any).location.hash.includes('lang=vi'));
    await waitForGraphNodes(['city:vientiane-capital']);
    await expect(nodeName('city:vientiane-capital')).resolves.toBe('Thủ đô Viêng Chăn');
    await expect(nodeName('partnership:ha-tinh--vientiane-capital')).resolves.toBe('Hà Tĩnh – Thủ đô Viêng Chăn');
    await expect(page.locator('#details .facts').textContent()).resolves.toContain('fr Ha Tinh (source)');
    expect(page.url()).toContain('focus=province:ha-tinh');

    const shared = await browser.context.newPage();
    try {
      await shared.goto(page.url());
      await firstViewDrawn(shared);
      await shared.locator('#details h2', { hasText: 'Hà Tĩnh' }).waitFor();
      await expect(shared.locator('#language').inputValue()).resolves.toBe('vi');
      await shared.selectOption('#language', 'en');
      await shared.locator('#details h2', { hasText: /^Ha Tinh$/ }).waitFor();
      await shared.waitForFunction(() => (globalThis as any).location.hash.includes('lang=en'));
      await shared.waitForFunction(() => (globalThis as any).explorer.cy.getElementById('city:vientiane-capital').data('name') === 'Vientiane Capital');
    } finally {
      await shared.close();
    }
  });

  it('restores a shared view from its URL: graph, selection, date range and path', async () => {
    await page.goto(`${api.baseUrl}/explore#mode=explore&focus=province:ha-tinh,province:savannakhet&select=province:savannakhet&dates=2023..2023`);
    await waitForGraphNodes(['province:ha-tinh', 'province:savannakhet', 'country:laos']);
    await page.locator('#details h2', { hasText: 'Savannakhet' }).waitFor();
    await expect(page.inputValue('#search')).resolves.toBe('Ha Tinh');
    await expect(page.inputValue('#timeline-from')).resolves.toBe('2023');
    await expect(page.inputValue('#timeline-to')).resolves.toBe('2023');
    const dates = await page.locator('.timeline-event time').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date.startsWith('2023')).toBe(true);
    // An event of 2023 in view is outlined; one of 2024 is faded.
    const marks = await page.evaluate(() => ({
      inRange: (globalThis as any).explorer.cy.getElementById('event:ha-tinh-delegation-visit-horne-saliby-2023-10').hasClass('in-range'),
    }));
    expect(marks.inRange).toBe(true);

    const second = await browser.context.newPage();
    try {
      await second.goto(`${api.baseUrl}/explore#mode=paths&from=official:nguyen-viet-thao&to=directive:secretariat-12-ct-tw`);
      await second.locator('#path-results .path-step').first().waitFor();
      await expect(second.inputValue('#path-from')).resolves.toBe('Nguyen Viet Thao');
    } finally {
      await second.close();
    }
  });

  it('filters the timeline by date and focuses an event in the graph when it is clicked', async () => {
    await page.goto(`${api.baseUrl}/explore`);
    await page.locator('.timeline-event').first().waitFor();
    const all = await page.locator('.timeline-event').count();
    await page.fill('#timeline-from', '2025');
    await page.fill('#timeline-to', '2025-12');
    await page.click('.timeline-filter button[type="submit"]');
    await page.waitForFunction((count) => (globalThis as any).document.querySelectorAll('.timeline-event').length < count, all);
    const dates = await page.locator('.timeline-event time').allTextContents();
    for (const date of dates) expect(date.startsWith('2025')).toBe(true);
    expect(page.url()).toContain('dates=2025..2025-12');

    const event = page.locator('.timeline-event').first();
    const eventId = (await event.getAttribute('data-event-id'))!;
    await event.click();
    await waitForGraphNodes([eventId]);
    await expect(page.locator('#details .facts').textContent()).resolves.toContain(dates[0]);
    const selected = await page.evaluate(() => (globalThis as any).explorer.cy.$(':selected').map((node: any) => node.id()));
    expect(selected).toEqual([eventId]);
  });

  it('exports the current view as PNG and as GraphML with every node and edge on screen', async () => {
    await page.goto(`${api.baseUrl}/explore#mode=explore&focus=province:ha-tinh`);
    await waitForGraphNodes(['province:savannakhet']);
    const onScreen = await page.evaluate(() => ({ nodes: (globalThis as any).explorer.cy.nodes().length, edges: (globalThis as any).explorer.cy.edges().length }));

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const pngBytes = fs.readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');

    const [graphml] = await Promise.all([page.waitForEvent('download'), page.click('#export-graphml')]);
    expect(graphml.suggestedFilename()).toBe('partnership-graph.graphml');
    const xml = fs.readFileSync((await graphml.path())!, 'utf8');
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['node', 'edge', 'key', 'data'].includes(name) }).parse(xml);
    const graph = parsed.graphml.graph[0] ?? parsed.graphml.graph;
    expect(parsed.graphml.key.map((key: any) => key['@_id']).sort()).toEqual(['kind', 'name', 'role', 'sourceIds', 'type']);
    expect(graph.node).toHaveLength(onScreen.nodes);
    expect(graph.edge).toHaveLength(onScreen.edges);
    const haTinh = graph.node.find((node: any) => node['@_id'] === 'province:ha-tinh');
    expect(haTinh.data.map((d: any) => d['#text'])).toEqual(['LOCALITY', 'Ha Tinh']);
  });

  it('asks nothing of any host but its own server, and breaks no content security rule', () => {
    expect(requests.length).toBeGreaterThan(0);
    const outside = requests.filter((url) => !url.startsWith(`${api.baseUrl}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});
