import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { PaymentMethod } from '../db/payment-tables.js';

/**
 * The process's one Prometheus registry. It lives at module level so services count without new
 * plumbing; every test file runs in its own process, and tests read differences, not totals.
 */
export const metricsRegistry = new Registry();

// Process figures (resident memory, CPU, event-loop delay, heap), read at each scrape.
collectDefaultMetrics({ register: metricsRegistry, prefix: 'marque_' });

const httpRequests = new Counter({
  name: 'marque_http_requests_total',
  help: 'HTTP requests answered, by app, method, route template and status.',
  labelNames: ['app', 'method', 'route', 'status'] as const,
  registers: [metricsRegistry],
});

const httpDuration = new Histogram({
  name: 'marque_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by app, method, route template and status.',
  labelNames: ['app', 'method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

const signIns = new Counter({
  name: 'marque_sign_ins_total',
  help: 'Sign-ins by who (customer or staff), step (first, second_factor, complete) and outcome.',
  labelNames: ['who', 'step', 'outcome'] as const,
  registers: [metricsRegistry],
});

const lockouts = new Counter({
  name: 'marque_lockouts_total',
  help: 'Sign-in locks started after repeated failures, by who (customer or staff).',
  labelNames: ['who'] as const,
  registers: [metricsRegistry],
});

const payments = new Counter({
  name: 'marque_payments_total',
  help: 'Payments by method and outcome (recorded, paid, failed, refunded).',
  labelNames: ['method', 'outcome'] as const,
  registers: [metricsRegistry],
});

const runItems = new Counter({
  name: 'marque_run_items_total',
  help: 'Work done by the collection and statement runs, by run and item (the run counts).',
  labelNames: ['run', 'item'] as const,
  registers: [metricsRegistry],
});

const runs = new Counter({
  name: 'marque_runs_total',
  help: 'Collection and statement runs that finished or stopped on an error (to be resumed).',
  labelNames: ['run', 'outcome'] as const,
  registers: [metricsRegistry],
});

export type AppName = 'customer' | 'staff';
export type RunName = 'collection' | 'statement';
export type PaymentOutcome = 'recorded' | 'paid' | 'failed' | 'refunded';

/** Audit events that are also sign-in or lockout measurements. */
const SIGN_IN_EVENTS: Readonly<
  Record<string, { who: 'customer' | 'staff'; step: string; outcome: string } | 'lockout'>
> = {
  'signin.succeeded': { who: 'customer', step: 'complete', outcome: 'success' },
  // A wrong password, an unknown username or a refused passkey: the first step of a sign-in.
  'signin.failed': { who: 'customer', step: 'first', outcome: 'failure' },
  'signin.mfa_failed': { who: 'customer', step: 'second_factor', outcome: 'failure' },
  'staff.signin.succeeded': { who: 'staff', step: 'complete', outcome: 'success' },
  'staff.signin.failed': { who: 'staff', step: 'first', outcome: 'failure' },
  'staff.signin.code_failed': { who: 'staff', step: 'second_factor', outcome: 'failure' },
  'account.locked': 'lockout',
  'staff.locked': 'lockout',
};

export const metrics = {
  httpRequest(
    labels: { app: AppName; method: string; route: string; status: number },
    seconds: number,
  ): void {
    const values = { ...labels, status: String(labels.status) };
    httpRequests.inc(values);
    httpDuration.observe(values, seconds);
  },

  /** Called for every audit event appended: sign-ins and lockouts are counted from the trail. */
  auditEvent(event: string): void {
    const meaning = SIGN_IN_EVENTS[event];
    if (meaning === undefined) return;
    if (meaning === 'lockout')
      lockouts.inc({ who: event.startsWith('staff.') ? 'staff' : 'customer' });
    else signIns.inc(meaning);
  },

  payment(method: PaymentMethod, outcome: PaymentOutcome, count = 1): void {
    if (count > 0) payments.inc({ method, outcome }, count);
  },

  /** Adds a run's progress since it was last reported (only the counts that moved). */
  runProgress<Counts extends Record<keyof Counts, number>>(run: RunName, done: Counts): void {
    for (const [item, count] of Object.entries<number>(done)) {
      if (count > 0) runItems.inc({ run, item }, count);
    }
  },

  runEnded(run: RunName, outcome: 'finished' | 'stopped'): void {
    runs.inc({ run, outcome });
  },
};
