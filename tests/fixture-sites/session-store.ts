import { randomBytes } from 'node:crypto';

export interface StoredSession<T> {
  token: string;
  data: T;
  createdAt: Date;
}

/**
 * Server-side sessions of one cookie realm. A session is valid until revoked: deleting the cookie
 * in the browser alone does not end it, which is exactly what tests must be able to tell apart.
 */
export class SessionStore<T> {
  private readonly sessions = new Map<string, StoredSession<T>>();

  constructor(private readonly tokenPrefix = '') {}

  /** Creates a session and returns its token (the value of the site's session cookie). */
  create(data: T): string {
    const token = this.tokenPrefix + randomBytes(24).toString('base64url');
    this.sessions.set(token, { token, data, createdAt: new Date() });
    return token;
  }

  /** Ends the session; returns false if it was unknown or already ended. */
  revoke(token: string | undefined): boolean {
    return token !== undefined && this.sessions.delete(token);
  }

  isValid(token: string | undefined): boolean {
    return token !== undefined && this.sessions.has(token);
  }

  get(token: string | undefined): StoredSession<T> | undefined {
    return token === undefined ? undefined : this.sessions.get(token);
  }

  list(): StoredSession<T>[] {
    return [...this.sessions.values()];
  }

  clear(): void {
    this.sessions.clear();
  }
}
