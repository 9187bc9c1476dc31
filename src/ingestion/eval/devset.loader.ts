import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EVENT_KINDS, PARTNERSHIP_KINDS } from '../../model/vocabularies';
import { isLabelDate } from './label-dates';
import { LabelledArticle, Party } from './labelled-facts';

const LABEL_FILE = /^(\d{2}-[a-z0-9-]+)\.yaml$/;
const FACT_LISTS = ['places', 'partnerships', 'agreements', 'positions', 'events', 'aid', 'memberships'] as const;

export function devsetFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => LABEL_FILE.test(file))
    .sort();
}

/** Reads every `<nn>-<slug>.yaml` of the folder, in name order. The shape is checked by `labelProblems`. */
export function loadDevset(dir: string): LabelledArticle[] {
  return devsetFileNames(dir).map((file) => {
    const data = parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    const name = LABEL_FILE.exec(file)![1];
    const article = { ...(data.article as LabelledArticle['article']) };
    const lists = Object.fromEntries(FACT_LISTS.map((list) => [list, Array.isArray(data[list]) ? data[list] : []]));
    return { name, article, ...lists } as LabelledArticle;
  });
}

/** What is wrong with one labelled article: missing fields, malformed dates, IDs the graph does not know. */
export function labelProblems(labelled: LabelledArticle, knownIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const where = (path: string) => `${labelled.name}: ${path}`;
  const { article } = labelled;
  if (!article || typeof article.lang !== 'string' || !['fr', 'en', 'vi'].includes(article.lang)) problems.push(where('article.lang must be fr, en or vi'));
  if (!article?.url) problems.push(where('article.url is missing'));
  if (!article?.publisher) problems.push(where('article.publisher is missing'));
  if (article?.publishedOn !== null && !(typeof article?.publishedOn === 'string' && isLabelDate(article.publishedOn))) {
    problems.push(where(`article.publishedOn "${String(article?.publishedOn)}" is neither a date nor null`));
  }
  const checkParty = (party: unknown, path: string) => {
    if (typeof party === 'string') {
      if (!knownIds.has(party)) problems.push(where(`${path} "${party}" names no seed record, reference place or country`));
    } else if (!(party && typeof party === 'object' && typeof (party as { name?: unknown }).name === 'string')) {
      problems.push(where(`${path} must be a graph ID or {name: "…"}`));
    }
  };
  const checkDate = (date: unknown, path: string, nullable: boolean) => {
    if (date === null || date === undefined) {
      if (!nullable) problems.push(where(`${path} is missing`));
    } else if (typeof date !== 'string' || !isLabelDate(date)) {
      problems.push(where(`${path} "${String(date)}" is not YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD`));
    }
  };
  const checkParties = (parties: unknown, path: string) => {
    if (!Array.isArray(parties) || parties.length < 2) problems.push(where(`${path} needs at least two parties`));
    else parties.forEach((party: Party, i) => checkParty(party, `${path}[${i}]`));
  };
  labelled.places.forEach((place, i) => {
    if (typeof place.mention !== 'string' || !place.mention) problems.push(where(`places[${i}].mention is missing`));
    checkParty(place.id, `places[${i}].id`);
  });
  labelled.partnerships.forEach((fact, i) => {
    checkParties(fact.parties, `partnerships[${i}].parties`);
    checkDate(fact.since, `partnerships[${i}].since`, true);
    if (!PARTNERSHIP_KINDS.includes(fact.kind)) problems.push(where(`partnerships[${i}].kind "${fact.kind}" is not one of ${PARTNERSHIP_KINDS.join(', ')}`));
  });
  labelled.agreements.forEach((fact, i) => {
    checkParties(fact.parties, `agreements[${i}].parties`);
    checkDate(fact.signedOn, `agreements[${i}].signedOn`, true);
    if (fact.kind !== 'AGREEMENT') problems.push(where(`agreements[${i}].kind must be AGREEMENT`));
  });
  labelled.positions.forEach((fact, i) => {
    if (typeof fact.person !== 'string' || !fact.person) problems.push(where(`positions[${i}].person is missing`));
    checkParty(fact.organization, `positions[${i}].organization`);
  });
  labelled.events.forEach((fact, i) => {
    if (!EVENT_KINDS.includes(fact.kind)) problems.push(where(`events[${i}].kind "${fact.kind}" is not one of ${EVENT_KINDS.join(', ')}`));
    checkDate(fact.date, `events[${i}].date`, true);
    checkDate(fact.endDate, `events[${i}].endDate`, true);
    if (fact.place !== null && fact.place !== undefined) checkParty(fact.place, `events[${i}].place`);
  });
  labelled.aid.forEach((fact, i) => {
    checkParty(fact.funder, `aid[${i}].funder`);
    checkParty(fact.recipient, `aid[${i}].recipient`);
  });
  labelled.memberships.forEach((fact, i) => {
    checkParty(fact.member, `memberships[${i}].member`);
    checkParty(fact.of, `memberships[${i}].of`);
  });
  return problems;
}
