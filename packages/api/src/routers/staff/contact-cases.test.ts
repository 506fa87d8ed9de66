import { expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { givenContactCase } from '../../test/contact-fixtures.js';
import { describeEachDatabase } from '../../test/databases.js';
import { staffBrowser } from '../../test/staff.js';

interface ContactCase {
  id: string;
  status: string;
  assignedStaffName: string | null;
  replies?: { body: string; staffName: string }[];
}

describeEachDatabase('contact-form cases in the staff console', (getDb) => {
  it('queues, assigns, answers by e-mail and closes a contact-form message', async () => {
    const test = createTestApp({ db: getDb() });
    const caseId = await givenContactCase(test, { email: 'jo.public@example.com' });
    const { browser: agent, staff } = await staffBrowser(test, 'agent');
    const list = async (queue: string, status = 'open') =>
      (await agent.query<ContactCase[]>('contactCases.list', { queue, status })).data?.map(
        (item) => item.id,
      );

    expect(await list('unassigned')).toEqual([caseId]);
    await agent.mutation('contactCases.assign', { caseId, assignTo: staff.id });
    expect(await list('unassigned')).toEqual([]);
    expect(await list('mine')).toEqual([caseId]);

    const reply = await agent.mutation('contactCases.reply', {
      caseId,
      body: 'Thank you. Please call us on the number on your statement.',
    });
    expect(reply.status).toBe(200);
    const opened = await agent.query<ContactCase>('contactCases.get', { caseId });
    expect(opened.data?.assignedStaffName).toMatch(/^Test agent/);
    expect(opened.data?.replies?.map((item) => item.body)).toEqual([
      'Thank you. Please call us on the number on your statement.',
    ]);
    expect(opened.data?.replies?.[0]?.staffName).toMatch(/^Test agent/);
    expect((await test.outbox.latest('jo.public@example.com')).text_body).toContain(
      'Please call us on the number on your statement.',
    );

    const blank = await agent.mutation('contactCases.reply', { caseId, body: '  ' });
    expect(blank.status).toBe(400);

    await agent.mutation('contactCases.close', { caseId });
    expect(await list('all')).toEqual([]);
    expect(await list('all', 'closed')).toEqual([caseId]);
    expect((await agent.query('contactCases.get', { caseId: crypto.randomUUID() })).status).toBe(
      404,
    );
  });
});
