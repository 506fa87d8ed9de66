import { describe, expect, it } from 'vitest';
import { activityPageInput } from './activity.js';

describe('a page of account activity', () => {
  it('starts at the newest 20 entries', () => {
    expect(activityPageInput.parse({})).toEqual({ limit: 20 });
  });

  it('refuses a cursor that is not an entry id', () => {
    expect(activityPageInput.safeParse({ cursor: '12; drop' }).error?.issues[0]?.message).toBe(
      'This page link is not valid.',
    );
  });
});
