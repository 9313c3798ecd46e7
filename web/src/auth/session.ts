import { AuthReplySchema, type AuthReply, type User } from '@phyto/shared';
import { NO_OWNER } from '../db/schema.ts';

export type Session = AuthReply;

const SESSION_KEY = 'phyto.session';
/** Set when the server refused the token: the UI asks to sign in again (queued records are kept). */
const EXPIRED_KEY = 'phyto.sessionExpired';
/** The user id of that expired session: their records stay theirs, and stay shown, until they sign in again. */
const EXPIRED_OWNER_KEY = 'phyto.sessionExpiredOwner';

let cachedRaw: string | null | undefined;
let cached: Session | null = null;
const listeners = new Set<() => void>();

function read(): Session | null {
  const raw = localStorage.getItem(SESSION_KEY);
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parse(raw);
  }
  return cached;
}

function parse(raw: string | null): Session | null {
  if (raw === null) return null;
  try {
    const result = AuthReplySchema.safeParse(JSON.parse(raw));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

function notify(): void {
  listeners.forEach((l) => l());
}

/** Seconds since epoch at which a JWT expires, or null when it cannot be read. */
function tokenExpiry(token: string): number | null {
  try {
    const payload = token.split('.')[1] ?? '';
    const json: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof json === 'object' && json !== null && 'exp' in json && typeof json.exp === 'number'
      ? json.exp
      : null;
  } catch {
    return null;
  }
}

/** The signed-in person, kept in localStorage across reloads and shared by tabs (the `storage` event). */
export const sessionStore = {
  get: read,

  /** The token to send now, or null; a token already past its expiry counts as a session expired. */
  token: (): string | null => {
    const session = read();
    if (session === null) return null;
    const exp = tokenExpiry(session.token);
    if (exp !== null && exp * 1000 <= Date.now()) {
      sessionStore.expire();
      return null;
    }
    return session.token;
  },

  signIn: (session: Session): void => {
    localStorage.setItem(SESSION_KEY, JSON.stringify(session));
    localStorage.removeItem(EXPIRED_KEY);
    localStorage.removeItem(EXPIRED_OWNER_KEY);
    notify();
  },

  updateUser: (user: User): void => {
    const session = read();
    if (session === null) return;
    localStorage.setItem(SESSION_KEY, JSON.stringify({ ...session, user }));
    notify();
  },

  signOut: (): void => {
    localStorage.removeItem(SESSION_KEY);
    localStorage.removeItem(EXPIRED_KEY);
    localStorage.removeItem(EXPIRED_OWNER_KEY);
    notify();
  },

  /** The server said 401: forget the token but remember to ask for a new sign-in. */
  expire: (): void => {
    const user = read()?.user;
    localStorage.removeItem(SESSION_KEY);
    localStorage.setItem(EXPIRED_KEY, user?.phone ?? '');
    if (user !== undefined) localStorage.setItem(EXPIRED_OWNER_KEY, user.id);
    notify();
  },

  /** Whose records this phone shows and keeps now: the signed-in account, else the one whose session
   *  expired, else NO_OWNER (nobody: records made now belong to no account until one adopts them). */
  ownerId: (): string => read()?.user.id ?? localStorage.getItem(EXPIRED_OWNER_KEY) ?? NO_OWNER,

  isExpired: (): boolean => localStorage.getItem(EXPIRED_KEY) !== null,

  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    const onStorage = (e: StorageEvent) => {
      if (e.key === SESSION_KEY || e.key === EXPIRED_KEY || e.key === EXPIRED_OWNER_KEY) listener();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  },
};
