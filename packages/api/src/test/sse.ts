import type { TestClient } from './app.js';

/** One Server-Sent Event as the browser's EventSource would see it. */
export interface ServerSentEvent {
  event: string;
  id: string | undefined;
  data: unknown;
}

/** A tRPC subscription read as a browser reads it: a GET whose body is an event stream. */
export interface EventStream {
  response: Response;
  /** The next event that is not a keep-alive, or a failure after `timeoutMs`. */
  next(timeoutMs?: number): Promise<ServerSentEvent>;
  /** Events until `done` says stop (inclusive); fails if none satisfies it within `timeoutMs`. */
  until(done: (event: ServerSentEvent) => boolean, timeoutMs?: number): Promise<ServerSentEvent[]>;
  /** Drops the connection, as a network fault or a closed tab would. */
  close(): Promise<void>;
}

function parseBlock(block: string): ServerSentEvent | null {
  let event = 'message';
  let id: string | undefined;
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':') || line === '') continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'id') id = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length === 0 && id === undefined) return null;
  const text = data.join('\n');
  let parsed: unknown = text;
  try {
    parsed = text === '' ? '' : JSON.parse(text);
  } catch {
    // Not JSON: kept as text.
  }
  return { event, id, data: parsed };
}

/** Opens `path`'s subscription with `input`, sending `lastEventId` as a reconnecting EventSource does. */
export async function openEventStream(
  client: TestClient,
  path: string,
  input: Record<string, unknown>,
): Promise<EventStream> {
  const search = `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await client.request(`/api/trpc/${path}${search}`, {
    method: 'GET',
    headers: { accept: 'text/event-stream' },
  });
  const body = response.body;
  if (body === null) throw new Error(`no event stream: ${String(response.status)}`);
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const queued: ServerSentEvent[] = [];
  // A read that lost a race with the timeout is kept for the next call, so no chunk is dropped.
  let pending: ReturnType<typeof reader.read> | null = null;

  async function next(timeoutMs = 3000): Promise<ServerSentEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const event = queued.shift();
      if (event !== undefined) {
        if (event.event === 'ping') continue;
        return event;
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no event within ${String(timeoutMs)} ms`);
      let timer: NodeJS.Timeout | undefined;
      pending ??= reader.read();
      const chunk = await Promise.race([
        pending,
        new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => {
            resolve('timeout');
          }, remaining);
        }),
      ]);
      clearTimeout(timer);
      if (chunk === 'timeout') throw new Error(`no event within ${String(timeoutMs)} ms`);
      pending = null;
      if (chunk.done) throw new Error('the event stream ended');
      buffer += chunk.value;
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const parsed = parseBlock(buffer.slice(0, end));
        if (parsed !== null) queued.push(parsed);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
      }
    }
  }

  return {
    response,
    next,
    async until(done, timeoutMs = 3000) {
      const seen: ServerSentEvent[] = [];
      for (;;) {
        const event = await next(timeoutMs);
        seen.push(event);
        if (done(event)) return seen;
      }
    },
    close: () => reader.cancel(),
  };
}
