import { useId, useState } from 'react';
import { messageOf } from '../api/client.ts';
import { Notice } from '../components/Notice.tsx';
import { LOCALES, LOCALE_NAMES, isLocale, pickLocale } from '../../domain/i18n/index.ts';
import type { Locale } from '../../domain/i18n/index.ts';
import { setLocale, useT } from '../i18n.tsx';
import { useSession } from '../session.ts';
import { accountApi } from './account-api.ts';

/**
 * The language Hearth speaks to this person, kept on their account so every browser they sign in
 * from, and the PDFs and exports made for them, use it. "The browser's language" clears it.
 */
export function LanguageSection() {
  const { t } = useT();
  const { me } = useSession();
  const id = useId();
  const [chosen, setChosen] = useState<Locale | ''>(me.locale ?? '');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const choose = async (value: string) => {
    const locale = isLocale(value) ? value : null;
    setBusy(true);
    setNote(null);
    try {
      await accountApi.setLocale(locale);
      setChosen(locale ?? '');
      setLocale(locale ?? pickLocale(navigator.languages));
      setNote({ tone: 'success', text: t('account:language.saved') });
    } catch (err) {
      setNote({ tone: 'error', text: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="form">
      {note ? <Notice tone={note.tone}>{note.text}</Notice> : null}
      <div className="field">
        <label htmlFor={id}>{t('common:language')}</label>
        <p className="field__hint" id={`${id}-hint`}>
          {t('account:language.hint')}
        </p>
        <select id={id} aria-describedby={`${id}-hint`} value={chosen} disabled={busy} onChange={(e) => void choose(e.target.value)}>
          <option value="">{t('account:language.browser')}</option>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
