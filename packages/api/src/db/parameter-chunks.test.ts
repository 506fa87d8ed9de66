import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARAMETER_CHUNK, parameterChunks } from './parameter-chunks.js';

describe('parameterChunks', () => {
  it('splits a list into slices of at most PARAMETER_CHUNK that put it back together in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * PARAMETER_CHUNK + 7 }), (length) => {
        const items = Array.from({ length }, (_, index) => index);
        const chunks = parameterChunks(items);
        expect(chunks.flat()).toEqual(items);
        expect(chunks.every((chunk) => chunk.length > 0 && chunk.length <= PARAMETER_CHUNK)).toBe(
          true,
        );
        expect(chunks).toHaveLength(Math.ceil(length / PARAMETER_CHUNK));
      }),
      { numRuns: 50 },
    );
  });
});
