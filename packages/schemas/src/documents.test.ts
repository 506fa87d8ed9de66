import { describe, expect, it } from 'vitest';
import { documentsListInput, paperlessInput } from './documents.js';

describe('documentsListInput', () => {
  it('accepts no filter or one agreement id', () => {
    expect(documentsListInput.parse(undefined)).toBeUndefined();
    expect(documentsListInput.parse({})).toEqual({});
    const agreementId = '6f9619ff-8b86-4d11-b42d-00c04fc964ff';
    expect(documentsListInput.parse({ agreementId })).toEqual({ agreementId });
  });

  it('refuses an agreement id that is not a UUID, with a message for the customer', () => {
    const result = documentsListInput.safeParse({ agreementId: '1 or 1=1' });
    expect(result.error?.issues[0]?.message).toBe('Choose one of your agreements.');
  });
});

describe('paperlessInput', () => {
  it('takes a boolean only', () => {
    expect(paperlessInput.parse({ paperless: true })).toEqual({ paperless: true });
    expect(paperlessInput.safeParse({ paperless: 'yes' }).error?.issues[0]?.message).toBe(
      'Choose paperless or paper.',
    );
  });
});
