import type { AppDeps } from '../../deps.js';
import { isWithinOpeningHours } from './opening-hours.js';
import { onlineStaff } from './staff-presence.js';

/**
 * Whether a customer can chat now: within the desk's hours (bank holidays closed unless configured open) and someone is
 * online. `closed`: outside hours; `no_staff`: within hours but nobody free to answer.
 */
export interface ChatAvailability {
  available: boolean;
  reason: 'open' | 'closed' | 'no_staff';
  /** The hours as configured, e.g. "Mon-Fri 08:00-20:00, Sat 09:00-17:00". */
  hours: string;
}

export async function chatAvailability(
  deps: Pick<AppDeps, 'db' | 'clock' | 'config'>,
): Promise<ChatAvailability> {
  const now = deps.clock();
  const hours = deps.config.chatHoursText;
  const { chatHours, market, chatOpenOnBankHolidays } = deps.config;
  if (
    !isWithinOpeningHours(now, chatHours, market, { openOnBankHolidays: chatOpenOnBankHolidays })
  ) {
    return { available: false, reason: 'closed', hours };
  }
  const online = await onlineStaff(deps.db, now);
  return online.length > 0
    ? { available: true, reason: 'open', hours }
    : { available: false, reason: 'no_staff', hours };
}
