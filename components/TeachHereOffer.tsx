import type { TeachHere } from '../utils/teach/tab-link';
import { useI18n } from './I18nContext';

/**
 * "If you are signed in to …": Signoff may have no access to the site yet, so it cannot know whether the person is
 * signed in there; the teach page asks for access and checks the sign-in cookies before it records.
 */
export function TeachHereOffer({ offer }: { offer: TeachHere }) {
  const { t } = useI18n();
  return (
    <section class="teach-here" data-testid="teach-here">
      <p>{t('teachHereOffer', offer.host)}</p>
      <a class="link" href={offer.href} target="_blank" rel="noopener" data-testid="teach-here-link" aria-label={t('teachOfferOn', offer.host)}>
        {t('teachOffer')}
      </a>
    </section>
  );
}
