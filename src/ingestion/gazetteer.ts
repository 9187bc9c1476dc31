import { EntityKind } from '../model/entity-kind';
import { searchForm } from '../model/fold';
import { ModelRecord } from '../model/records';
import { KIND_BY_COLLECTION } from '../model/relationships';

/** Where a form of a name comes from: the source's name, a label in some language, the native name, an alias or a document code. */
export type FormSource = 'name' | 'label' | 'native' | 'alias' | 'code';

/** What the pipeline knows of one entity of the graph: its names in every language, and where it lies. */
export interface GazetteerEntry {
  id: string;
  kind: EntityKind;
  name: string;
  forms: { value: string; source: FormSource }[];
  countryIds: string[];
  /** A locality's level or a body's kind. */
  category?: string | null;
  /** A partnership's parties. */
  parties?: string[];
  /** The name in other languages, by language tag: what a candidate names the entity in the article's language. */
  labels?: Record<string, string>;
}

/** The entity's name in a language: its label there, else the name its source used. */
export function nameIn(entry: Pick<GazetteerEntry, 'name' | 'labels'>, lang: string): string {
  return entry.labels?.[lang] ?? entry.name;
}

export interface IndexedForm {
  entry: GazetteerEntry;
  value: string;
  source: FormSource;
  words: string[];
}

/** A folded form this short is matched only as written: "AN", "UN" and "Lao" are too common folded. */
const MIN_FOLDED_LENGTH = 4;

/** Every name the graph knows, folded, indexed by its first word, to find in a text. */
export class Gazetteer {
  private readonly byFirstWord = new Map<string, IndexedForm[]>();
  private readonly byId = new Map<string, GazetteerEntry>();
  private readonly partnershipByParties = new Map<string, GazetteerEntry>();
  private readonly byForm = new Map<string, GazetteerEntry[]>();
  private readonly placeForms: IndexedForm[] = [];

  constructor(readonly entries: GazetteerEntry[]) {
    for (const entry of entries) {
      this.byId.set(entry.id, entry);
      if (entry.parties && entry.parties.length === 2) this.partnershipByParties.set(pairKey(entry.parties), entry);
      const seen = new Set<string>();
      for (const form of entry.forms) {
        const folded = searchForm(form.value);
        if (!folded || seen.has(`${folded}|${form.value}`)) continue;
        seen.add(`${folded}|${form.value}`);
        this.byForm.set(folded, [...(this.byForm.get(folded) ?? []).filter((e) => e.id !== entry.id), entry]);
        const words = folded.split(' ');
        const list = this.byFirstWord.get(words[0]) ?? [];
        const indexed = { entry, value: form.value, source: form.source, words };
        list.push(indexed);
        this.byFirstWord.set(words[0], list);
        if (entry.kind === EntityKind.LOCALITY) this.placeForms.push(indexed);
      }
    }
  }

  /** The forms whose first folded word is `word`. */
  formsStartingWith(word: string): IndexedForm[] {
    return this.byFirstWord.get(word) ?? [];
  }

  /** The entities one of whose names folds to the folded form of `name`. */
  lookup(name: string): GazetteerEntry[] {
    return this.byForm.get(searchForm(name)) ?? [];
  }

  /** The one-word names of places that a word of at least seven letters misspells by one letter ("Champasack", "Khammoune"). */
  placesSpelledNearly(word: string): IndexedForm[] {
    if (word.length < MIN_VARIANT_LENGTH) return [];
    return this.placeForms.filter((form) => form.words.length === 1 && form.words[0][0] === word[0] && form.words[0] !== word && oneEditApart(form.words[0], word));
  }

  /** The names of places whose first words' initials spell `initials` and whose other words follow ("HCM City"). */
  placesByInitials(initials: string, following: string[]): IndexedForm[] {
    const letters = initials.toLowerCase();
    return this.placeForms.filter((form) => {
      const rest = form.words.slice(letters.length);
      return (
        form.words.length > letters.length &&
        form.words.slice(0, letters.length).map((word) => word[0]).join('') === letters &&
        rest.every((word, i) => following[i] === word)
      );
    });
  }

  entry(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }

  /** The partnership the graph holds between these two parties, if any. */
  partnershipBetween(a: string, b: string): GazetteerEntry | undefined {
    return this.partnershipByParties.get(pairKey([a, b]));
  }

  /** Whether a form may be matched folded, or only exactly as written. */
  static foldable(form: IndexedForm): boolean {
    return form.words.join(' ').length >= MIN_FOLDED_LENGTH;
  }

  /** A gazetteer of plain records (the seed files' format): for tests, and for a graph not yet imported. */
  static fromRecords(records: ModelRecord[]): Gazetteer {
    const entities = records.filter((record) => record.collection !== 'sources');
    const byId = new Map(entities.map((record) => [record.data.id as string, record]));
    const countriesOf = (id: string, depth = 0): string[] => {
      const record = byId.get(id);
      if (!record || depth > 6) return [];
      if (record.collection === 'countries') return [id];
      const data = record.data;
      const ups = [data.partOf, data.basedIn, data.country, data.activeIn]
        .flatMap((value) => (Array.isArray(value) ? value : value ? [value] : []))
        .map((reference) => (reference as { id: string }).id);
      return [...new Set(ups.flatMap((up) => countriesOf(up, depth + 1)))];
    };
    return new Gazetteer(
      entities.map((record) => {
        const data = record.data;
        const kind = KIND_BY_COLLECTION[record.collection as keyof typeof KIND_BY_COLLECTION];
        const forms: GazetteerEntry['forms'] = [{ value: data.name as string, source: 'name' }];
        if (typeof data.native === 'string') forms.push({ value: data.native, source: 'native' });
        for (const value of Object.values((data.labels as Record<string, string> | undefined) ?? {})) forms.push({ value, source: 'label' });
        for (const value of (data.aliases as string[] | undefined) ?? []) forms.push({ value, source: 'alias' });
        if (typeof data.code === 'string') forms.push({ value: data.code, source: 'code' });
        const parties = record.collection === 'partnerships' ? ((data.parties as { id: string }[] | undefined) ?? []).map((party) => party.id) : undefined;
        return {
          id: data.id as string,
          kind,
          name: data.name as string,
          forms,
          countryIds: countriesOf(data.id as string),
          category: (data.level ?? data.kind ?? null) as string | null,
          ...(parties ? { parties } : {}),
          labels: { ...((data.labels as Record<string, string> | undefined) ?? {}) },
        };
      }),
    );
  }
}

/** A misspelled place name is read as the place only from this many letters: shorter names differ by a letter too often. */
const MIN_VARIANT_LENGTH = 7;

/** Whether one letter inserted, dropped or changed turns one word into the other. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function pairKey(ids: string[]): string {
  return [...ids].sort().join('|');
}
