import { Context } from '../context';
import { EntityKind } from '../model/entity-kind';
import { EntityRecord } from '../entity/entity.record';
import { BadUserInputError } from '../errors/errors';
import { Label, LANGUAGE_TAG, labelMapOf, labelsOf, nameIn, NamedRecord, PARTY_SEPARATOR, preferredName } from '../model/labels';
import { relatedNodes } from '../relation/relation.fields';
import { searchForm } from '../model/fold';

/** Where the source form's language is not known: an entity written before names had languages. */
const UNDETERMINED = 'und';

type NamedEntity = NamedRecord & { id: string; kind?: EntityKind };

/** The languages a field answers in: its own `lang` argument, else the request's Accept-Language, else none (the source form). */
export function requestedLanguages(ctx: Context, lang: string | null | undefined): readonly string[] {
  if (lang === null || lang === undefined) return ctx.languages;
  if (!LANGUAGE_TAG.test(lang)) throw new BadUserInputError('Argument "lang" must be a BCP 47 language tag such as "vi", "en" or "vi-VN".', 'lang');
  return [lang];
}

/**
 * A partnership whose record gives no labels of its own is named after its parties ("Hà Tĩnh – Savannakhet"),
 * each in the language asked for, rather than by a stored string that mixes languages.
 */
function isComposed(entity: NamedEntity): boolean {
  return entity.kind === EntityKind.PARTNERSHIP && (entity.labelLangs ?? []).length === 0;
}

/** The parties in the order the source name gives them; parties it does not name come last, by ID. */
async function partiesOf(ctx: Context, entity: NamedEntity): Promise<EntityRecord[]> {
  const parties = await relatedNodes(ctx.loaders.partiesByPartnershipId, entity.id);
  const sourceName = ` ${searchForm(entity.name)} `;
  const position = (party: EntityRecord) => {
    const names = [party.name, ...(party.aliases ?? []), ...Object.values(labelMapOf(party))].map((name) => ` ${searchForm(name)} `);
    const found = names.map((name) => sourceName.indexOf(name)).filter((index) => index >= 0);
    return found.length ? Math.min(...found) : Number.MAX_SAFE_INTEGER;
  };
  return [...parties].sort((a, b) => position(a) - position(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The name in the first of `languages` the entity has, then English, then French, then the source form; the source form when none are asked. */
export async function nameFor(ctx: Context, entity: NamedEntity, languages: readonly string[]): Promise<string> {
  if (languages.length === 0) return entity.name;
  if (!isComposed(entity)) return preferredName(entity, languages);
  const parties = await partiesOf(ctx, entity);
  if (parties.length < 2) return preferredName(entity, languages);
  return parties.map((party) => preferredName(party, languages)).join(PARTY_SEPARATOR);
}

/** Every name of the entity, the source form first; a composed name has one in each language all its parties have. */
export async function labelsFor(ctx: Context, entity: NamedEntity): Promise<Label[]> {
  const labels = labelsOf(entity);
  if (!entity.nameLang) labels.unshift({ lang: UNDETERMINED, value: entity.name, source: true });
  if (!isComposed(entity)) return labels;
  const parties = await partiesOf(ctx, entity);
  if (parties.length < 2) return labels;
  const languages = [...new Set(parties.flatMap((party) => labelsOf(party).map((label) => label.lang)))].sort();
  for (const lang of languages) {
    const names = parties.map((party) => nameIn(party, lang));
    if (names.every((name): name is string => name !== null)) {
      const value = names.join(PARTY_SEPARATOR);
      if (!labels.some((label) => label.lang === lang && label.value === value)) labels.push({ lang, value, source: false });
    }
  }
  return labels;
}
