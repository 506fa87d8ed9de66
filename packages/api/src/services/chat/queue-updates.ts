import type { AppDeps } from '../../deps.js';
import { QUEUE_TOPIC } from './chat-bus.js';
import { chatServerRestarting } from './chat-errors.js';
import { CHAT_RECHECK_MS } from './chat-events.js';
import { WakeUp } from './wake-up.js';

/**
 * Ticks for the staff console's queue: one on connecting, then one per change (a chat asked for,
 * accepted, transferred or ended; someone's presence). The ticks carry nothing: the console reads
 * the queue through its query, so a missed tick costs only freshness, never data.
 */
export async function* queueUpdates(
  deps: Pick<AppDeps, 'chatBus' | 'clock'>,
  input: { signal: AbortSignal | undefined; stillAllowed: () => Promise<boolean> },
): AsyncGenerator<{ at: string }> {
  const alarm = new WakeUp();
  let changed = true;
  const stopListening = deps.chatBus.subscribe(QUEUE_TOPIC, () => {
    changed = true;
    alarm.fire();
  });
  try {
    while (input.signal?.aborted !== true && !deps.chatBus.closed) {
      if (changed) {
        changed = false;
        yield { at: deps.clock().toISOString() };
      }
      if (!(await input.stillAllowed())) return;
      await alarm.wait(CHAT_RECHECK_MS, input.signal);
    }
    if (deps.chatBus.closed) throw chatServerRestarting();
  } catch (error) {
    // The reader has gone: a query cut short is nobody's error.
    if (input.signal?.aborted === true) return;
    throw error;
  } finally {
    stopListening();
  }
}
