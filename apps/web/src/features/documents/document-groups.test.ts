import { describe, expect, it } from 'vitest';
import type { CustomerDocument } from './document-api-types.js';
import { groupByAgreement } from './document-groups.js';

function aDocument(id: string, agreementNumber: string | null): CustomerDocument {
  return {
    id,
    kind: agreementNumber === null ? 'lockout_letter' : 'statement',
    title: id,
    period: null,
    agreementId: agreementNumber === null ? null : `agreement-${agreementNumber}`,
    agreementNumber,
    createdAt: '2026-11-01T09:00:00.000Z',
    size: 4000,
  };
}

describe('groupByAgreement', () => {
  it('groups by agreement, newest group first, keeping each group newest first, account letters last', () => {
    const groups = groupByAgreement([
      aDocument('1', 'MQ2'),
      aDocument('2', null),
      aDocument('3', 'MQ1'),
      aDocument('4', 'MQ2'),
    ]);
    expect(
      groups.map((group) => [group.agreementNumber, group.documents.map((d) => d.id)]),
    ).toEqual([
      ['MQ2', ['1', '4']],
      ['MQ1', ['3']],
      [null, ['2']],
    ]);
  });

  it('gives no groups for no documents', () => {
    expect(groupByAgreement([])).toEqual([]);
  });
});
