import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../connect.js';

// Migrations are frozen history: they take Kysely<any> so later schema changes never break them.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Secure message threads, their messages and attachments, contact-form cases, notification
 * preferences, the log that makes reminder jobs idempotent, and a channel on the outbox so text
 * messages land there like e-mail.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Auto-incrementing keys give messages a stable order within a millisecond; attachment bytes are
  // a blob on SQLite and bytea on PostgreSQL. These are the only dialect differences here.
  const postgres = isPostgres(db);
  const serial = postgres ? 'bigserial' : 'integer';

  await db.schema
    .createTable('message_threads')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id'))
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('category', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`category in ('payments', 'settlement', 'end_of_agreement', 'technical_help', 'complaint', 'other')`,
        ),
    )
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn('assigned_staff_id', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_message_at', 'text', (col) => col.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema
    .createIndex('message_threads_customer_idx')
    .on('message_threads')
    .columns(['customer_id', 'last_message_at'])
    .execute();
  await db.schema
    .createIndex('message_threads_queue_idx')
    .on('message_threads')
    .columns(['status', 'assigned_staff_id', 'last_message_at'])
    .execute();

  await db.schema
    .createTable('thread_messages')
    .addColumn('seq', serial, (col) =>
      postgres ? col.primaryKey() : col.primaryKey().autoIncrement(),
    )
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('thread_id', 'text', (col) => col.notNull().references('message_threads.id'))
    .addColumn('author_type', 'text', (col) =>
      col.notNull().check(sql`author_type in ('customer', 'staff')`),
    )
    .addColumn('author_id', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('read_by_customer_at', 'text')
    .addColumn('read_by_staff_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('thread_messages_thread_idx')
    .on('thread_messages')
    .columns(['thread_id', 'seq'])
    .execute();

  await db.schema
    .createTable('message_attachments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('uploader_type', 'text', (col) =>
      col.notNull().check(sql`uploader_type in ('customer', 'staff')`),
    )
    .addColumn('uploader_id', 'text', (col) => col.notNull())
    .addColumn('message_id', 'text', (col) => col.references('thread_messages.id'))
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('media_type', 'text', (col) =>
      col.notNull().check(sql`media_type in ('application/pdf', 'image/png', 'image/jpeg')`),
    )
    .addColumn('size_bytes', 'integer', (col) =>
      col.notNull().check(sql`size_bytes between 1 and 5242880`),
    )
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('content', postgres ? 'bytea' : 'blob', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('message_attachments_message_idx')
    .on('message_attachments')
    .column('message_id')
    .execute();
  await db.schema
    .createIndex('message_attachments_uploader_idx')
    .on('message_attachments')
    .columns(['uploader_type', 'uploader_id'])
    .execute();

  await db.schema
    .createTable('contact_cases')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('reference', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('phone', 'text', (col) => col.notNull())
    .addColumn('agreement_number', 'text')
    .addColumn('message', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn('assigned_staff_id', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema
    .createIndex('contact_cases_queue_idx')
    .on('contact_cases')
    .columns(['status', 'assigned_staff_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('contact_case_replies')
    .addColumn('seq', serial, (col) =>
      postgres ? col.primaryKey() : col.primaryKey().autoIncrement(),
    )
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('case_id', 'text', (col) => col.notNull().references('contact_cases.id'))
    .addColumn('staff_id', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('notification_preferences')
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id'))
    .addColumn('topic', 'text', (col) =>
      col.notNull().check(sql`topic in ('payment_reminders', 'statements', 'messages')`),
    )
    .addColumn('channel', 'text', (col) => col.notNull().check(sql`channel in ('email', 'sms')`))
    .addColumn('enabled', 'integer', (col) => col.notNull().check(sql`enabled in (0, 1)`))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pkey', ['customer_id', 'topic', 'channel'])
    .execute();

  await db.schema
    .createTable('sent_notifications')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id'))
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('payment_reminder', 'missed_payment')`),
    )
    .addColumn('subject_key', 'text', (col) => col.notNull())
    .addColumn('channel', 'text', (col) => col.notNull().check(sql`channel in ('email', 'sms')`))
    .addColumn('sent_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('sent_notifications_kind_subject_channel_key', [
      'kind',
      'subject_key',
      'channel',
    ])
    .execute();

  await db.schema
    .alterTable('outbox')
    .addColumn('channel', 'text', (col) =>
      col
        .notNull()
        .defaultTo('email')
        .check(sql`channel in ('email', 'sms')`),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('channel').execute();
  for (const table of [
    'sent_notifications',
    'notification_preferences',
    'contact_case_replies',
    'contact_cases',
    'message_attachments',
    'thread_messages',
    'message_threads',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
