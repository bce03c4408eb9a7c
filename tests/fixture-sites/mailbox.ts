import { randomBytes } from 'node:crypto';
import { escapeHtml, sendHtml, sendText, type FixtureSite } from './types';

/**
 * A webmail the fixture sites "send" e-mail to: confirmation links for closing or deleting an account arrive here,
 * and a test opens them in the same browser, as a person opens the message in another tab.
 */

export const MAILBOX_HOST = 'mail.example.com';

export interface MailMessage {
  id: string;
  to: string;
  from: string;
  subject: string;
  /** The message body as HTML (fixture-made, trusted). Links open in a new tab, as in most webmail. */
  html: string;
  sentAt: Date;
}

export class Mailbox {
  private readonly messages: MailMessage[] = [];

  deliver(message: Omit<MailMessage, 'id' | 'sentAt'>): MailMessage {
    const full = { ...message, to: message.to.toLowerCase(), id: randomBytes(8).toString('hex'), sentAt: new Date() };
    this.messages.push(full);
    return full;
  }

  /** Messages to `to` (or to anyone), newest first. */
  list(to?: string): MailMessage[] {
    const wanted = to?.toLowerCase();
    return this.messages.filter((message) => wanted === undefined || message.to === wanted).reverse();
  }

  get(id: string): MailMessage | undefined {
    return this.messages.find((message) => message.id === id);
  }

  clear(): void {
    this.messages.length = 0;
  }
}

/** One mailbox per fixture server process: the sites deliver to it, the mailbox site shows it. */
export const mailbox = new Mailbox();

export interface MailboxSite extends FixtureSite {
  messages(to?: string): MailMessage[];
  /** The inbox page of one address. */
  inboxUrl(to: string): string;
}

const STYLE = `body { font: 14px Arial, sans-serif; margin: 0; color: #222; }
header { background: #334155; color: #fff; padding: 10px 16px; font-weight: bold; }
main { padding: 16px; max-width: 760px; }
.mail-row { display: block; padding: 8px; border-bottom: 1px solid #ddd; color: #111; text-decoration: none; }
.mail-row:hover { background: #f1f5f9; }
.mail-from { color: #555; margin-right: 8px; }
.mail-body { border: 1px solid #ddd; padding: 12px; margin-top: 12px; }`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><header>Mail · example.com</header><main>${body}</main></body></html>`;
}

export function createMailboxSite(): MailboxSite {
  return {
    name: 'mailbox',
    hosts: [MAILBOX_HOST],
    handle(_req, res, url) {
      if (url.pathname === '/') {
        const to = url.searchParams.get('to') ?? '';
        const rows = mailbox
          .list(to || undefined)
          .map(
            (message) =>
              `<a class="mail-row" data-mail-id="${message.id}" href="/message/${message.id}">` +
              `<span class="mail-from">${escapeHtml(message.from)}</span><span class="mail-subject">${escapeHtml(message.subject)}</span></a>`,
          )
          .join('');
        sendHtml(res, 200, page(`Inbox ${to}`, `<h1>Inbox ${escapeHtml(to)}</h1>${rows || '<p id="inbox-empty">No messages.</p>'}`));
        return;
      }
      const match = /^\/message\/([0-9a-f]+)$/.exec(url.pathname);
      const message = match ? mailbox.get(match[1]!) : undefined;
      if (!message) {
        sendText(res, 404, 'No such message');
        return;
      }
      sendHtml(
        res,
        200,
        page(
          message.subject,
          `<h1 id="mail-subject">${escapeHtml(message.subject)}</h1>
<p>From: <span id="mail-from">${escapeHtml(message.from)}</span> · To: ${escapeHtml(message.to)}</p>
<div class="mail-body" id="mail-body">${message.html}</div>`,
        ),
      );
    },
    reset() {
      mailbox.clear();
    },
    messages: (to?: string) => mailbox.list(to),
    inboxUrl: (to: string) => `https://${MAILBOX_HOST}/?to=${encodeURIComponent(to)}`,
  };
}
