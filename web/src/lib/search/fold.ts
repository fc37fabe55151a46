import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';

/**
 * The SPA's copy of the server's search folding (api/CoopHub.Shared/Text/SearchText.cs, ADR 0021): hamza forms,
 * alef maqsura and taa marbuta unified (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي), harakat and tatweel removed,
 * Latin accents and case removed, runs of spaces made one. A query without hamza finds the option with it.
 */
export function fold(text: string): string {
  let out = '';
  let space = false;
  // NFD splits أ إ آ ؤ ئ and accented Latin letters into a base letter and a combining mark, dropped below.
  for (const ch of text.normalize('NFD')) {
    if (/\s/u.test(ch)) {
      if (!space && out.length > 0) out += ' ';
      space = true;
      continue;
    }
    if (ch === '\u0640' || /[\p{Mn}\p{Cf}]/u.test(ch)) continue;
    out += (LETTERS[ch] ?? ch).toLowerCase();
    space = false;
  }
  return out.trimEnd();
}

const LETTERS: Record<string, string> = {
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
};

const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
const ARABIC_WORD = /^[\u0621-\u064A\u0671-\u06D3]+$/u;

/** The server's light stem of one folded Arabic word: the article (with a proclitic) off, then common suffixes. */
export function stem(word: string): string {
  if (!ARABIC_WORD.test(word)) return word;
  let w = word;
  const article = ARTICLES.find((a) => w.length >= a.length + 2 && w.startsWith(a));
  if (article) w = w.slice(article.length);
  for (const suffix of SUFFIXES) {
    if (w.length >= suffix.length + 2 && w.endsWith(suffix)) w = w.slice(0, -suffix.length);
  }
  return w;
}

/** The words of a typed search, folded and stemmed; punctuation separates words. */
export function searchWords(search: string): string[] {
  return fold(search)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map(stem);
}

/** True when every word of the search is found in the label, both folded ("اركان" finds "أركان", "السياحة" finds "سياحة"). */
export function foldedMatch(label: string, search: string): boolean {
  const words = searchWords(search);
  if (words.length === 0) return true;
  const folded = fold(label);
  return words.every((w) => folded.includes(w));
}

/** Mantine's `filter` for every searchable Select and MultiSelect whose options are in the page. */
export const foldFilter: OptionsFilter = ({ options, search }) => {
  const words = searchWords(search);
  if (words.length === 0) return options;
  const keep = (item: ComboboxItem) => {
    const label = fold(item.label);
    return words.every((w) => label.includes(w));
  };
  return options.flatMap((option): ComboboxParsedItem[] => {
    if ('group' in option) {
      const items = option.items.filter(keep);
      return items.length > 0 ? [{ ...option, items }] : [];
    }
    return keep(option) ? [option] : [];
  });
};
