import { startChat } from '../services/chat/live-chats.js';
import type { TestApp, TestClient } from './app.js';
import { givenAccount, givenCustomer, signIn, type GivenAccount } from './customers.js';
import { staffBrowser, type GivenStaff } from './staff.js';
import { openEventStream, type EventStream, type ServerSentEvent } from './sse.js';

/** A member of staff signed in to the console and online for chat. */
export async function onlineAgent(
  test: TestApp,
): Promise<{ browser: TestClient; staff: GivenStaff }> {
  const agent = await staffBrowser(test, 'agent');
  const set = await agent.browser.mutation('chat.setPresence', { status: 'online' });
  if (set.status !== 200) throw new Error(`presence not set: ${JSON.stringify(set.body)}`);
  return agent;
}

/** A signed-in customer who has started a chat with `firstMessage`. */
export async function customerInChat(
  test: TestApp,
  firstMessage = 'Hello, I do not recognise a payment.',
): Promise<{ account: GivenAccount; customer: TestClient; threadId: string }> {
  const account = await givenAccount(test.deps.db);
  const customer = test.client();
  await signIn(customer, account);
  const started = await customer.mutation<{ threadId: string }>('chat.start', {
    body: firstMessage,
  });
  if (started.data === undefined)
    throw new Error(`chat not started: ${JSON.stringify(started.body)}`);
  return { account, customer, threadId: started.data.threadId };
}

export interface StreamedMessage {
  type: 'message';
  seq: number;
  author: string;
  body: string;
}

export function isMessage(event: ServerSentEvent): boolean {
  return (event.data as { type?: string } | undefined)?.type === 'message';
}

export function messageOf(event: ServerSentEvent): StreamedMessage {
  return event.data as StreamedMessage;
}

/** A chat's event stream on either app. */
export function chatStream(
  browser: TestClient,
  threadId: string,
  lastEventId?: string,
): Promise<EventStream> {
  return openEventStream(browser, 'chat.events', {
    threadId,
    ...(lastEventId === undefined ? {} : { lastEventId }),
  });
}

const REQUEST = { ip: '203.0.113.10', userAgent: 'test' };
const sharedAgents = new WeakMap<TestApp, Promise<{ browser: TestClient; staff: GivenStaff }>>();

/** One agent online for the whole test, so customers may start chats. */
export function agentOnDuty(app: TestApp): Promise<{ browser: TestClient; staff: GivenStaff }> {
  let agent = sharedAgents.get(app);
  if (agent === undefined) {
    agent = onlineAgent(app);
    sharedAgents.set(app, agent);
  }
  return agent;
}

/** A new customer's chat waiting in the queue. */
export async function givenWaitingChat(app: TestApp): Promise<string> {
  await agentOnDuty(app);
  const customer = await givenCustomer(app.deps.db);
  const chat = await startChat(app.deps, customer.customerId, { body: 'Hello' }, REQUEST);
  return chat.threadId;
}

/** A chat that the member signed in on `browser` has accepted (when they may). */
export async function givenChatAnsweredBy(app: TestApp, browser: TestClient): Promise<string> {
  const threadId = await givenWaitingChat(app);
  await browser.mutation('chat.accept', { threadId });
  return threadId;
}

/**
 * The HTTP status a subscription call amounts to: 200 once it streams, or the status of the error
 * the stream opens with (authorisation fails before anything is sent).
 */
export async function subscriptionStatus(
  browser: TestClient,
  path: string,
  input: unknown,
): Promise<number> {
  const stream = await openEventStream(browser, path, (input ?? {}) as Record<string, unknown>);
  try {
    await stream.next(); // connected
    const first = await stream.next();
    if (first.event !== 'serialized-error') return stream.response.status;
    return (first.data as { data: { httpStatus: number } }).data.httpStatus;
  } finally {
    await stream.close();
  }
}
