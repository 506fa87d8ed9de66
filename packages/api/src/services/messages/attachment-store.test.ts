import { expect, it } from 'vitest';
import { FakeClock } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { MAX_UNSENT_UPLOADS, storeAttachment, type MessageActor } from './attachment-store.js';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const CUSTOMER: MessageActor = { type: 'customer', id: 'customer-1' };

describeEachDatabase('uploads waiting to be sent', (getDb) => {
  it('are limited per uploader, and those left unsent for a day are deleted', async () => {
    const db = getDb();
    const clock = new FakeClock();
    const upload = (actor: MessageActor = CUSTOMER) =>
      storeAttachment(db, clock.now(), actor, {
        fileName: 'scan.png',
        declaredType: null,
        bytes: PNG,
      });
    for (let index = 0; index < MAX_UNSENT_UPLOADS; index += 1) {
      expect((await upload()).ok).toBe(true);
    }
    expect(await upload()).toEqual({ ok: false, reason: 'too_many_waiting' });
    // Someone else's waiting files do not count against them.
    expect((await upload({ type: 'staff', id: 'staff-1' })).ok).toBe(true);

    clock.advance({ hours: 24, seconds: 1 });
    expect((await upload()).ok).toBe(true);
    const waiting = await db
      .selectFrom('message_attachments')
      .select('uploader_id')
      .where('message_id', 'is', null)
      .execute();
    expect(waiting.map((row) => row.uploader_id).sort()).toEqual(['customer-1', 'staff-1']);
  });
});
