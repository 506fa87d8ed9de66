import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

/** The structured logger; secrets that could reach a log line are redacted by path. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    redact: {
      paths: [
        'password',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
        '*.token',
        '*.code',
        'req.headers.cookie',
      ],
      censor: '[redacted]',
    },
  });
}
