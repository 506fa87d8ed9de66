import { describe, expect, it } from 'vitest';
import { updateContactInput } from './profile.js';

describe('changing contact details', () => {
  it('refuses an update that changes nothing', () => {
    expect(updateContactInput.safeParse({}).error?.issues[0]?.message).toBe(
      'Change at least one detail.',
    );
  });

  it('takes any one detail on its own', () => {
    expect(updateContactInput.parse({ phone: ' 07700 900123 ' })).toEqual({
      phone: '07700 900123',
    });
    expect(updateContactInput.parse({ email: 'pat@example.com' })).toEqual({
      email: 'pat@example.com',
    });
  });

  it('takes an address without a second line, and says which line is missing', () => {
    const address = { line1: '1 High Street', town: 'Leeds', postcode: 'LS1 1AA' };
    expect(updateContactInput.parse({ address })).toEqual({ address });
    const result = updateContactInput.safeParse({ address: { ...address, town: ' ' } });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['address.town', 'Enter your town or city.'],
    ]);
  });
});
