import { describe, expect, it } from 'vitest';
import { signDeviceCookie, verifyDeviceCookie } from './device-cookie.js';

const key = Buffer.alloc(32, 9);

describe('device cookies', () => {
  it('vouch for the account and device they were signed for', () => {
    const value = signDeviceCookie(key, { accountId: 'acc-1', deviceId: 'dev-1' });
    expect(verifyDeviceCookie(key, value)).toEqual({ accountId: 'acc-1', deviceId: 'dev-1' });
  });

  it('are refused when edited, signed with another key or malformed', () => {
    const value = signDeviceCookie(key, { accountId: 'acc-1', deviceId: 'dev-1' });
    expect(verifyDeviceCookie(key, value.replace('acc-1', 'acc-2'))).toBeNull();
    expect(verifyDeviceCookie(Buffer.alloc(32, 8), value)).toBeNull();
    expect(verifyDeviceCookie(key, 'dev-1.acc-1')).toBeNull();
    expect(verifyDeviceCookie(key, '')).toBeNull();
  });
});
