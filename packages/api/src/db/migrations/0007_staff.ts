import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they take Kysely<any> so later schema changes never break them.
/* eslint-disable @typescript-eslint/no-explicit-any */

/** Staff accounts, their sessions, invitations and lockout counters: apart from customers'. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('staff')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('username', 'text', (col) => col.notNull())
    .addColumn('username_normalised', 'text', (col) => col.notNull().unique())
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('role', 'text', (col) =>
      col.notNull().check(sql`role in ('agent', 'supervisor', 'admin')`),
    )
    .addColumn('password_hash', 'text')
    .addColumn('password_changed_at', 'text')
    .addColumn('totp_secret_encrypted', 'text')
    .addColumn('totp_confirmed_at', 'text')
    .addColumn('totp_last_time_step', 'bigint')
    .addColumn('disabled_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('staff_sessions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('staff_id', 'text', (col) =>
      col.notNull().references('staff.id').onDelete('cascade'),
    )
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_seen_at', 'text', (col) => col.notNull())
    .addColumn('second_factor_at', 'text')
    .addColumn('code_attempts', 'integer', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('staff_sessions_staff_id_idx')
    .on('staff_sessions')
    .column('staff_id')
    .execute();

  await db.schema
    .createTable('staff_invitations')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('staff_id', 'text', (col) =>
      col.notNull().references('staff.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('staff_lockouts')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('staff_id', 'text', (col) =>
      col.notNull().references('staff.id').onDelete('cascade'),
    )
    .addColumn('failures', 'integer', (col) => col.notNull())
    .addColumn('last_failure_at', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('temporary_lockouts', 'integer', (col) => col.notNull())
    .addColumn('permanent', 'integer', (col) => col.notNull().check(sql`permanent in (0, 1)`))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  // The audit log is searched by actor and by event type in the staff console.
  await db.schema
    .createIndex('audit_events_actor_id_seq_idx')
    .on('audit_events')
    .columns(['actor_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('audit_events_event_seq_idx')
    .on('audit_events')
    .columns(['event', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_events_event_seq_idx').execute();
  await db.schema.dropIndex('audit_events_actor_id_seq_idx').execute();
  for (const table of ['staff_lockouts', 'staff_invitations', 'staff_sessions', 'staff']) {
    await db.schema.dropTable(table).execute();
  }
}
