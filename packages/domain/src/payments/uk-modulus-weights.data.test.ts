import { describe, expect, it } from 'vitest';
import {
  MODULUS_WEIGHT_ROWS,
  SORT_CODE_SUBSTITUTIONS,
  type ModulusWeightRow,
} from './uk-modulus-weights.data.js';

/*
 * The modulus check reads the tables with these assumptions; a regenerated table that breaks one
 * needs the check revisited, not just shipped.
 */

/** Rows grouped by sort code range, in published order. */
function rowsByRange(): ModulusWeightRow[][] {
  const groups: ModulusWeightRow[][] = [];
  for (const row of MODULUS_WEIGHT_ROWS) {
    const last = groups.at(-1);
    const previous = last?.[0];
    if (last && previous?.[0] === row[0] && previous[1] === row[1]) last.push(row);
    else groups.push([row]);
  }
  return groups;
}

const exceptionsOf = (group: ModulusWeightRow[]) => group.map((row) => row[4]);

describe('the shipped Vocalink modulus tables', () => {
  it('give every row 14 weights and a range that does not run backwards', () => {
    for (const [first, last, , weights] of MODULUS_WEIGHT_ROWS) {
      expect(weights).toHaveLength(14);
      expect(first <= last).toBe(true);
    }
  });

  it('give each sort code at most two rows, over exactly the same range', () => {
    const groups = rowsByRange();
    for (const [index, group] of groups.entries()) {
      expect(group.length).toBeLessThanOrEqual(2);
      const previous = groups[index - 1]?.[0];
      if (previous) expect(previous[1] < (group[0]?.[0] ?? '')).toBe(true);
    }
  });

  it('pair the alternative checks in order: 2 then 9, 10 then 11, 12 then 13', () => {
    const pairs = new Map([
      [2, 9],
      [10, 11],
      [12, 13],
    ]);
    for (const group of rowsByRange()) {
      const [first, second] = exceptionsOf(group);
      if (first != null && pairs.has(first)) expect(second).toBe(pairs.get(first));
      for (const [opener, closer] of pairs) {
        if (second === closer) expect(first).toBe(opener);
      }
    }
  });

  it('give exceptions 5 and 6 to both rows of a sort code, and exception 3 only to a second row', () => {
    for (const group of rowsByRange()) {
      const exceptions = exceptionsOf(group);
      for (const both of [5, 6]) {
        if (exceptions.includes(both)) expect(exceptions).toEqual([both, both]);
      }
      if (exceptions.includes(3)) expect(exceptions).toEqual([null, 3]);
    }
  });

  it('use negative weights only outside double alternate rows', () => {
    for (const [, , method, weights] of MODULUS_WEIGHT_ROWS) {
      if (method === 'DBLAL') expect(weights.every((weight) => weight >= 0)).toBe(true);
    }
  });

  it('substitute only sort codes that carry exception 5', () => {
    const exception5Rows = MODULUS_WEIGHT_ROWS.filter((row) => row[4] === 5);
    for (const original of Object.keys(SORT_CODE_SUBSTITUTIONS)) {
      expect(exception5Rows.some(([first, last]) => first <= original && original <= last)).toBe(
        true,
      );
    }
  });
});
