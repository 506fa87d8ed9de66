import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../connect.js';

// Migrations are frozen history: they take Kysely<any> so later schema changes never break them.
/* eslint-disable @typescript-eslint/no-explicit-any */

/** Logins, sessions, devices, lockouts, rate limits, second factors, tokens, the outbox and the audit trail. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull().unique().references('customers.id'))
    .addColumn('username', 'text', (col) => col.notNull())
    .addColumn('username_normalised', 'text', (col) => col.notNull().unique())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('email_verified_at', 'text')
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .addColumn('password_changed_at', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('accounts_email_idx').on('accounts').column('email').execute();

  await db.schema
    .createTable('email_verifications')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('account_id', 'text', (col) =>
      col.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('purpose', 'text', (col) =>
      col.notNull().check(sql`purpose in ('registration', 'email_change')`),
    )
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('devices')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('account_id', 'text', (col) =>
      col.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('user_agent', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_seen_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('account_id', 'text', (col) =>
      col.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id'))
    .addColumn('device_id', 'text')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_seen_at', 'text', (col) => col.notNull())
    .addColumn('authenticated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('sessions_account_id_idx')
    .on('sessions')
    .column('account_id')
    .execute();

  await db.schema
    .createTable('lockouts')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('account_id', 'text', (col) =>
      col.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('failures', 'integer', (col) => col.notNull())
    .addColumn('last_failure_at', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('temporary_lockouts', 'integer', (col) => col.notNull())
    .addColumn('permanent', 'integer', (col) => col.notNull().check(sql`permanent in (0, 1)`))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('lockouts_account_id_idx')
    .on('lockouts')
    .column('account_id')
    .execute();

  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('window_start', 'text', (col) => col.notNull())
    .addColumn('hits', 'integer', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('totp')
    .addColumn('account_id', 'text', (col) =>
      col.primaryKey().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('secret_encrypted', 'text', (col) => col.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('last_time_step', 'bigint')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('account_id', 'text', (col) =>
      col.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('code_hash', 'text', (col) => col.notNull().unique())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('recovery_codes_account_id_idx')
    .on('recovery_codes')
    .column('account_id')
    .execute();

  await db.schema
    .createTable('mfa_challenges')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('account_id', 'text', (col) =>
      col.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('challenge_hash', 'text', (col) => col.notNull().unique())
    .addColumn('device_id', 'text')
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('password_reset_tokens')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('account_id', 'text', (col) =>
      col.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  // The one dialect difference in this schema: auto-incrementing keys, which give the outbox and
  // the audit trail a stable order even for rows written in the same millisecond.
  const postgres = isPostgres(db);
  await db.schema
    .createTable('outbox')
    .addColumn('seq', postgres ? 'bigserial' : 'integer', (col) =>
      postgres ? col.primaryKey() : col.primaryKey().autoIncrement(),
    )
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('to_address', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('text_body', 'text', (col) => col.notNull())
    .addColumn('html_body', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('stored', 'sending', 'sent', 'failed')`),
    )
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('outbox_to_address_idx').on('outbox').column('to_address').execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('seq', postgres ? 'bigserial' : 'integer', (col) =>
      postgres ? col.primaryKey() : col.primaryKey().autoIncrement(),
    )
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor_type', 'text', (col) =>
      col.notNull().check(sql`actor_type in ('customer', 'staff', 'system', 'anonymous')`),
    )
    .addColumn('actor_id', 'text')
    .addColumn('customer_id', 'text')
    .addColumn('account_id', 'text')
    .addColumn('event', 'text', (col) => col.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('details', 'text')
    .execute();
  await db.schema
    .createIndex('audit_events_account_id_seq_idx')
    .on('audit_events')
    .columns(['account_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('audit_events_customer_id_seq_idx')
    .on('audit_events')
    .columns(['customer_id', 'seq'])
    .execute();

  if (postgres) {
    // The audit trail is append-only even for someone holding the application's credentials.
    await sql`
      create function audit_events_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_events is append-only';
      end;
      $$
    `.execute(db);
    await sql`
      create trigger audit_events_append_only
      before update or delete or truncate on audit_events
      for each statement execute function audit_events_append_only()
    `.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger if exists audit_events_append_only on audit_events`.execute(db);
    await sql`drop function if exists audit_events_append_only()`.execute(db);
  }
  for (const table of [
    'audit_events',
    'outbox',
    'password_reset_tokens',
    'mfa_challenges',
    'recovery_codes',
    'totp',
    'rate_limits',
    'lockouts',
    'sessions',
    'devices',
    'email_verifications',
    'accounts',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
