import { createServer, connect, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';
import { givenAccount, signIn } from '../test/customers.js';
import { TEST_DIALECTS } from '../test/databases.js';
import { openDatabase } from './connect.js';
import { migrateToLatest } from './migrate.js';

const serverUrl = process.env.TEST_DATABASE_URL?.trim() ?? '';

/**
 * A TCP hop between the app and PostgreSQL that the test can cut and restore: cutting closes the
 * listener (new connections are refused) and drops every open connection, as a database restart or
 * a network partition would, without touching the PostgreSQL server others use.
 */
class CuttableProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no proxy port');
    this.port = address.port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    const closed = new Promise<void>((resolve) => {
      if (server === null) resolve();
      else
        server.close(() => {
          resolve();
        });
    });
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}

describe.runIf(TEST_DIALECTS.includes('postgres'))('PostgreSQL briefly out of reach', () => {
  const name = `marque_test_${String(process.pid)}_outage`;
  const target = new URL(serverUrl || 'postgres://localhost');
  const proxy = new CuttableProxy(target.hostname, Number(target.port || 5432));

  async function onServer(query: string): Promise<void> {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await onServer(`create database "${name}"`);
    await proxy.open();
  });
  afterAll(async () => {
    await proxy.cut();
    await onServer(`drop database if exists "${name}" with (force)`);
  });

  it('answers 503 with Retry-After while the database is away and recovers by itself', async () => {
    const url = new URL(serverUrl);
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    url.pathname = `/${name}`;
    const db = openDatabase(url.toString());
    try {
      await migrateToLatest(db);
      const test = createTestApp({ db });
      const account = await givenAccount(db);
      const browser = test.client();
      await signIn(browser, account);
      expect((await browser.query('agreements.list')).status).toBe(200);
      expect((await test.app.request('/readyz')).status).toBe(200);

      await proxy.cut();

      // A procedure (the session is read in tRPC's context) and a plain route both answer 503.
      const list = await browser.query('agreements.list');
      expect(list.status).toBe(503);
      expect(list.headers.get('retry-after')).toBe('5');
      expect(list.error?.message).toMatch(/temporarily unavailable/);
      expect(list.error?.data.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(list.body)).not.toMatch(/ECONNREFUSED|terminated|127\.0\.0\.1/);
      const signInAttempt = await test
        .client()
        .mutation('auth.login', { username: account.username, password: account.password });
      expect(signInAttempt.status).toBe(503);
      const download = await browser.request(`/api/documents/${crypto.randomUUID()}`);
      expect(download.status).toBe(503);
      expect(download.headers.get('retry-after')).toBe('5');
      expect(await download.json()).toMatchObject({
        error: { message: expect.stringMatching(/temporarily unavailable/) as unknown },
      });
      expect((await test.app.request('/readyz')).status).toBe(503);
      expect((await test.app.request('/healthz')).status).toBe(200);

      await proxy.open();

      // No restart: the pool opens new connections on the next requests.
      expect((await browser.query('agreements.list')).status).toBe(200);
      expect((await test.app.request('/readyz')).status).toBe(200);
      expect(
        (
          await test
            .client()
            .mutation('auth.login', { username: account.username, password: account.password })
        ).status,
      ).toBe(200);
    } finally {
      await db.destroy();
    }
  });
});
