/**
 * "Messages" with the unread count as a badge. Assistive technology reads one phrase, "Messages,
 * 2 unread", instead of the visible word and digits pieced together.
 */
export function MessagesNavLabel({ unread }: { unread: number }) {
  if (unread === 0) return <>Messages</>;
  return (
    <>
      <span aria-hidden="true">
        Messages
        <span className="site-nav__badge">{unread > 99 ? '99+' : unread}</span>
      </span>
      <span className="mq-visually-hidden">{`Messages, ${String(unread)} unread`}</span>
    </>
  );
}
