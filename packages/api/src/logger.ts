import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';
import { currentRequestId } from './http/request-context.js';

/**
 * The structured (JSON) logger. Log lines name requests by id and route template, never by what
 * the customer typed; these paths are redacted as a second line of defence should a secret or a
 * database error's row values (PostgreSQL's `detail`) ever reach a log call.
 */
export function createLogger(
  config: Pick<Config, 'logLevel'>,
  destination?: DestinationStream,
): Logger {
  const options = {
    level: config.logLevel,
    mixin: () => {
      const requestId = currentRequestId();
      return requestId === undefined ? {} : { requestId };
    },
    redact: {
      paths: [
        'password',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
        '*.token',
        '*.code',
        '*.secret',
        '*.accountNumber',
        '*.sortCode',
        '*.detail',
        'req.headers.cookie',
        'req.headers.authorization',
      ],
      censor: '[redacted]',
    },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
