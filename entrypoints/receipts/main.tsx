import { render } from 'preact';
import { I18nContext } from '../../components/I18nContext';
import { ReceiptDetails } from '../../components/guides/ReceiptsSection';
import { db } from '../../utils/db';
import type { ReceiptRow } from '../../utils/guides/rows';
import { t, uiLanguage, applyLanguage } from '../../utils/i18n';
import { loadSettings } from '../../utils/policy';
import './style.css';

/** A printable page of every receipt (or of one, with ?id=…), for paper or "Save as PDF". */
function ReceiptsPage({ receipts, lang }: { receipts: ReceiptRow[]; lang: string }) {
  return (
    <main>
      <h1>{t('receiptsPrintTitle')}</h1>
      <p class="hint">{t('receiptsHint')}</p>
      <p class="no-print">
        <button type="button" data-testid="print" onClick={() => window.print()}>
          {t('receiptsPrint')}
        </button>
      </p>
      {receipts.length === 0 ? <p>{t('receiptsEmpty')}</p> : receipts.map((receipt) => <ReceiptDetails key={receipt.id} receipt={receipt} lang={lang} />)}
    </main>
  );
}

async function main() {
  await applyLanguage((await loadSettings()).language);
  const lang = uiLanguage();
  document.documentElement.lang = lang;
  document.title = `${t('extName')} — ${t('receiptsPrintTitle')}`;
  const only = new URLSearchParams(location.search).get('id');
  const all = await db.receipts.orderBy('at').reverse().toArray();
  const receipts = only ? all.filter((receipt) => receipt.id === only) : all;
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <I18nContext.Provider value={{ t, lang }}>
      <ReceiptsPage receipts={receipts} lang={lang} />
    </I18nContext.Provider>,
    root,
  );
}
void main();
