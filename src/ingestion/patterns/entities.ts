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
  record: Record<string, unknown>;
  /** The name as the text writes it. */
  mention: string;
  confidence: number;
  links: Link[];
}

const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’]*(?:[ -]\p{Lu}[\p{L}\p{M}'’]*){0,2}`;
const DASH = String.raw`\s*[-–—]\s*`;

const LAO_PROVINCE: Omit<NewEntityPattern, 'pattern' | 'context'> = {
  collection: 'localities',
  build: ({ name }) => ({
    record: { id: `province:${slugify(name)}`, name, level: 'PROVINCE', partOf: { id: 'country:laos' } },
    mention: name,
    confidence: 0.6,
    links: [{ mention: 'Laos', entityId: 'country:laos', reason: 'context: a Lao province', certain: true }],
  }),
};

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
  { ...LAO_PROVINCE, pattern: new RegExp(String.raw`province (?:lao|laotienne|du Laos) (?:de |d['’])(?<name>${NAME})`, 'gu'), context: 'province lao de X' },
  { ...LAO_PROVINCE, pattern: new RegExp(String.raw`Lao province of (?<name>${NAME})`, 'gu'), context: 'Lao province of X' },
  { ...LAO_PROVINCE, pattern: new RegExp(String.raw`(?<name>${NAME}) province(?: of Laos|,? Laos| \(Laos\))`, 'gu'), context: 'X province of Laos' },
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
