/** Strips diacritics (including the Vietnamese đ, which Unicode does not decompose), keeping case. */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** The form names are compared in: folded, lower-case, punctuation turned to single spaces. */
export function searchForm(text: string): string {
  return asciiFold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A slug as used in entity IDs: folded, lower-case ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return searchForm(text).replace(/ /g, '-');
}
