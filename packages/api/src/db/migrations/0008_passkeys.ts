import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they take Kysely<any> so later schema changes never break them.
/* eslint-disable @typescript-eslint/no-explicit-any */

/** Passkeys, their server-side challenges, "this wasn't me" links, and the account's report flags. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('passkeys')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('account_id', 'text', (col) =>
      col.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('credential_id', 'text', (col) => col.notNull().unique())
    .addColumn('public_key', 'text', (col) => col.notNull())
    .addColumn('sign_count', 'bigint', (col) => col.notNull())
    .addColumn('transports', 'text')
    .addColumn('multi_device', 'integer', (col) => col.notNull().check(sql`multi_device in (0, 1)`))
    .addColumn('backed_up', 'integer', (col) => col.notNull().check(sql`backed_up in (0, 1)`))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema
    .createIndex('passkeys_account_id_idx')
    .on('passkeys')
    .column('account_id')
    .execute();

  await db.schema
    .createTable('webauthn_challenges')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('challenge_hash', 'text', (col) => col.notNull().unique())
    .addColumn('purpose', 'text', (col) =>
      col
        .notNull()
        .check(sql`purpose in ('registration', 'sign_in', 'second_factor', 'reauthentication')`),
    )
    .addColumn('account_id', 'text', (col) => col.references('accounts.id').onDelete('cascade'))
    .addColumn('session_id', 'text')
    .addColumn('mfa_challenge_id', 'text')
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('webauthn_challenges_expires_at_idx')
    .on('webauthn_challenges')
    .column('expires_at')
    .execute();

  await db.schema
    .createTable('not_me_tokens')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('account_id', 'text', (col) =>
      col.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('alert', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('not_me_tokens_account_id_idx')
    .on('not_me_tokens')
    .column('account_id')
    .execute();

  await db.schema.alterTable('accounts').addColumn('signin_blocked_at', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('staff_flagged_at', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('staff_flag_reason', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('accounts').dropColumn('staff_flag_reason').execute();
  await db.schema.alterTable('accounts').dropColumn('staff_flagged_at').execute();
  await db.schema.alterTable('accounts').dropColumn('signin_blocked_at').execute();
  await db.schema.dropTable('not_me_tokens').execute();
  await db.schema.dropTable('webauthn_challenges').execute();
  await db.schema.dropTable('passkeys').execute();
}
