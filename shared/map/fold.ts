// Name matching that ignores Vietnamese diacritics and case: "buon ma thuot" finds "Buôn Ma Thuột".
// NFD splits most marks off their letters; đ/Đ is a letter of its own (it has no decomposition), so it
// is mapped by hand.

const MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower-case, unmarked, đ → d, punctuation and runs of spaces collapsed to one space. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim();
}

/**
 * How well `name` matches `query` (both raw): 3 = the same name, 2 = starts with the query, 1 = every
 * query word begins a word of the name, 0 = no match. Folded queries shorter than one character never match.
 */
export function matchRank(name: string, query: string): number {
  const q = foldName(query);
  if (!q) return 0;
  const n = foldName(name);
  if (n === q) return 3;
  if (n.startsWith(q)) return 2;
  const words = n.split(' ');
  const ok = q.split(' ').every((part) => words.some((w) => w.startsWith(part)));
  return ok ? 1 : 0;
}
