import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from './next-path.js';

describe('safeNextPath', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeNextPath('/agreements/42/schedule?page=2')).toBe('/agreements/42/schedule?page=2');
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['a tab browsers strip', '/\t/evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['the sign-in page itself', '/sign-in?next=/profile'],
    ['nothing', null],
  ])('sends %s to the dashboard', (_case, next) => {
    expect(safeNextPath(next)).toBe('/');
  });

  it('never returns anything but a single-slash path on this site', () => {
    fc.assert(
      fc.property(fc.string(), (next) => {
        const path = safeNextPath(next);
        expect(path.startsWith('/')).toBe(true);
        expect(path.startsWith('//')).toBe(false);
        expect(new URL(path, 'https://marque.example').origin).toBe('https://marque.example');
      }),
    );
  });
});

describe('signInPath', () => {
  it('remembers the page the customer asked for', () => {
    expect(signInPath({ pathname: '/agreements/42', search: '?tab=schedule' })).toBe(
      '/sign-in?next=%2Fagreements%2F42%3Ftab%3Dschedule',
    );
  });

  it('leaves out the dashboard, where sign-in leads anyway', () => {
    expect(signInPath({ pathname: '/', search: '' })).toBe('/sign-in');
  });
});
