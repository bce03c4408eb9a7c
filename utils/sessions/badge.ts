import { showBadge } from '../browser/badge';
import { db } from '../db';
import { t } from '../i18n';

/** The toolbar badge counts active sessions; its tooltip names the sites. */
export async function refreshBadge(): Promise<void> {
  const sessions = await db.sessions.toArray();
  const sites = sessions.map((s) => `${s.siteName} (${s.domain})`).join(', ');
  const title = sessions.length ? `${t('badgeTitle', String(sessions.length))}\n${sites}` : t('extName');
  await showBadge(sessions.length, title);
}
