import { chatEventsInput, chatInput, chatMessageInput, startChatInput } from '@marque/schemas';
import { chatAvailability } from '../../services/chat/chat-availability.js';
import { chatEvents } from '../../services/chat/chat-events.js';
import {
  currentCustomerChat,
  endChat,
  markChatRead,
  sendChatMessage,
  signalTyping,
  startChat,
} from '../../services/chat/live-chats.js';
import { customerSessionStillLive } from '../../services/chat/session-still-live.js';
import { router } from '../../trpc/init.js';
import { customerProcedure } from '../../trpc/procedures.js';

/**
 * Live chat for the signed-in customer: whether to offer it, their chat under way, and the chat
 * itself over Server-Sent Events (`events`). Every chat is looked up with `ctx.customerId`, so
 * another customer's chat answers NOT_FOUND.
 */
export const chatRouter = router({
  availability: customerProcedure.query(({ ctx }) => chatAvailability(ctx.deps)),

  current: customerProcedure.query(({ ctx }) => currentCustomerChat(ctx.deps.db, ctx.customerId)),

  start: customerProcedure
    .input(startChatInput)
    .mutation(({ ctx, input }) => startChat(ctx.deps, ctx.customerId, input, ctx.req)),

  send: customerProcedure
    .input(chatMessageInput)
    .mutation(({ ctx, input }) =>
      sendChatMessage(ctx.deps, { side: 'customer', id: ctx.customerId }, input.threadId, input),
    ),

  typing: customerProcedure
    .input(chatInput)
    .mutation(({ ctx, input }) =>
      signalTyping(ctx.deps, { side: 'customer', id: ctx.customerId }, input.threadId),
    ),

  markRead: customerProcedure
    .input(chatInput)
    .mutation(({ ctx, input }) =>
      markChatRead(ctx.deps, { side: 'customer', id: ctx.customerId }, input.threadId),
    ),

  end: customerProcedure
    .input(chatInput)
    .mutation(({ ctx, input }) =>
      endChat(
        ctx.deps,
        { side: 'customer', id: ctx.customerId },
        { threadId: input.threadId, outcome: 'customer_left' },
        ctx.req,
      ),
    ),

  events: customerProcedure.input(chatEventsInput).subscription(({ ctx, input, signal }) =>
    chatEvents(ctx.deps, {
      actor: { side: 'customer', id: ctx.customerId },
      threadId: input.threadId,
      lastEventId: input.lastEventId,
      signal,
      stillAllowed: () => customerSessionStillLive(ctx.deps.db, ctx.session.id, ctx.deps.clock()),
    }),
  ),
});
