import { EntityKind } from '../../model/entity-kind';
import { slugify } from '../../model/fold';
import { Link } from '../candidate';
import { Gazetteer, nameIn } from '../gazetteer';

/** A place or body a sentence introduces: "la province lao de X", "l'Association d'amitié Vietnam–X de Y", a document code. */
export interface NewEntityPattern {
  pattern: RegExp;
  collection: string;
  /** The reason a link made through this pattern gives, X standing for the name. */
  context: string;
  build(groups: Record<string, string>, env: { gazetteer: Gazetteer; lang: string }): Built | null;
}

export interface Built {
  /** The reason a link through this pattern gives, when it depends on the words matched. */
  context?: string;
  record: Record<string, unknown>;
  /** The name as the text writes it. */
  mention: string;
  confidence: number;
  links: Link[];
}

/** A proper name: up to three capitalized words, hyphenated particles allowed ("Val-de-Marne", "Châlons-en-Champagne"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’]*(?:(?:-(?:de|du|des|la|le|lès|sur|en|et)-|[ -])\p{Lu}[\p{L}\p{M}'’]*){0,2}`;
const DASH = String.raw`\s*[-–—]\s*`;

/** What a place is called before its name, and the level and ID prefix it takes. */
const PLACE_NOUNS: Record<string, { level: string; prefix: string }> = {
  province: { level: 'PROVINCE', prefix: 'province' },
  'préfecture': { level: 'PROVINCE', prefix: 'province' },
  prefecture: { level: 'PROVINCE', prefix: 'province' },
  'département': { level: 'PROVINCE', prefix: 'province' },
  department: { level: 'PROVINCE', prefix: 'province' },
  'région': { level: 'REGION', prefix: 'region' },
  region: { level: 'REGION', prefix: 'region' },
  ville: { level: 'CITY', prefix: 'city' },
  city: { level: 'CITY', prefix: 'city' },
  district: { level: 'DISTRICT', prefix: 'district' },
  commune: { level: 'COMMUNE', prefix: 'commune' },
};
/** A word in either case at its start: the patterns match names by their capitals, so they cannot ignore case. */
function eitherCase(word: string): string {
  return `[${word[0].toUpperCase()}${word[0]}]${word.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
}
const PLACE_NOUN = Object.keys(PLACE_NOUNS).map(eitherCase).join('|');

/** A country by the adjective the press gives its places ("la province lao de X", "the Japanese prefecture of X"), as the graph names it. */
const COUNTRY_BY_ADJECTIVE: Record<string, string> = {
  lao: 'Laos',
  laotienne: 'Laos',
  'du laos': 'Laos',
  cambodgienne: 'Cambodge',
  'du cambodge': 'Cambodge',
  cambodian: 'Cambodge',
  'thaïlandaise': 'Thaïlande',
  thai: 'Thaïlande',
  japonaise: 'Japon',
  japanese: 'Japon',
  'française': 'France',
  'français': 'France',
  french: 'France',
  'sud-coréenne': 'Corée du Sud',
  'coréenne': 'Corée du Sud',
  'south korean': 'Corée du Sud',
  chinoise: 'Chine',
  chinese: 'Chine',
  russe: 'Russie',
  russian: 'Russie',
  allemande: 'Allemagne',
  german: 'Allemagne',
};
const ADJECTIVE = Object.keys(COUNTRY_BY_ADJECTIVE)
  .sort((a, b) => b.length - a.length)
  .map(eitherCase)
  .join('|');

/** A place the sentence says lies in a country: linked with that context when the graph knows it, else proposed. */
function placeIn(nounGroup: string, countryGroup: 'adjective' | 'country', english = false) {
  return (groups: Record<string, string>, { gazetteer }: { gazetteer: Gazetteer; lang: string }): Built | null => {
    const noun = PLACE_NOUNS[groups[nounGroup].toLowerCase()];
    const countryName = countryGroup === 'adjective' ? COUNTRY_BY_ADJECTIVE[groups.adjective.toLowerCase()] : groups.country;
    const countryId = countryName ? country(gazetteer, countryName) : null;
    if (!noun || !countryId) return null;
    const { name } = groups;
    const noun_ = groups[nounGroup].toLowerCase();
    const context =
      countryGroup === 'country' ? (english ? `X ${noun_} of ${groups.country}` : `${noun_} de X (${groups.country})`) : english ? `${groups.adjective} ${noun_} of X` : `${noun_} ${groups.adjective} de X`;
    return {
      record: { id: `${noun.prefix}:${slugify(name)}`, name, level: noun.level, partOf: { id: countryId } },
      mention: name,
      confidence: 0.6,
      links: [{ mention: countryName, entityId: countryId, reason: `context: ${context.replace('X', name)}`, certain: true }],
      context,
    };
  };
}

/** The country whose places an adjective qualifies ("thaïlandaise", "Lao"), as the graph holds it. */
export function countryOfAdjective(adjective: string, gazetteer: Gazetteer): string | null {
  const name = COUNTRY_BY_ADJECTIVE[adjective.toLowerCase()];
  return name ? country(gazetteer, name) : null;
}

/** The country a friendship association befriends, by its name in the association's name. */
function country(gazetteer: Gazetteer, name: string): string | null {
  return gazetteer.lookup(name).find((entry) => entry.kind === EntityKind.COUNTRY)?.id ?? null;
}

function place(gazetteer: Gazetteer, name: string): string | null {
  const entries = gazetteer.lookup(name).concat(gazetteer.lookup(name.replace(/^(?:la )?(?:province|ville) (?:de |d['’])/iu, '')));
  return entries.find((entry) => entry.kind === EntityKind.LOCALITY)?.id ?? null;
}

function association(fr: boolean) {
  return ({ partner, home }: Record<string, string>, { gazetteer, lang }: { gazetteer: Gazetteer; lang: string }): Built | null => {
    const countryId = country(gazetteer, partner);
    const placeId = place(gazetteer, home);
    if (!countryId || !placeId) return null;
    const homeEntry = gazetteer.entry(placeId);
    const homeName = homeEntry ? nameIn(homeEntry, lang) : home;
    const name = fr ? `Association d'amitié Vietnam – ${partner} de ${homeName}` : `${homeName} Vietnam – ${partner} Friendship Association`;
    return {
      record: {
        id: `association:${slugOf(placeId)}-vietnam-${slugify(partner)}-friendship-association`,
        name,
        kind: 'FRIENDSHIP_ASSOCIATION',
        basedIn: { id: placeId },
        friendshipWith: [{ id: countryId }],
      },
      mention: name,
      confidence: 0.7,
      links: [
        { mention: partner, entityId: countryId, reason: 'context: friendship association with X', certain: true },
        { mention: home, entityId: placeId, reason: 'context: association based in X', certain: true },
      ],
    };
  };
}

const DOCUMENT_KINDS: Record<string, { kind: string; prefix: string; fr: string; en: string }> = {
  CT: { kind: 'DIRECTIVE', prefix: 'directive', fr: 'Directive', en: 'Directive' },
  KH: { kind: 'PLAN', prefix: 'plan', fr: 'Plan', en: 'Plan' },
  NQ: { kind: 'RESOLUTION', prefix: 'resolution', fr: 'Résolution', en: 'Resolution' },
};

export const NEW_ENTITY_PATTERNS: NewEntityPattern[] = [
  {
    collection: 'localities',
    pattern: new RegExp(String.raw`(?<![\p{L}])(?<noun>${PLACE_NOUN}) (?<adjective>${ADJECTIVE}) (?:de |d['’])(?<name>${NAME})`, 'gu'),
    context: 'province lao de X',
    build: placeIn('noun', 'adjective'),
  },
  {
    collection: 'localities',
    pattern: new RegExp(String.raw`(?<![\p{L}])(?<adjective>${ADJECTIVE}) (?<noun>${PLACE_NOUN}) of (?<name>${NAME})`, 'gu'),
    context: 'Lao province of X',
    build: placeIn('noun', 'adjective', true),
  },
  {
    collection: 'localities',
    pattern: new RegExp(String.raw`(?<name>${NAME}) (?<noun>province|prefecture|city|district)(?: of |, | \()(?<country>${NAME})`, 'gu'),
    context: 'X province of Y',
    build: placeIn('noun', 'country', true),
  },
  {
    collection: 'localities',
    pattern: new RegExp(String.raw`(?<![\p{L}])(?<noun>${PLACE_NOUN}) (?:de |d['’]|du )(?<name>${NAME}) \((?<country>${NAME})\)`, 'gu'),
    context: 'province de X (Y)',
    build: placeIn('noun', 'country'),
  },
  {
    collection: 'associations',
    pattern: new RegExp(String.raw`Association d['’]amiti[ée] Vi[eê]t ?Nam${DASH}(?<partner>${NAME}) (?:de |d['’]|à |du )(?<home>(?:la (?:province|ville) (?:de |d['’]))?${NAME})`, 'gu'),
    context: "Association d'amitié Vietnam–X",
    build: association(true),
  },
  {
    collection: 'associations',
    pattern: new RegExp(String.raw`(?<home>${NAME}) (?:Provincial |City )?Vietnam${DASH}(?<partner>${NAME}) Friendship Association`, 'gu'),
    context: 'Vietnam–X Friendship Association',
    build: association(false),
  },
  {
    collection: 'documents',
    pattern: /(?<![\p{L}\d])(?<number>\d{1,4})[-/](?<type>CT|KH|NQ)[-/](?<issuer>[A-ZĐ]{2,6})(?![\p{L}\d])/gu,
    context: 'document code X',
    build: ({ number, type, issuer }, { lang }) => {
      const spec = DOCUMENT_KINDS[type];
      const code = `${number}-${type}/${issuer}`;
      return {
        record: { id: `${spec.prefix}:${slugify(code)}`, name: `${lang === 'fr' ? spec.fr : spec.en} n° ${code}`, kind: spec.kind, code },
        mention: code,
        confidence: 0.7,
        links: [],
      };
    },
  },
];

function slugOf(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}
