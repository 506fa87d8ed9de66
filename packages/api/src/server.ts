import { configFromProcessEnv } from './config.js';
import { createLogger } from './logger.js';
import { demoLoginsText } from './seed/demo-logins.js';
import { demoStaffLoginsText } from './seed/demo-staff.js';
import { startServer } from './start-server.js';

/** Requests in flight get this long to finish on SIGINT/SIGTERM before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

const config = configFromProcessEnv();
const logger = createLogger(config);
const running = await startServer(config, { logger }).catch((error: unknown) => {
  logger.fatal({ err: error }, 'the server could not start');
  process.exit(1);
});

const lines = [
  `Marque API listening on ${running.url} (customer site: ${config.publicWebUrl})`,
  config.nodeEnv === 'production'
    ? null
    : `Sandbox card payments on ${config.paymentGateway.url} (test card 4242 4242 4242 4242)`,
  running.seeded ? 'The database was empty: demo data seeded.' : null,
  // A known password and TOTP secret are a development convenience only.
  `Staff console on ${running.staffUrl} (staff site: ${config.staffPublicUrl})`,
  config.nodeEnv === 'development' ? demoLoginsText() : null,
  config.nodeEnv === 'development' ? demoStaffLoginsText(config.staffPublicUrl) : null,
].filter((line) => line !== null);
process.stdout.write(`${lines.join('\n')}\n`);

let stopping = false;
function shutdown(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  setTimeout(() => {
    logger.error('requests did not finish in time; exiting');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
  running.close().then(
    () => {
      process.exit(0);
    },
    (error: unknown) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    },
  );
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
