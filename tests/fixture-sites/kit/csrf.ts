import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * CSRF tokens bound to something the browser holds (an anonymous cookie before sign-in), as Rails-style sites do:
 * a token copied from another browser, or a form posted without one, is refused.
 */
export class CsrfTokens {
  private readonly secret = randomBytes(32);

  /** The token for `binding`; the same binding always gives the same token within one site instance. */
  issue(binding: string): string {
    return createHmac('sha256', this.secret).update(binding).digest('base64url');
  }

  verify(binding: string | undefined, token: string | null | undefined): boolean {
    if (!binding || !token) return false;
    const expected = Buffer.from(this.issue(binding));
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

/** A random token for per-session secrets (session CSRF, Facebook's h=). */
export function randomToken(bytes = 18): string {
  return randomBytes(bytes).toString('base64url');
}

/** Constant-time comparison of two optional strings. */
export function sameToken(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
