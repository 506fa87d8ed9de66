import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they take Kysely<any> so later schema changes never break them.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Live chat: a chat is a message thread marked with the chat channel, so its transcript stays in
 * the customer's messages and on their record. Its queue state lives beside it; messages gain a
 * delivered time (for the "delivered" tick); staff set their presence for the chat queue.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('message_threads')
    .addColumn('channel', 'text', (col) =>
      col
        .notNull()
        .defaultTo('message')
        .check(sql`channel in ('message', 'chat')`),
    )
    .execute();
  await db.schema.alterTable('thread_messages').addColumn('delivered_at', 'text').execute();

  await db.schema
    .createTable('live_chats')
    .addColumn('thread_id', 'text', (col) => col.primaryKey().references('message_threads.id'))
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id'))
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('waiting', 'active', 'ended')`),
    )
    .addColumn('staff_id', 'text', (col) => col.references('staff.id'))
    .addColumn('requested_at', 'text', (col) => col.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', 'text', (col) => col.check(sql`ended_by in ('customer', 'staff')`))
    .addColumn('outcome', 'text', (col) =>
      col.check(sql`outcome in ('resolved', 'follow_up', 'no_response', 'customer_left')`),
    )
    .execute();
  await db.schema
    .createIndex('live_chats_queue_idx')
    .on('live_chats')
    .columns(['status', 'requested_at'])
    .execute();
  // One chat at a time per customer is kept by the service; this index finds it.
  await db.schema
    .createIndex('live_chats_customer_idx')
    .on('live_chats')
    .columns(['customer_id', 'status'])
    .execute();

  await db.schema
    .createTable('staff_presence')
    .addColumn('staff_id', 'text', (col) => col.primaryKey().references('staff.id'))
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('online', 'away')`))
    // Online only while this staff session lives: signing out or idling out makes them away.
    .addColumn('staff_session_id', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('staff_presence').execute();
  await db.schema.dropTable('live_chats').execute();
  await db.schema.alterTable('thread_messages').dropColumn('delivered_at').execute();
  await db.schema.alterTable('message_threads').dropColumn('channel').execute();
}
