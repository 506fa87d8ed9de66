import type { ServerType } from '@hono/node-server';
import { connect, type Socket } from 'node:net';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connect.js';
import type { Database } from '../db/schema.js';
import { createTestApp } from '../test/app.js';
import { listen } from './listen.js';

const HEADERS_TIMEOUT_MS = 400;
const REQUEST_TIMEOUT_MS = 800;

interface Trickle {
  /** Everything the server sent back. */
  answer: string;
  /** Milliseconds from connecting until the server closed the connection. */
  closedAfterMs: number;
}

/** Sends `head`, then one more `drip` every 100 ms until the server hangs up (or 5 s pass). */
function trickle(port: number, head: string, drip: string): Promise<Trickle> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket: Socket = connect(port, '127.0.0.1');
    let answer = '';
    const timer = setInterval(() => {
      if (Date.now() - started > 5000) {
        socket.destroy();
        reject(new Error('the server never cut the slow client off'));
      } else socket.write(drip);
    }, 100);
    socket.on('connect', () => {
      socket.write(head);
    });
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ answer, closedAfterMs: Date.now() - started });
    });
  });
}

describe('the HTTP server against slow clients', () => {
  let server: ServerType | null = null;
  let db: Kysely<Database> | null = null;

  afterEach(async () => {
    await new Promise<void>((resolve) => {
      if (server === null) resolve();
      else
        server.close(() => {
          resolve();
        });
    });
    await db?.destroy();
    server = null;
    db = null;
  });

  async function start(): Promise<number> {
    db = openDatabase(':memory:');
    const { app } = createTestApp({ db });
    const running = await listen(app.fetch, {
      port: 0,
      host: '127.0.0.1',
      headersTimeoutMs: HEADERS_TIMEOUT_MS,
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
    });
    server = running.server;
    return running.port;
  }

  it('cuts off a client that trickles its headers (slowloris) with 408', async () => {
    const port = await start();
    const result = await trickle(
      port,
      'GET /healthz HTTP/1.1\r\nHost: localhost\r\n',
      'X-a: b\r\n',
    );
    expect(result.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(result.closedAfterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 1500);
  });

  it('cuts off a client that trickles its body', async () => {
    const port = await start();
    const result = await trickle(
      port,
      'POST /api/trpc/auth.login HTTP/1.1\r\nHost: localhost\r\nOrigin: http://localhost:3000\r\n' +
        'Content-Type: application/json\r\nContent-Length: 10000\r\n\r\n{',
      ' ',
    );
    expect(result.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(result.closedAfterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 1500);
  });

  it('still answers a client that sends its request at a normal pace', async () => {
    const port = await start();
    const response = await fetch(`http://127.0.0.1:${String(port)}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
