import countries from 'i18n-iso-countries';
import { lettersOutsideScript } from '../model/labels';

/**
 * The datasets reference places are read from: npm packages, whose installed version each source names, so a
 * citation says which release a fact was read in.
 */
export interface DatasetSource {
  id: string;
  title: string;
  publisher: string;
  url: string;
  version: string;
  note: string;
}

function packageVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}

export function countryDatasetSource(): DatasetSource {
  const version = packageVersion('i18n-iso-countries');
  return {
    id: 'source:i18n-iso-countries',
    title: `i18n-iso-countries ${version}: ISO 3166-1 country codes and names`,
    publisher: 'i18n-iso-countries (npm package)',
    url: 'https://www.npmjs.com/package/i18n-iso-countries',
    version,
    note: 'Cited by ISO 3166-1 alpha-2 code (e.g. LA).',
  };
}

export function subdivisionDatasetSource(): DatasetSource {
  const version = packageVersion('cldr-subdivisions-full');
  return {
    id: 'source:cldr-subdivisions',
    title: `CLDR subdivisions ${version}: English names of country subdivisions (Unicode CLDR)`,
    publisher: 'Unicode Consortium',
    url: 'https://cldr.unicode.org/',
    version,
    note: 'Cited by CLDR subdivision key (e.g. vn23, labl), in subdivisions/en/en.json.',
  };
}

/** The languages country labels are taken in: the region's and the sources' (the package has no Lao), and the United Nations'. */
export const COUNTRY_LABEL_LANGUAGES = ['vi', 'en', 'fr', 'th', 'km', 'zh', 'ru', 'es', 'ar', 'de', 'ja', 'ko'];

export interface DatasetCountry {
  iso: string;
  /** English names, the short one first. */
  englishNames: string[];
  labels: Record<string, string>;
}

export function datasetCountries(): DatasetCountry[] {
  const english = countries.getNames('en', { select: 'all' }) as unknown as Record<string, string[]>;
  return Object.keys(countries.getAlpha2Codes())
    .sort()
    .map((iso) => {
      const labels: Record<string, string> = {};
      for (const language of COUNTRY_LABEL_LANGUAGES) {
        const name = countries.getName(iso, language, { select: 'official' });
        // A few of the package's names mix scripts (a Latin name inside a Thai one); the model refuses those, so the fallback answers.
        if (name && lettersOutsideScript(language, name).length === 0) labels[language] = name;
      }
      return { iso, englishNames: english[iso] ?? [labels.en], labels };
    });
}

/** CLDR's English subdivision names by key (`vn23`, `labl`, `ths`); only its `en` file has these keys. */
export function subdivisionEnglishNames(): Record<string, string> {
  const file = require('cldr-subdivisions-full/subdivisions/en/en.json') as { subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } } };
  return file.subdivisions.localeDisplayNames.subdivisions;
}

/** The CLDR key of an ISO 3166-2 code: VN-23 is vn23. */
export function cldrKeyOf(code: string): string {
  return code.replace('-', '').toLowerCase();
}
