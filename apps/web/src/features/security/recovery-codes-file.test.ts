import { describe, expect, it } from 'vitest';
import { recoveryCodesFile, recoveryCodesFileName } from './recovery-codes-file.js';

describe('recoveryCodesFile', () => {
  const file = recoveryCodesFile(
    ['abcd-1234', 'efgh-5678'],
    'Marque Motor Finance',
    'hp.demo',
    '23 November 2026',
  );

  it('names the brand, the login and the day the codes were made', () => {
    expect(file.split('\r\n')[0]).toBe('Marque Motor Finance – recovery codes for hp.demo');
    expect(file).toContain('Created 23 November 2026.');
  });

  it('lists every code on its own line', () => {
    const lines = file.split('\r\n');
    expect(lines).toContain('abcd-1234');
    expect(lines).toContain('efgh-5678');
  });
});

describe('recoveryCodesFileName', () => {
  it('makes a safe file name from the brand', () => {
    expect(recoveryCodesFileName('Marque Motor Finance')).toBe(
      'marque-motor-finance-recovery-codes.txt',
    );
    expect(recoveryCodesFileName('  A&B Cars! ')).toBe('a-b-cars-recovery-codes.txt');
  });
});
