/** Number of Unicode code points in `text`: what a person counts as characters, unlike UTF-16 `length`. */
export function codePointLength(text: string): number {
  const iterator = text[Symbol.iterator]();
  let count = 0;
  while (iterator.next().done !== true) count += 1;
  return count;
}

/** The first `limit` code points of `text`, never splitting a surrogate pair; stops reading at `limit`. */
export function codePointPrefix(text: string, limit: number): string {
  let prefix = '';
  let count = 0;
  for (const char of text) {
    if (count === limit) break;
    prefix += char;
    count += 1;
  }
  return prefix;
}
