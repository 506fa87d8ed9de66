import { expect, it } from 'vitest';
import { contentDisposition } from './content-disposition.js';

it('sends an ASCII name as it is, and the exact UTF-8 name in filename*', () => {
  expect(contentDisposition('statement.pdf')).toBe(
    `attachment; filename="statement.pdf"; filename*=UTF-8''statement.pdf`,
  );
  expect(contentDisposition('Relevé (mars) 2026.pdf')).toBe(
    `attachment; filename="Relev_ (mars) 2026.pdf"; filename*=UTF-8''Relev%C3%A9%20%28mars%29%202026.pdf`,
  );
});
