import { expect, it } from 'vitest';
import { STAFF_SESSION_COOKIE } from '../../services/sessions/session-policy.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { givenStaff, signInStaff, staffBrowser, staffCode } from '../../test/staff.js';

const NEW_PASSWORD = 'Quiet-Harbour-Lantern-77';

const INVITEE = {
  username: 'jo.bloggs',
  displayName: 'Jo Bloggs',
  email: 'Jo.Bloggs@Staff.Example',
  role: 'supervisor',
} as const;

async function invite(app: TestApp, admin: TestClient): Promise<string> {
  const invited = await admin.mutation('staffAdmin.invite', INVITEE);
  expect(invited.status).toBe(200);
  return app.outbox.tokenIn(await app.outbox.latest('jo.bloggs@staff.example'));
}

async function me(browser: TestClient): Promise<unknown> {
  return (await browser.query('staffAuth.me')).data;
}

describeEachDatabase('managing staff', (getDb) => {
  it('invites by e-mail; the invitee chooses a password, enrols an authenticator and is signed in', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser: admin, staff: adminStaff } = await staffBrowser(app, 'admin');
    const token = await invite(app, admin);
    const mail = await app.outbox.latest('jo.bloggs@staff.example');
    expect(mail.text_body).toContain(`${app.config.staffPublicUrl}/invitation?token=`);
    expect(mail.text_body).toContain('as a supervisor. Your username is jo.bloggs.');

    const invitee = app.staffClient();
    expect((await invitee.query('staffInvitation.get', { token })).data).toEqual({
      username: 'jo.bloggs',
      displayName: 'Jo Bloggs',
      role: 'supervisor',
    });
    const weak = await invitee.mutation('staffInvitation.accept', {
      token,
      password: 'password123',
    });
    expect(weak.status).toBe(400);
    expect(weak.error?.data.fieldErrors?.password).toBeDefined();

    const accepted = await invitee.mutation('staffInvitation.accept', {
      token,
      password: NEW_PASSWORD,
    });
    expect(accepted.data).toEqual({ status: 'enrolment_required' });
    const started = await invitee.mutation<{ secret: string }>('staffAuth.startTotpEnrolment');
    const secret = started.data?.secret ?? '';
    expect(
      (await invitee.mutation('staffAuth.enrolTotp', { code: await staffCode(app, secret) }))
        .status,
    ).toBe(200);
    expect(await me(invitee)).toMatchObject({ username: 'jo.bloggs', role: 'supervisor' });

    // The link works once.
    expect((await app.staffClient().query('staffInvitation.get', { token })).status).toBe(404);
    const again = await app
      .staffClient()
      .mutation('staffInvitation.accept', { token, password: NEW_PASSWORD });
    expect(again.status).toBe(404);

    const list =
      await admin.query<
        { username: string; status: string; twoFactorEnrolled: boolean; email: string }[]
      >('staffAdmin.list');
    expect(list.data?.find((member) => member.username === 'jo.bloggs')).toMatchObject({
      status: 'active',
      twoFactorEnrolled: true,
      email: 'jo.bloggs@staff.example',
    });
    const invited = await app.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'staff.invited')
      .executeTakeFirstOrThrow();
    expect(invited).toMatchObject({ actor_type: 'staff', actor_id: adminStaff.id });
    expect(JSON.parse(invited.details ?? '{}')).toMatchObject({
      role: 'supervisor',
      actorRole: 'admin',
    });
  });

  it('refuses an expired invitation and a forged token, and never stores the token', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser: admin } = await staffBrowser(app, 'admin');
    const token = await invite(app, admin);
    const stored = await app.deps.db.selectFrom('staff_invitations').select('token_hash').execute();
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(
      (await app.staffClient().query('staffInvitation.get', { token: 'A'.repeat(43) })).status,
    ).toBe(404);
    app.clock.advance({ hours: 72, seconds: 1 });
    const late = await app
      .staffClient()
      .mutation('staffInvitation.accept', { token, password: NEW_PASSWORD });
    expect(late.status).toBe(404);
  });

  it('refuses a username or e-mail address another member has, as field errors', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser: admin } = await staffBrowser(app, 'admin');
    await invite(app, admin);
    const twice = await admin.mutation('staffAdmin.invite', { ...INVITEE, username: 'JO.BLOGGS' });
    expect(twice.status).toBe(400);
    expect(twice.error?.data.fieldErrors).toEqual({
      username: 'A staff member already has this username.',
      email: 'A staff member already has this e-mail address.',
    });
    const bad = await admin.mutation('staffAdmin.invite', {
      ...INVITEE,
      role: 'owner',
      email: 'x',
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.error?.data.fieldErrors ?? {}).sort()).toEqual(['email', 'role']);
  });

  it('changes a role, which applies to the member’s very next request', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser: admin } = await staffBrowser(app, 'admin');
    const { browser: agent, staff } = await staffBrowser(app, 'agent');
    expect((await agent.query('audit.search', { filter: {} })).status).toBe(403);
    const changed = await admin.mutation('staffAdmin.changeRole', {
      staffId: staff.id,
      role: 'supervisor',
    });
    expect(changed.data).toEqual({ role: 'supervisor' });
    expect((await agent.query('audit.search', { filter: {} })).status).toBe(200);
  });

  it('disables a member: every session of theirs ends and they cannot sign in again', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser: admin } = await staffBrowser(app, 'admin');
    const staff = await givenStaff(app, { role: 'agent' });
    const desk = app.staffClient();
    const laptop = app.staffClient();
    await signInStaff(app, desk, staff);
    await signInStaff(app, laptop, staff);
    const disabled = await admin.mutation('staffAdmin.disable', { staffId: staff.id });
    expect(disabled.data).toEqual({ sessionsEnded: 2 });
    expect(await me(desk)).toBeNull();
    expect(await me(laptop)).toBeNull();
    const login = await app.staffClient().mutation('staffAuth.login', {
      username: staff.username,
      password: staff.password,
    });
    expect(login.status).toBe(401);
  });

  it('resets a member’s two-step verification: sessions end and the next sign-in enrols again', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser: admin } = await staffBrowser(app, 'admin');
    const { browser: member, staff } = await staffBrowser(app, 'agent');
    expect((await admin.mutation('staffAdmin.resetTwoFactor', { staffId: staff.id })).data).toEqual(
      {
        sessionsEnded: 1,
      },
    );
    expect(await me(member)).toBeNull();
    const login = await member.mutation('staffAuth.login', {
      username: staff.username,
      password: staff.password,
    });
    expect(login.data).toEqual({ status: 'enrolment_required' });
    // The old authenticator no longer opens anything.
    const oldCode = await staffCode(app, staff.totpSecret ?? '');
    expect((await member.mutation('staffAuth.verifyTotp', { code: oldCode })).status).toBe(400);
  });

  it('shows a member locked by wrong passwords and unlocks them', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser: admin } = await staffBrowser(app, 'admin');
    const staff = await givenStaff(app, { role: 'agent' });
    const attempt = (password: string) =>
      app.staffClient().mutation('staffAuth.login', { username: staff.username, password });
    for (let i = 0; i < 5; i += 1) await attempt('Not-The-Password-9');
    expect((await attempt(staff.password)).status).toBe(401);
    const lockedOf = async () =>
      (await admin.query<{ id: string; locked: boolean }[]>('staffAdmin.list')).data?.find(
        (member) => member.id === staff.id,
      )?.locked;
    expect(await lockedOf()).toBe(true);

    expect((await admin.mutation('staffAdmin.unlock', { staffId: staff.id })).status).toBe(200);
    expect(await lockedOf()).toBe(false);
    expect((await attempt(staff.password)).data).toEqual({ status: 'totp_required' });
    const unlocked = await app.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'staff.unlocked')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(unlocked.details ?? '{}')).toMatchObject({ staffId: staff.id });
  });

  it('refuses an admin’s changes to their own account, and an unknown member as NOT_FOUND', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser: admin, staff } = await staffBrowser(app, 'admin');
    for (const path of ['staffAdmin.disable', 'staffAdmin.resetTwoFactor']) {
      expect((await admin.mutation(path, { staffId: staff.id })).status).toBe(400);
    }
    expect(
      (await admin.mutation('staffAdmin.changeRole', { staffId: staff.id, role: 'agent' })).status,
    ).toBe(400);
    expect(
      (await admin.mutation('staffAdmin.disable', { staffId: crypto.randomUUID() })).status,
    ).toBe(404);
    expect(await me(admin)).toMatchObject({ role: 'admin' });
    expect(admin.cookie(STAFF_SESSION_COOKIE)).toBeDefined();
  });
});
