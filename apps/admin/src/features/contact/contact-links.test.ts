import { expect, it } from 'vitest';
import { contactEventPath } from './contact-links.js';

it('opens each kind of contact where the console shows it', () => {
  expect(contactEventPath({ type: 'thread', id: 't1' })).toBe('/messages/t1');
  expect(contactEventPath({ type: 'chat', id: 't2' })).toBe('/chats/t2');
  expect(contactEventPath({ type: 'transaction_case', id: 'c1' })).toBe('/cases/c1');
  expect(contactEventPath({ type: 'contact_case', id: 'k1' })).toBe('/contact-cases/k1');
  expect(contactEventPath(null)).toBeNull();
});
