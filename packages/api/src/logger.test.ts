import { describe, expect, it } from 'vitest';
import { withRequestId } from './http/request-context.js';
import { createLogger } from './logger.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(
    { logLevel: 'debug' },
    { write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return { logger, lines };
}

describe('createLogger', () => {
  it('puts the request id on every line written while a request is handled, whatever code writes it', async () => {
    const { logger, lines } = capture();
    await withRequestId('5d7b1c1e-8a4f-4c43-9a4e-2f7e0c1b9d10', async () => {
      logger.info('in the handler');
      await new Promise((resolve) => setTimeout(resolve, 1));
      logger.warn({ requestId: '5d7b1c1e-8a4f-4c43-9a4e-2f7e0c1b9d10' }, 'after an await');
    });
    logger.info('at start-up');
    expect(lines.map((line) => [line.msg, line.requestId])).toEqual([
      ['in the handler', '5d7b1c1e-8a4f-4c43-9a4e-2f7e0c1b9d10'],
      ['after an await', '5d7b1c1e-8a4f-4c43-9a4e-2f7e0c1b9d10'],
      ['at start-up', undefined],
    ]);
  });

  it('redacts secrets, bank details and database error details that reach a log call', () => {
    const { logger, lines } = capture();
    logger.error(
      {
        input: { password: 'Quiet-Meadow-Lantern-2026', accountNumber: '66374958', secret: 'JBSW' },
        err: { message: 'duplicate key', detail: 'Key (email)=(ann@example.com) already exists.' },
      },
      'failed',
    );
    const text = JSON.stringify(lines);
    for (const secret of ['Quiet-Meadow', '66374958', 'JBSW', 'ann@example.com']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
  });
});
