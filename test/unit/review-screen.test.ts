import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { repositoryRoot } from '../../src/config';
import { segmentText } from '../../src/explorer/web/highlight-segments';
import * as reviewOperations from '../../src/explorer/web/review-operations';
import { candidateTitle, fieldLabel, formatValue, groupByClass, orderCandidates, parseRecord, pendingAtOrAbove, recordFields } from '../../src/explorer/web/review-records';
import { shortcutFor, takesTyping, type KeyPress } from '../../src/explorer/web/review-shortcuts';
import { formatState, hasState, parseState, EMPTY_STATE } from '../../src/explorer/web/url-state';

describe('splitting an article into highlighted pieces', () => {
  const text = 'The two provinces signed an agreement in Vientiane.';

  it('covers the whole text exactly once, in order, whatever the spans', () => {
    const segments = segmentText(text, [
      { start: 4, end: 17, owner: 'a' },
      { start: 8, end: 37, owner: 'b' },
      { start: 28, end: 37, owner: 'c' },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    for (let index = 1; index < segments.length; index++) expect(segments[index].start).toBe(segments[index - 1].end);
  });

  it('gives a piece where spans overlap to every candidate that covers it, and keeps nested spans whole', () => {
    const segments = segmentText(text, [
      { start: 4, end: 17, owner: 'provinces' },
      { start: 8, end: 37, owner: 'signing' },
      { start: 28, end: 37, owner: 'agreement' },
    ]);
    expect(segments.map(({ text: piece, owners }) => [piece, owners])).toEqual([
      ['The ', []],
      ['two ', ['provinces']],
      ['provinces', ['provinces', 'signing']],
      [' signed an ', ['signing']],
      ['agreement', ['signing', 'agreement']],
      [' in Vientiane.', []],
    ]);
  });

  it('names a candidate once in a piece even when two of its spans cover it', () => {
    const segments = segmentText('abcdef', [
      { start: 0, end: 4, owner: 'x' },
      { start: 2, end: 6, owner: 'x' },
    ]);
    expect(segments.map(({ text: piece, owners }) => [piece, owners])).toEqual([
      ['ab', ['x']],
      ['cd', ['x']],
      ['ef', ['x']],
    ]);
  });

  it('clamps spans to the text and drops empty or reversed ones, so stale offsets never break the page', () => {
    const segments = segmentText('short', [
      { start: -3, end: 2, owner: 'before' },
      { start: 3, end: 99, owner: 'after' },
      { start: 4, end: 4, owner: 'empty' },
      { start: 4, end: 1, owner: 'reversed' },
    ]);
    expect(segments.map(({ text: piece, owners }) => [piece, owners])).toEqual([
      ['sh', ['before']],
      ['o', []],
      ['rt', ['after']],
    ]);
  });

  it('counts offsets in UTF-16 units, as the API does, and never cuts an emoji or other astral character in half', () => {
    const withAstral = 'Hà Tĩnh 🤝 Savannakhet';
    const hands = withAstral.indexOf('🤝');
    const owned = segmentText(withAstral, [{ start: hands + 1, end: hands + 2, owner: 'half' }]).filter((segment) => segment.owners.length);
    expect(owned).toEqual([{ start: hands, end: hands + 2, text: '🤝', owners: ['half'] }]);
    const whole = segmentText(withAstral, [{ start: 0, end: 7, owner: 'place' }]);
    expect(whole[0]).toEqual({ start: 0, end: 7, text: 'Hà Tĩnh', owners: ['place'] });
  });

  it('gives a text without spans as one plain piece, and an empty text as none', () => {
    expect(segmentText(text, [])).toEqual([{ start: 0, end: text.length, text, owners: [] }]);
    expect(segmentText('', [{ start: 0, end: 3, owner: 'x' }])).toEqual([]);
  });
});

describe("reading a candidate's record", () => {
  const visit = JSON.stringify({
    participants: [
      { id: 'province:sekong', role: 'DELEGATION' },
      { id: 'official:tran-anh-tuan', role: 'ATTENDEE' },
    ],
    place: { id: 'province:quang-nam' },
    date: '2024-05-08',
    kind: 'VISIT',
    name: 'Sekong delegation visits Quang Nam',
    id: 'event:sekong-delegation-quang-nam-2024-05',
  });

  it('lists the telling fields first, references by ID with their role, and labels in words', () => {
    expect(recordFields(visit)).toEqual([
      ['Id', 'event:sekong-delegation-quang-nam-2024-05'],
      ['Name', 'Sekong delegation visits Quang Nam'],
      ['Kind', 'VISIT'],
      ['Date', '2024-05-08'],
      ['Place', 'province:quang-nam'],
      ['Participants', 'province:sekong (DELEGATION); official:tran-anh-tuan (ATTENDEE)'],
    ]);
  });

  it('reads a position as "title, organization (status, as of date)"', () => {
    expect(formatValue([{ title: 'Vice Chairman', organization: 'organization:quang-nam-peoples-committee', status: 'current', asOf: '2024-05-10' }])).toBe(
      'Vice Chairman, organization:quang-nam-peoples-committee (current, as of 2024-05-10)',
    );
    expect(fieldLabel('issuedOnConfidence')).toBe('Issued on confidence');
  });

  it('leaves out empty fields and shows nothing for a record that is not a JSON object', () => {
    expect(recordFields(JSON.stringify({ id: 'x:y', note: null, aliases: [] }))).toEqual([['Id', 'x:y']]);
    expect(recordFields('not json')).toEqual([]);
    expect(recordFields('[1, 2]')).toEqual([]);
  });

  it('names a candidate by its record, or by its class when the record has no name', () => {
    expect(candidateTitle({ factClass: 'EVENT', record: visit })).toBe('Sekong delegation visits Quang Nam');
    expect(candidateTitle({ factClass: 'PARTNERSHIP', record: '{}' })).toBe('Partnerships');
  });
});

describe('checking an edited record before it is sent', () => {
  it('accepts one JSON object and sends it compact', () => {
    expect(parseRecord('{\n  "id": "province:sekong",\n  "name": "Sekong"\n}')).toEqual({ ok: true, record: { id: 'province:sekong', name: 'Sekong' }, json: '{"id":"province:sekong","name":"Sekong"}' });
  });

  it('refuses malformed JSON and anything but an object, with a message to show next to the candidate', () => {
    const broken = parseRecord('{ "id": "province:sekong", }');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/^Not valid JSON/);
    for (const notAnObject of ['[]', '"text"', '42', 'null']) expect(parseRecord(notAnObject)).toEqual({ ok: false, message: 'The record must be a JSON object ({ … }).' });
  });
});

describe('ordering and choosing candidates', () => {
  const candidates = [
    { key: 'e1', factClass: 'EVENT' as const, confidence: 0.7, decision: 'PENDING' as const },
    { key: 'p1', factClass: 'PARTNERSHIP' as const, confidence: 0.6, decision: 'PENDING' as const },
    { key: 'n1', factClass: 'ENTITY' as const, confidence: 0.95, decision: 'ACCEPTED' as const },
    { key: 'p2', factClass: 'PARTNERSHIP' as const, confidence: 0.9, decision: 'PENDING' as const },
  ];

  it('groups the candidates by fact class, in the contract order, the most confident first', () => {
    const ordered = orderCandidates(candidates);
    expect(ordered.map((candidate) => candidate.key)).toEqual(['n1', 'p2', 'p1', 'e1']);
    expect(groupByClass(ordered).map(([factClass, group]) => [factClass, group.map((candidate) => candidate.key)])).toEqual([
      ['ENTITY', ['n1']],
      ['PARTNERSHIP', ['p2', 'p1']],
      ['EVENT', ['e1']],
    ]);
  });

  it('"accept all with confidence ≥ x" takes the pending candidates at or above x, never a decided one', () => {
    expect(pendingAtOrAbove(candidates, 0.7)).toEqual(['e1', 'p2']);
    expect(pendingAtOrAbove(candidates, 0.95)).toEqual([]);
  });
});

describe('review keyboard shortcuts', () => {
  const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, typing: false, ...extra });

  it('moves with j/k or the arrows, decides with a, r and e, selects with x and shows the help with ?', () => {
    expect(['j', 'ArrowDown', 'k', 'ArrowUp', 'a', 'r', 'e', 'x', '?'].map((key) => shortcutFor(press(key)))).toEqual(['next', 'next', 'previous', 'previous', 'accept', 'reject', 'edit', 'toggle', 'help']);
  });

  it('stays out of the way while typing in a field and of the browser’s own Ctrl, Alt and Meta keys', () => {
    expect(shortcutFor(press('a', { typing: true }))).toBeNull();
    expect(shortcutFor(press('r', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('a', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('A'))).toBeNull();
    expect(shortcutFor(press('Enter'))).toBeNull();
  });

  it('counts text inputs, text areas and selects as typing places, but not a checkbox or a button', () => {
    const element = (tag: string, type = '') => ({
      isContentEditable: false,
      closest: (selector: string) => (selector.split(',').some((part) => part.trim().split(/[[:]/)[0] === tag) ? { type } : null),
    });
    expect(takesTyping(element('input', 'text'))).toBe(true);
    expect(takesTyping(element('input', 'password'))).toBe(true);
    expect(takesTyping(element('textarea'))).toBe(true);
    expect(takesTyping(element('input', 'checkbox'))).toBe(false);
    expect(takesTyping(element('button'))).toBe(false);
    expect(takesTyping(null)).toBe(false);
  });
});

describe('the review screen in the URL', () => {
  it('restores the review and candidate a link names', () => {
    const state = { ...EMPTY_STATE, mode: 'review' as const, review: 'review:0123456789abcdef', candidate: 'fedcba9876543210' };
    const hash = formatState(state);
    expect(hash).toBe('#mode=review&review=review:0123456789abcdef&candidate=fedcba9876543210');
    expect(parseState(hash)).toMatchObject({ mode: 'review', review: 'review:0123456789abcdef', candidate: 'fedcba9876543210' });
    expect(hasState('#review=review:0123456789abcdef')).toBe(true);
  });

  it('opens the list of reviews for #mode=review, and ignores a malformed review ID', () => {
    expect(parseState('#mode=review')).toMatchObject({ mode: 'review', review: null, candidate: null });
    expect(parseState('#mode=review&review=province:ha-tinh&candidate=abc')).toMatchObject({ review: null, candidate: null });
    expect(formatState({ ...EMPTY_STATE, mode: 'review' })).toBe('#mode=review');
  });
});

describe('the review operations the page sends', () => {
  it('are valid against the schema (schema/schema.graphql), so the screen and the API agree on the contract', () => {
    const schema = buildSchema(fs.readFileSync(path.join(repositoryRoot(), 'schema', 'schema.graphql'), 'utf8'));
    const documents = Object.entries(reviewOperations).filter(([name]) => name.endsWith('Document'));
    expect(documents.map(([name]) => name).sort()).toEqual(['AddCandidateDocument', 'ArticleReviewDocument', 'ArticleReviewsDocument', 'DecideCandidatesDocument', 'SubmitArticleDocument']);
    for (const [name, document] of documents) expect({ name, errors: validate(schema, parse(String(document))).map((error) => error.message) }).toEqual({ name, errors: [] });
  });
});
