import type { Logger } from 'pino';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { openDatabase } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import type { AppDeps } from './deps.js';
import { listen } from './http/listen.js';
import { createLogger } from './logger.js';
import { seedDemoData } from './seed/seed-demo-data.js';
import { seedDemoStaff } from './seed/demo-staff.js';
import { createStaffApp } from './staff-app.js';
import { seedDemoDocuments } from './seed/seed-demo-documents.js';
import { businessDate } from './services/agreements/business-date.js';
import { hashPassword } from './services/credentials/password-hash.js';
import { createPaymentSandbox } from './payment-sandbox/payment-sandbox.js';
import { createChatBus } from './services/chat/create-chat-bus.js';
import { createMailer } from './services/mail/create-mailer.js';
import { OutboxSmsSender } from './services/notifications/sms-sender.js';
import { SandboxGateway } from './services/payments/sandbox-gateway.js';
import { serveWebApp } from './web-app/serve-web-app.js';

export interface RunningServer {
  /** Where the server listens, e.g. http://127.0.0.1:3000 (the real port when 0 was asked for). */
  url: string;
  /** Where the staff console and its API listen, e.g. http://127.0.0.1:3001. */
  staffUrl: string;
  deps: AppDeps;
  /** True when this start filled an empty database with the demo data. */
  seeded: boolean;
  /** Stops accepting connections, lets requests in flight finish, sends queued mail, closes the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  clock?: () => Date;
  logger?: Logger;
}

/**
 * Opens and migrates the database, seeds the demo data when it is empty (never in production, where
 * a known password must not exist), and serves the API and the built web app on the configured host
 * and port.
 */
export async function startServer(
  config: Config,
  options: StartOptions = {},
): Promise<RunningServer> {
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger ?? createLogger(config);
  const db = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(db);
    const seeded =
      config.nodeEnv !== 'production' &&
      (await seedDemoData(db, {
        now: clock(),
        today: businessDate(clock(), config.market),
        hashPassword,
        secretKey: config.secretKey,
      }));
    // Demo staff come on their own, so a database seeded before the staff console gets them too.
    if (config.nodeEnv !== 'production') {
      await seedDemoStaff(db, { now: clock(), hashPassword, secretKey: config.secretKey });
    }
    const mailer = createMailer(config, db, clock, logger);
    const paymentGateway = new SandboxGateway({
      baseUrl: config.paymentGateway.url,
      secretKey: config.paymentGateway.secretKey,
    });
    const sms = new OutboxSmsSender(db, clock);
    const chatBus = await createChatBus(config.databaseUrl, logger);
    const deps: AppDeps = { config, db, clock, mailer, sms, logger, paymentGateway, chatBus };
    if (seeded) await seedDemoDocuments(deps);
    const app = createApp(deps);
    serveWebApp(app, config.webDistDir);
    const slowClientLimits = {
      headersTimeoutMs: config.httpHeadersTimeoutMs,
      requestTimeoutMs: config.httpRequestTimeoutMs,
    };
    const { server, port } = await listen(app.fetch, { ...config, ...slowClientLimits });
    const url = `http://${config.host}:${port}`;
    // The staff console: its own app, port and cookie, so a customer session is useless there.
    const staffApp = createStaffApp(deps);
    serveWebApp(staffApp, config.adminDistDir);
    const staff = await listen(staffApp.fetch, {
      port: config.staffPort,
      host: config.host,
      ...slowClientLimits,
    });
    const staffUrl = `http://${config.host}:${staff.port}`;
    // The sandbox provider stands in for a real one everywhere but production.
    const sandbox =
      config.nodeEnv === 'production'
        ? null
        : await listen(
            createPaymentSandbox({
              webhookUrl: `${url}/api/webhooks/payments`,
              webhookSecret: config.paymentGateway.webhookSecret,
              secretKey: config.paymentGateway.secretKey,
              allowedParentOrigin: config.publicOrigin,
              publicUrl: config.paymentGateway.url,
              clock,
            }).app.fetch,
            { port: config.paymentGateway.sandboxPort, host: config.host, ...slowClientLimits },
          );
    return {
      url,
      staffUrl,
      deps,
      seeded,
      async close() {
        // Open chat streams end first: a server waits for every connection before it closes.
        await chatBus.close();
        for (const running of [server, staff.server, sandbox?.server]) {
          await new Promise<void>((resolve) => {
            if (running === undefined) resolve();
            else
              running.close(() => {
                resolve();
              });
          });
        }
        await mailer.idle();
        await db.destroy();
      },
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
