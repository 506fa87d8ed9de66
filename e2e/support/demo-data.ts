import {
  DEMO_CUSTOMERS,
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  type DemoCustomer,
} from '../../packages/api/src/seed/demo-customers.js';

export { DEMO_PASSWORD, DEMO_TOTP_SECRET };

/** A seeded demo customer by login, or the one who has not registered yet (null). */
export function demoCustomer(username: string | null): DemoCustomer {
  const found = DEMO_CUSTOMERS.find((demo) => demo.username === username);
  if (found === undefined) throw new Error(`no demo customer ${String(username)}`);
  return found;
}
