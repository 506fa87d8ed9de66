import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../packages/api/src/db/connect.js';
import { givenAccount, type GivenAccount } from '../packages/api/src/test/customers.js';
import { seriousViolations } from './support/axe.js';
import { launchBrowser, openPage, type CustomerPage } from './support/browser.js';
import { DEMO_PASSWORD } from './support/demo-data.js';
import { saveScreenshot } from './support/screenshots.js';
import { signIn } from './support/sign-in.js';
import { demoStaff, openStaffPage, signInStaff } from './support/staff-console.js';
import { uniqueAgreementNumber } from './support/agreement-number.js';

const agent = demoStaff('agent');

let browser: Browser;
let customer: GivenAccount;
let customerDesk: CustomerPage;
let staffDesk: CustomerPage;

/**
 * Counts the EventSource connections a page opens, so a test can tell a dropped stream was
 * re-established, and keeps them so a test can drop them as a failing network would.
 */
const COUNT_EVENT_SOURCES = `
  (() => {
    const Native = window.EventSource;
    window.__eventSourceOpens = 0;
    window.__eventSources = [];
    window.EventSource = class extends Native {
      constructor(url, init) {
        super(url, init);
        window.__eventSources.push(this);
        this.addEventListener('open', () => { window.__eventSourceOpens += 1; });
      }
    };
  })();
`;

async function eventSourceOpens(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __eventSourceOpens: number }).__eventSourceOpens,
  );
}

/**
 * A chat page keeps a stream open, so it never reaches network idle: it is checked once its
 * heading and transcript are shown — screenshot, axe, and no page errors.
 */
async function checkChatPage(desk: CustomerPage, name: string): Promise<void> {
  await desk.page.locator('h1').first().waitFor();
  await desk.page.locator('.mq-spinner').first().waitFor({ state: 'detached', timeout: 15_000 });
  await saveScreenshot(desk, name);
  expect(await seriousViolations(desk.page), `axe on ${name} (${desk.viewport})`).toEqual([]);
  expect(desk.problems, `errors on ${name} (${desk.viewport})`).toEqual([]);
}

/** Drops the page's open streams: closed, with the error a browser reports when it gives up. */
async function dropEventSources(page: Page): Promise<void> {
  await page.evaluate(() => {
    const sources = (window as unknown as { __eventSources: EventSource[] }).__eventSources;
    for (const source of sources) {
      source.close();
      source.dispatchEvent(new Event('error'));
    }
  });
}

/** Sends what is typed with Enter and waits until the composer empties: the message was taken. */
async function pressSend(page: Page): Promise<void> {
  const composer = page.getByLabel('Your message');
  await composer.press('Enter');
  await expect.poll(() => composer.inputValue()).toBe('');
}

async function chatLines(page: Page): Promise<string[]> {
  return page.locator('.mq-chat__line .mq-chat__body').allTextContents();
}

beforeAll(async () => {
  const db = openDatabase(inject('databaseUrl'));
  try {
    customer = await givenAccount(db, {
      password: DEMO_PASSWORD,
      agreementNumber: uniqueAgreementNumber(),
    });
  } finally {
    await db.destroy();
  }
  browser = await launchBrowser();
  customerDesk = await openPage(browser, 'phone');
  await customerDesk.context.addInitScript(COUNT_EVENT_SOURCES);
  staffDesk = await openStaffPage(browser);
});

afterAll(async () => {
  await browser.close();
});

describe('live chat between a customer and staff', () => {
  it('opens once an agent goes online, and the customer starts a chat from the header', async () => {
    await signInStaff(staffDesk, agent);
    await staffDesk.page
      .getByRole('navigation', { name: 'Console' })
      .getByRole('link', { name: 'Live chat' })
      .click();
    await staffDesk.page.getByRole('heading', { level: 1, name: 'Live chat' }).waitFor();
    const goOnline = staffDesk.page.getByRole('button', { name: 'Go online' });
    if (await goOnline.isVisible()) await goOnline.click();
    await staffDesk.page.getByRole('button', { name: 'Go away' }).waitFor();

    const { page } = customerDesk;
    await signIn(page, customer.username);
    await page.goto('/chat');
    await page.getByLabel('How can we help?').fill('I do not recognise a payment of £42.10.');
    await checkChatPage(customerDesk, 'chat-start');
    await page.getByRole('button', { name: 'Start chat' }).click();
    await page.getByText('Waiting for someone from our team to join').waitFor();
    await checkChatPage(customerDesk, 'chat-waiting');
  });

  it('lets the agent accept from the queue with its wait time, and both sides chat in real time', async () => {
    const staff = staffDesk.page;
    const row = staff.getByRole('row', { name: new RegExp(customer.givenName) });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(1).textContent()).toMatch(/\d+ s|\d+ min/);
    await checkChatPage(staffDesk, 'staff-chat-queue');
    await row.getByRole('button', { name: /Accept/ }).click();
    await staff.getByText('I do not recognise a payment of £42.10.').waitFor();

    const page = customerDesk.page;
    await page.getByText(`You are chatting with ${agent.displayName}.`).waitFor();

    await staff.getByLabel('Your message').fill('I can help. Which date was it taken?');
    await page.getByText(`${agent.displayName} is typing…`).waitFor();
    await pressSend(staff);
    await page.getByText('I can help. Which date was it taken?').waitFor();

    await page.getByLabel('Your message').fill('On the 3rd of this month.');
    await page.getByRole('button', { name: 'Send' }).click();
    await staff.getByText('On the 3rd of this month.').waitFor();
    // The agent's window has it open: the customer's line shows it was read.
    await page
      .locator('.mq-chat__line--own', { hasText: 'On the 3rd' })
      .getByText(/Read/)
      .waitFor();
    await checkChatPage(customerDesk, 'chat-live');
    await checkChatPage(staffDesk, 'staff-chat-live');
  });

  it('resumes after the customer drops offline with every message exactly once', async () => {
    const page = customerDesk.page;
    const staff = staffDesk.page;
    const opensBefore = await eventSourceOpens(page);

    // The connection drops and the network stays away while the agent writes twice.
    await customerDesk.context.setOffline(true);
    await dropEventSources(page);
    await page.getByText('Reconnecting…').waitFor();
    await staff.getByLabel('Your message').fill('Thank you. I can see two collections that day.');
    await pressSend(staff);
    await staff.getByText('Thank you. I can see two collections that day.').waitFor();
    await staff.getByLabel('Your message').fill('I will refund the second one now.');
    await pressSend(staff);
    await staff.getByText('I will refund the second one now.').waitFor();
    expect(await chatLines(page)).toHaveLength(3);
    await checkChatPage(customerDesk, 'chat-reconnecting');
    await customerDesk.context.setOffline(false);

    await page.getByText('I will refund the second one now.').waitFor({ timeout: 20_000 });
    expect(await eventSourceOpens(page)).toBeGreaterThan(opensBefore);
    expect(await chatLines(page)).toEqual([
      'I do not recognise a payment of £42.10.',
      'I can help. Which date was it taken?',
      'On the 3rd of this month.',
      'Thank you. I can see two collections that day.',
      'I will refund the second one now.',
    ]);
    await checkChatPage(customerDesk, 'chat-after-reconnect');
  });

  it('ends with an outcome, and the transcript stays in the customer messages', async () => {
    const staff = staffDesk.page;
    await staff.getByLabel('Outcome').selectOption('resolved');
    await staff.getByRole('button', { name: 'End chat' }).click();
    await staff.getByText('Ended: Resolved.').waitFor();

    const page = customerDesk.page;
    await page.getByText('This chat has ended').waitFor();
    await page.getByRole('link', { name: 'Read the transcript in your messages' }).click();
    await page.getByRole('heading', { level: 1, name: 'Live chat' }).waitFor();
    expect(await page.locator('.conversation__body').allTextContents()).toHaveLength(5);
  });

  it('fits the other width too: the customer on a laptop, the agent on a phone', async () => {
    const laptop = await openPage(browser, 'desktop');
    await signIn(laptop.page, customer.username);
    await laptop.page.goto('/chat');
    await laptop.page.getByLabel('How can we help?').waitFor();
    await checkChatPage(laptop, 'chat-start');

    const phone = await openStaffPage(browser, 'phone');
    // The same member signs in again within the code's 30 seconds: the next code.
    await signInStaff(phone, agent, 1);
    await phone.page.goto('/chats');
    await phone.page.getByRole('button', { name: 'Go away' }).waitFor();
    await checkChatPage(phone, 'staff-chat-queue');
    await phone.page.getByRole('button', { name: 'Go away' }).click();
    await phone.page.getByRole('button', { name: 'Go online' }).waitFor();
  });
});
