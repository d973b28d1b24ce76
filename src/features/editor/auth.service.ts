import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppDb } from '../../db/app-db.ts';
import { appendAudit } from './audit.repository.ts';
import {
  countFailedLogin,
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOf,
  deleteSetupTokensOf,
  type EditorRow,
  editorByEmail,
  editorById,
  insertEditor,
  insertSession,
  insertSetupToken,
  listEditors,
  sessionByHash,
  setupToken,
  touchSession,
  updateEditor,
  useSetupToken,
} from './editors.repository.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { verifyTotp } from './totp.ts';

/** A session lasts this long from sign-in, however active; and ends sooner after this long unused. */
export const SESSION_MS = 12 * 60 * 60_000;
export const IDLE_MS = 60 * 60_000;
/** A setup link printed by `npm run editor -- add` works this long, once. */
export const SETUP_MS = 72 * 60 * 60_000;
/** Failed sign-ins in a row before an account is locked, and for how long. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60_000;

/** Our tokens: 32 random bytes, base64url. Anything else is refused before it reaches the database. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const newToken = (): string => randomBytes(32).toString('base64url');
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export interface EditorSession {
  editor: EditorRow;
  /** The token every form of this session must send back. */
  csrf: string;
}

export type SignInResult =
  | { ok: true; token: string; session: EditorSession }
  | { ok: false; reason: 'invalid' | 'locked' | 'code-needed' };

/**
 * Editors' accounts and sessions. Secrets are stored only as hashes (argon2id for passwords, sha-256 for
 * random tokens); a session is a random token in a cookie, looked up by its hash, with a fixed lifetime and an
 * idle timeout; every sign-in makes a brand-new session and ends the one the browser came with, so a session id
 * planted before sign-in (session fixation) is worthless. Five failed sign-ins in a row lock an account for 15
 * minutes, whoever tries.
 */
export function createAuthService(options: { appDb: AppDb; now: () => Date }) {
  const { appDb } = options;
  const nowIso = () => options.now().toISOString();
  const later = (ms: number) => new Date(options.now().getTime() + ms).toISOString();

  async function newSetupLink(editorId: number): Promise<string> {
    const db = await appDb.ready();
    const token = newToken();
    await insertSetupToken(db, { tokenHash: sha256(token), editorId, at: nowIso(), expiresAt: later(SETUP_MS) });
    return token;
  }

  /** The editor a setup link is for, while it is unused and in date. */
  async function checkSetupToken(token: string): Promise<EditorRow | undefined> {
    if (!TOKEN_PATTERN.test(token)) return undefined;
    const db = await appDb.ready();
    const row = await setupToken(db, sha256(token));
    if (!row || row.expires_at <= nowIso()) return undefined;
    const editor = await editorById(db, row.editor_id);
    return editor && !editor.disabled_at ? editor : undefined;
  }

  return {
    /** A new editor with no password yet, and the one-time token of their setup link. */
    async addEditor(email: string): Promise<{ token: string } | { problem: string }> {
      const db = await appDb.ready();
      const address = normaliseEmail(email);
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) return { problem: `“${email}” is not an email address.` };
      if (await editorByEmail(db, address))
        return { problem: `${address} is already an editor. To send a new setup link, use reset.` };
      const id = await insertEditor(db, address, nowIso());
      await appendAudit(db, {
        at: nowIso(),
        editorId: null,
        action: 'editor.added',
        detail: `Added editor ${address} (command line).`,
      });
      return { token: await newSetupLink(id) };
    },

    /** Forgets an editor's password, second step and sessions, unlocks and re-enables them, and makes a new setup link. */
    async resetEditor(email: string): Promise<{ token: string } | { problem: string }> {
      const db = await appDb.ready();
      const editor = await editorByEmail(db, normaliseEmail(email));
      if (!editor) return { problem: `${normaliseEmail(email)} is not an editor.` };
      await updateEditor(db, editor.id, {
        password_hash: null,
        totp_secret: null,
        totp_last_step: null,
        failed_logins: 0,
        locked_until: null,
        disabled_at: null,
      });
      await deleteSessionsOf(db, editor.id);
      await deleteSetupTokensOf(db, editor.id);
      await appendAudit(db, {
        at: nowIso(),
        editorId: null,
        action: 'editor.reset',
        detail: `Reset editor ${editor.email} (command line).`,
      });
      return { token: await newSetupLink(editor.id) };
    },

    /** Stops an editor signing in, and ends their sessions at once. Their decisions stay in the audit log. */
    async disableEditor(email: string): Promise<{ problem?: string }> {
      const db = await appDb.ready();
      const editor = await editorByEmail(db, normaliseEmail(email));
      if (!editor) return { problem: `${normaliseEmail(email)} is not an editor.` };
      await updateEditor(db, editor.id, { disabled_at: nowIso() });
      await deleteSessionsOf(db, editor.id);
      await deleteSetupTokensOf(db, editor.id);
      await appendAudit(db, {
        at: nowIso(),
        editorId: null,
        action: 'editor.disabled',
        detail: `Disabled editor ${editor.email} (command line).`,
      });
      return {};
    },

    async listEditors(): Promise<EditorRow[]> {
      return listEditors(await appDb.ready());
    },

    checkSetupToken,

    /** Sets the password through a setup link, which is then used up. False if the link is no longer good. */
    async setUp(token: string, password: string): Promise<boolean> {
      const editor = await checkSetupToken(token);
      if (!editor) return false;
      const hash = await hashPassword(password);
      const db = await appDb.ready();
      if (!(await useSetupToken(db, sha256(token)))) return false;
      await updateEditor(db, editor.id, { password_hash: hash, failed_logins: 0, locked_until: null });
      await deleteSessionsOf(db, editor.id);
      await appendAudit(db, {
        at: nowIso(),
        editorId: editor.id,
        action: 'editor.setup',
        detail: 'Chose a password with a setup link.',
      });
      return true;
    },

    /**
     * Signs in. A wrong password, an unknown address and a disabled account all get the same answer. A locked
     * account is refused even with the right password. `previous` is the session token the browser came with,
     * if any: it is ended, and a new one made.
     */
    async signIn(input: { email: string; password: string; code: string; previous?: string | undefined }): Promise<SignInResult> {
      const db = await appDb.ready();
      const editor = await editorByEmail(db, normaliseEmail(input.email));
      const passwordOk = await verifyPassword(editor?.password_hash, input.password);
      if (!editor || editor.disabled_at || !editor.password_hash) return { ok: false, reason: 'invalid' };
      if (editor.locked_until && editor.locked_until > nowIso()) return { ok: false, reason: 'locked' };
      let step: number | undefined;
      if (passwordOk && editor.totp_secret) {
        if (input.code.trim() === '') return { ok: false, reason: 'code-needed' };
        step = verifyTotp(editor.totp_secret, input.code.trim(), editor.totp_last_step, options.now().getTime());
      }
      if (!passwordOk || (editor.totp_secret && step === undefined)) {
        const failures = await countFailedLogin(db, editor.id);
        if (failures >= MAX_FAILED_LOGINS) {
          await updateEditor(db, editor.id, { failed_logins: 0, locked_until: later(LOCK_MS) });
          await appendAudit(db, {
            at: nowIso(),
            editorId: editor.id,
            action: 'editor.locked',
            detail: `Locked for ${LOCK_MS / 60_000} minutes after ${MAX_FAILED_LOGINS} failed sign-ins in a row.`,
          });
          return { ok: false, reason: 'locked' };
        }
        return { ok: false, reason: 'invalid' };
      }
      await updateEditor(db, editor.id, {
        failed_logins: 0,
        locked_until: null,
        ...(step !== undefined ? { totp_last_step: step } : {}),
      });
      if (input.previous && TOKEN_PATTERN.test(input.previous)) await deleteSession(db, sha256(input.previous));
      await deleteExpiredSessions(db, nowIso());
      const token = newToken();
      const csrf = newToken();
      await insertSession(db, {
        id_hash: sha256(token),
        editor_id: editor.id,
        csrf_token: csrf,
        created_at: nowIso(),
        last_seen_at: nowIso(),
        expires_at: later(SESSION_MS),
      });
      await appendAudit(db, {
        at: nowIso(),
        editorId: editor.id,
        action: 'editor.signed-in',
        detail: editor.totp_secret ? 'Signed in with a password and a code.' : 'Signed in with a password.',
      });
      return { ok: true, token, session: { editor, csrf } };
    },

    /** The session a cookie names, if it is still good (in date, used lately, its editor not disabled). */
    async session(token: string | undefined): Promise<EditorSession | undefined> {
      if (!token || !TOKEN_PATTERN.test(token)) return undefined;
      const db = await appDb.ready();
      const idHash = sha256(token);
      const row = await sessionByHash(db, idHash);
      if (!row) return undefined;
      const now = options.now().getTime();
      if (Date.parse(row.expires_at) <= now || Date.parse(row.last_seen_at) + IDLE_MS <= now) {
        await deleteSession(db, idHash);
        return undefined;
      }
      const editor = await editorById(db, row.editor_id);
      if (!editor || editor.disabled_at) return undefined;
      if (now - Date.parse(row.last_seen_at) > 60_000) await touchSession(db, idHash, nowIso());
      return { editor, csrf: row.csrf_token };
    },

    async signOut(token: string | undefined): Promise<void> {
      if (!token || !TOKEN_PATTERN.test(token)) return;
      await deleteSession(await appDb.ready(), sha256(token));
    },

    /** Turns on the second step, once a code from the new secret proves the app has it. */
    async enableTotp(editor: EditorRow, secret: string, code: string): Promise<boolean> {
      const step = verifyTotp(secret, code.trim(), null, options.now().getTime());
      if (step === undefined) return false;
      const db = await appDb.ready();
      await updateEditor(db, editor.id, { totp_secret: secret, totp_last_step: step });
      await appendAudit(db, {
        at: nowIso(),
        editorId: editor.id,
        action: 'editor.totp-on',
        detail: 'Turned on the sign-in code.',
      });
      return true;
    },

    /** Turns the second step off; needs the password again. */
    async disableTotp(editor: EditorRow, password: string): Promise<boolean> {
      const fresh = await editorById(await appDb.ready(), editor.id);
      if (!fresh || !(await verifyPassword(fresh.password_hash, password))) return false;
      const db = await appDb.ready();
      await updateEditor(db, editor.id, { totp_secret: null, totp_last_step: null });
      await appendAudit(db, {
        at: nowIso(),
        editorId: editor.id,
        action: 'editor.totp-off',
        detail: 'Turned off the sign-in code.',
      });
      return true;
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
