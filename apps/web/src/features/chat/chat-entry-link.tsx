import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTRPC } from '../../trpc.js';

/**
 * "Chat with us": to the chat while someone can answer (or a chat is under way); otherwise the
 * same place leaves a secure message instead, saying so.
 */
export function ChatEntryLink({ className }: { className?: string }) {
  const trpc = useTRPC();
  const availability = useQuery({
    ...trpc.chat.availability.queryOptions(),
    refetchInterval: 60_000,
  });
  const current = useQuery(trpc.chat.current.queryOptions());
  const open = availability.data?.available === true || (current.data ?? null) !== null;
  return open ? (
    <Link to="/chat" className={className}>
      Chat with us
    </Link>
  ) : (
    <Link to="/messages/new" className={className}>
      Chat with us<span className="mq-visually-hidden"> (closed now: send a secure message)</span>
    </Link>
  );
}
