import { describe, expect, it } from 'vitest';
import { statementParts } from './statement-parts.js';

describe('statementParts', () => {
  it('keeps a small file whole', () => {
    expect(statementParts('Date,Amount\r\n2026-11-20,1.00\r\n')).toEqual([
      'Date,Amount\n2026-11-20,1.00',
    ]);
  });

  it('cuts a large file into parts of whole rows, each with the header, losing no row', () => {
    const rows = Array.from(
      { length: 100 },
      (_, n) => `2026-11-20,${String(n)}.00,REF${String(n)}`,
    );
    const parts = statementParts(['Date,Amount,Reference', ...rows].join('\n'), 200);
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) {
      expect(part.startsWith('Date,Amount,Reference\n')).toBe(true);
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(200);
    }
    expect(parts.flatMap((part) => part.split('\n').slice(1))).toEqual(rows);
  });
});
