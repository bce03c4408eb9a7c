import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import { db } from '../../utils/db';
import { formatMessage, type LocaleMessages } from '../../utils/i18n';

const english: LocaleMessages = en;

beforeEach(async () => {
  fakeBrowser.reset();
  // fakeBrowser has no i18n: answer in English, as the browser would with the real messages.json.
  fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | string[]) =>
    formatMessage(english[key], substitutions);
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
  // fakeBrowser has no permissions: Signoff holds its manifest's host access unless a test says otherwise.
  fakeBrowser.permissions.contains = async () => true;
  // Each test starts with an empty database (only if a previous test opened it).
  if (db.isOpen()) await Promise.all(db.tables.map((table) => table.clear()));
});
