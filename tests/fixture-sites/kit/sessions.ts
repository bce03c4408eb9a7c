import { SessionStore } from '../types';
import { randomToken } from './csrf';
import type { ActiveSession, KitSession, KitUser } from './types';

type SessionData = Omit<KitSession, 'token' | 'createdAt'>;

/** The site's server-side sessions: only a sign-out (or reset) ends one. */
export class KitSessions {
  private readonly store: SessionStore<SessionData>;

  constructor(tokenPrefix = '') {
    this.store = new SessionStore<SessionData>(tokenPrefix);
  }

  create(user: KitUser, browserId: string | undefined, device?: string): KitSession {
    const data: SessionData = { user, browserId, csrf: randomToken(), signOutToken: randomToken(12), ...(device ? { device } : {}) };
    const token = this.store.create(data);
    return this.find(token)!;
  }

  find(token: string | undefined): KitSession | undefined {
    const stored = this.store.get(token);
    return stored && { ...stored.data, token: stored.token, createdAt: stored.createdAt };
  }

  /** Ends `session`, or with `wholeBrowser` every session of the same browser; returns what was ended. */
  end(session: KitSession | undefined, wholeBrowser = false): KitSession[] {
    if (!session) return [];
    const ended = wholeBrowser && session.browserId !== undefined
      ? this.all().filter((other) => other.browserId === session.browserId)
      : [session];
    for (const each of ended) this.store.revoke(each.token);
    return ended;
  }

  all(): KitSession[] {
    return this.store.list().map((stored) => ({ ...stored.data, token: stored.token, createdAt: stored.createdAt }));
  }

  active(): ActiveSession[] {
    return this.all().map(({ user, browserId, createdAt }) => ({
      email: user.email,
      name: user.name,
      ...(user.handle === undefined ? {} : { handle: user.handle }),
      ...(browserId === undefined ? {} : { browserId }),
      createdAt,
    }));
  }

  clear(): void {
    this.store.clear();
  }
}
