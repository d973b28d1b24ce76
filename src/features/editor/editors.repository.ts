import type { Kysely } from 'kysely';
import type { AppDatabase, EditorSessionsTable, EditorsTable } from '../../db/app-schema.ts';

/** Editors, their one-time setup links and their sessions: every SQL call of the editors' sign-in. */
type Db = Kysely<AppDatabase>;

export type EditorRow = Omit<EditorsTable, 'id' | 'failed_logins'> & { id: number; failed_logins: number };
export type SessionRow = EditorSessionsTable;

export async function editorByEmail(db: Db, email: string): Promise<EditorRow | undefined> {
  return db.selectFrom('editors').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function editorById(db: Db, id: number): Promise<EditorRow | undefined> {
  return db.selectFrom('editors').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listEditors(db: Db): Promise<EditorRow[]> {
  return db.selectFrom('editors').selectAll().orderBy('id').execute();
}

export async function insertEditor(db: Db, email: string, at: string): Promise<number> {
  const { id } = await db.insertInto('editors').values({ email, created_at: at }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateEditor(
  db: Db,
  id: number,
  values: Partial<
    Pick<EditorRow, 'password_hash' | 'totp_secret' | 'totp_last_step' | 'failed_logins' | 'locked_until' | 'disabled_at'>
  >,
): Promise<void> {
  await db.updateTable('editors').set(values).where('id', '=', id).execute();
}

/** One more failed sign-in: returns the new count, read and written in one statement so two at once both count. */
export async function countFailedLogin(db: Db, id: number): Promise<number> {
  const row = await db
    .updateTable('editors')
    .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
    .where('id', '=', id)
    .returning('failed_logins')
    .executeTakeFirst();
  return Number(row?.failed_logins ?? 0);
}

export async function insertSetupToken(db: Db, values: { tokenHash: string; editorId: number; at: string; expiresAt: string }) {
  await db
    .insertInto('editor_setup_tokens')
    .values({ token_hash: values.tokenHash, editor_id: values.editorId, created_at: values.at, expires_at: values.expiresAt })
    .execute();
}

export async function setupToken(db: Db, tokenHash: string) {
  return db.selectFrom('editor_setup_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Uses a setup token up: true only for the one request that deleted it. */
export async function useSetupToken(db: Db, tokenHash: string): Promise<boolean> {
  const result = await db.deleteFrom('editor_setup_tokens').where('token_hash', '=', tokenHash).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function deleteSetupTokensOf(db: Db, editorId: number): Promise<void> {
  await db.deleteFrom('editor_setup_tokens').where('editor_id', '=', editorId).execute();
}

export async function insertSession(db: Db, row: SessionRow): Promise<void> {
  await db.insertInto('editor_sessions').values(row).execute();
}

export async function sessionByHash(db: Db, idHash: string): Promise<SessionRow | undefined> {
  return db.selectFrom('editor_sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
}

export async function touchSession(db: Db, idHash: string, at: string): Promise<void> {
  await db.updateTable('editor_sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('editor_sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOf(db: Db, editorId: number): Promise<void> {
  await db.deleteFrom('editor_sessions').where('editor_id', '=', editorId).execute();
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('editor_sessions').where('expires_at', '<=', now).execute();
}
