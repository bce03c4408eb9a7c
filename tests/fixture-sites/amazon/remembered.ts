import { randomBytes } from 'node:crypto';

/** One account in a browser's account switcher. */
export interface RememberedAccount {
  email: string;
  name: string;
  /** Opaque per-browser handle the picker posts back (the real picker's data-value). */
  token: string;
  addedAt: Date;
}

interface BrowserSwitcher {
  /** Anti-forgery token the picker page carries (the real container's data-arbtoken). */
  arbToken: string;
  accounts: RememberedAccount[];
}

/** Amazon's help: "browser specific, and limited to a maximum of 10 accounts per browser". */
export const MAX_REMEMBERED_ACCOUNTS = 10;

/**
 * The account switcher of one marketplace, kept on the server per browser (keyed by the browser's anonymous
 * ubid-<realm> cookie). Signing in adds the account; signing out does not remove it; only the picker's
 * "Manage" mode does.
 */
export class RememberedAccounts {
  private readonly browsers = new Map<string, BrowserSwitcher>();

  private switcher(browser: string): BrowserSwitcher {
    let switcher = this.browsers.get(browser);
    if (!switcher) {
      switcher = { arbToken: randomBytes(12).toString('base64url'), accounts: [] };
      this.browsers.set(browser, switcher);
    }
    return switcher;
  }

  /** Adds the account to the browser's switcher (once); the oldest goes when the switcher is full. */
  remember(browser: string, user: { email: string; name: string }): void {
    const { accounts } = this.switcher(browser);
    if (accounts.some((account) => account.email === user.email)) return;
    if (accounts.length >= MAX_REMEMBERED_ACCOUNTS) accounts.shift();
    accounts.push({ email: user.email, name: user.name, token: randomBytes(12).toString('base64url'), addedAt: new Date() });
  }

  list(browser: string): readonly RememberedAccount[] {
    return this.browsers.get(browser)?.accounts ?? [];
  }

  find(browser: string, token: string | null | undefined): RememberedAccount | undefined {
    return token ? this.list(browser).find((account) => account.token === token) : undefined;
  }

  arbToken(browser: string): string {
    return this.switcher(browser).arbToken;
  }

  /** Removes one account from the browser's switcher; returns it, or undefined if it was not there. */
  remove(browser: string, token: string | null | undefined): RememberedAccount | undefined {
    const switcher = this.browsers.get(browser);
    const index = switcher && token ? switcher.accounts.findIndex((account) => account.token === token) : -1;
    if (!switcher || index < 0) return undefined;
    return switcher.accounts.splice(index, 1)[0];
  }

  /** Every remembered account in every browser, in the order they were added. */
  all(): { browser: string; account: RememberedAccount }[] {
    return [...this.browsers].flatMap(([browser, { accounts }]) => accounts.map((account) => ({ browser, account })));
  }

  clear(): void {
    this.browsers.clear();
  }
}
