import {
  chatEventsInput,
  chatInput,
  chatMessageInput,
  endChatInput,
  presenceInput,
  transferChatInput,
} from '@marque/schemas';
import { auditStaffAction } from '../../services/audit/index.js';
import { chatEvents } from '../../services/chat/chat-events.js';
import { chatQueue, staffChatView } from '../../services/chat/chat-queue.js';
import {
  acceptChat,
  endChat,
  markChatRead,
  sendChatMessage,
  signalTyping,
  transferChat,
} from '../../services/chat/live-chats.js';
import { staffSessionStillLive } from '../../services/chat/session-still-live.js';
import { onlineStaff, presenceOf, setPresence } from '../../services/chat/staff-presence.js';
import { QUEUE_TOPIC } from '../../services/chat/chat-bus.js';
import { queueUpdates } from '../../services/chat/queue-updates.js';
import { router } from '../../trpc/init.js';
import { staffProcedure } from '../../trpc/procedures.js';

const agentProcedure = staffProcedure('agent');

/**
 * The live-chat desk: the member's presence (online while their session lives), the queue with
 * wait times, accepting, transferring to an online colleague, answering and ending with an
 * outcome. Only the member answering a chat may write in it.
 */
export const staffChatRouter = router({
  presence: agentProcedure.query(async ({ ctx }) => ({
    status: await presenceOf(ctx.deps.db, ctx.staff.id, ctx.deps.clock()),
  })),

  setPresence: agentProcedure.input(presenceInput).mutation(async ({ ctx, input }) => {
    await setPresence(
      ctx.deps.db,
      { staffId: ctx.staff.id, sessionId: ctx.staff.sessionId, status: input.status },
      ctx.deps.clock(),
    );
    await auditStaffAction(ctx, {
      event: 'chat.presence_changed',
      details: { status: input.status },
    });
    await ctx.deps.chatBus
      .publish({ topic: QUEUE_TOPIC, kind: 'changed' })
      .catch((error: unknown) => {
        ctx.deps.logger.warn({ err: error }, 'chat queue notification not sent');
      });
  }),

  queue: agentProcedure.query(async ({ ctx }) => {
    const now = ctx.deps.clock();
    return {
      chats: await chatQueue(ctx.deps.db, now),
      online: await onlineStaff(ctx.deps.db, now),
    };
  }),

  /** A tick whenever the queue or anyone's presence changes: the console reads the queue again. */
  queueUpdates: agentProcedure.subscription(({ ctx, signal }) =>
    queueUpdates(ctx.deps, {
      signal,
      stillAllowed: () => staffSessionStillLive(ctx.deps.db, ctx.staff.sessionId, ctx.deps.clock()),
    }),
  ),

  get: agentProcedure
    .input(chatInput)
    .query(({ ctx, input }) => staffChatView(ctx.deps.db, ctx.staff.id, input.threadId)),

  accept: agentProcedure
    .input(chatInput)
    .mutation(({ ctx, input }) => acceptChat(ctx.deps, ctx.staff.id, input.threadId, ctx.req)),

  transfer: agentProcedure
    .input(transferChatInput)
    .mutation(({ ctx, input }) => transferChat(ctx.deps, ctx.staff.id, input, ctx.req)),

  send: agentProcedure
    .input(chatMessageInput)
    .mutation(({ ctx, input }) =>
      sendChatMessage(ctx.deps, { side: 'staff', id: ctx.staff.id }, input.threadId, input),
    ),

  typing: agentProcedure
    .input(chatInput)
    .mutation(({ ctx, input }) =>
      signalTyping(ctx.deps, { side: 'staff', id: ctx.staff.id }, input.threadId),
    ),

  markRead: agentProcedure
    .input(chatInput)
    .mutation(({ ctx, input }) =>
      markChatRead(ctx.deps, { side: 'staff', id: ctx.staff.id }, input.threadId),
    ),

  end: agentProcedure
    .input(endChatInput)
    .mutation(({ ctx, input }) =>
      endChat(ctx.deps, { side: 'staff', id: ctx.staff.id }, input, ctx.req),
    ),

  events: agentProcedure.input(chatEventsInput).subscription(({ ctx, input, signal }) =>
    chatEvents(ctx.deps, {
      actor: { side: 'staff', id: ctx.staff.id },
      threadId: input.threadId,
      lastEventId: input.lastEventId,
      signal,
      stillAllowed: () => staffSessionStillLive(ctx.deps.db, ctx.staff.sessionId, ctx.deps.clock()),
    }),
  ),
});
