import {
  addWorkingDays,
  writeNachaFile,
  type AchTransactionCode,
  type IsoDate,
  type Market,
  type Minor,
} from '@marque/domain';
import { bacsFileChecksum, writeBacsFile, type BacsItem } from './bacs-standard-18.js';
import { sandboxOriginator, sandboxServiceUser } from './service-user.js';

/** What one line of a submission asks of the scheme. */
export type SubmissionKind =
  'new_instruction' | 'cancellation' | 'first_collection' | 'collection' | 'representation';

/** One line of a submission, in either scheme's terms. */
export interface SubmissionItem {
  kind: SubmissionKind;
  /** The sort code (Bacs) or ABA routing number (ACH). */
  bankCode: string;
  accountNumber: string;
  accountName: string;
  /** Minor units; 0 for an instruction. */
  amount: Minor;
  /** The mandate reference, which every report names the item by. */
  reference: string;
}

export interface SubmissionFile {
  content: string;
  checksum: string;
}

const BACS_CODES: Readonly<Record<SubmissionKind, BacsItem['transactionCode']>> = {
  new_instruction: '0N',
  cancellation: '0C',
  first_collection: '01',
  collection: '17',
  representation: '18',
};

/** An ACH debit to a checking account, or its zero-dollar prenote for a new authorization. */
function achCodeOf(kind: SubmissionKind): AchTransactionCode {
  return kind === 'new_instruction' ? '28' : '27';
}

/** True for the transaction code of a new instruction in either scheme (Bacs 0N, ACH prenote). */
export function isNewInstructionCode(transactionCode: string): boolean {
  return ['0N', '28', '38'].includes(transactionCode);
}

/**
 * The run's file in the market's scheme: Bacs Standard 18 in the UK (input day `runDate`), a NACHA
 * PPD batch in the US (sent on `runDate`, effective the next banking day). ACH has no cancellation
 * instruction (an authorization simply stops being debited) and tests a new one with a prenote.
 * Null when nothing is left to send.
 */
export function writeSubmissionFile(
  market: Market,
  brandName: string,
  runDate: IsoDate,
  items: readonly SubmissionItem[],
): SubmissionFile | null {
  if (market === 'UK') {
    if (items.length === 0) return null;
    const content = writeBacsFile({
      serviceUser: sandboxServiceUser(brandName),
      processingDate: runDate,
      volumeSerial: runDate.replace(/-/g, '').slice(2),
      items: items.map((item) => ({
        transactionCode: BACS_CODES[item.kind],
        sortCode: item.bankCode,
        accountNumber: item.accountNumber,
        accountName: item.accountName,
        amount: item.amount,
        reference: item.reference,
      })),
    });
    return { content, checksum: bacsFileChecksum(content) };
  }
  const entries = items.filter((item) => item.kind !== 'cancellation');
  if (entries.length === 0) return null;
  const content = writeNachaFile({
    originator: sandboxOriginator(brandName),
    fileDate: runDate,
    effectiveDate: addWorkingDays(runDate, 1, 'US'),
    fileIdModifier: 'A',
    entryDescription: 'AUTOPAY',
    entries: entries.map((item) => ({
      transactionCode: achCodeOf(item.kind),
      routingNumber: item.bankCode,
      accountNumber: item.accountNumber,
      amount: item.kind === 'new_instruction' ? 0 : item.amount,
      individualId: item.reference,
      individualName: item.accountName,
    })),
  });
  return { content, checksum: bacsFileChecksum(content) };
}
