import { useState } from 'react';
import { Field } from '../components/Field.tsx';
import { Notice } from '../components/Notice.tsx';
import { useT } from '../i18n.tsx';
import { ConfirmWithPassword } from './ConfirmWithPassword.tsx';
import { practiceApi } from './practice-api.ts';
import type { RegionalCrisis } from './practice-api.ts';

type Language = RegionalCrisis['language'];

/** "Label: detail" per line → contacts; lines without a colon are refused by naming them. */
function parseContacts(text: string): { contacts: RegionalCrisis['contacts']; bad: string[] } {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const contacts = lines.flatMap((l) => {
    const at = l.indexOf(':');
    return at > 0 && at < l.length - 1 ? [{ label: l.slice(0, at).trim(), detail: l.slice(at + 1).trim() }] : [];
  });
  return { contacts, bad: lines.filter((l) => !/^[^:]+:.+/.test(l)) };
}

/**
 * The crisis contacts clients are shown after a positive screen, per region and language (the
 * owner's setting; each save asks for their password). Regions without an entry see the defaults.
 */
export function CrisisContacts({ regions, onSaved }: { regions: RegionalCrisis[]; onSaved(): void }) {
  const { t } = useT();
  const [region, setRegion] = useState('');
  const [language, setLanguage] = useState<Language>('en');
  const [heading, setHeading] = useState('');
  const [message, setMessage] = useState('');
  const [contacts, setContacts] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const save = async (next: RegionalCrisis[], done: string) => {
    await practiceApi.setCrisis({ regions: next });
    setNote(done);
    onSaved();
  };

  const add = async () => {
    setNote(null);
    const parsed = parseContacts(contacts);
    if (!/^[A-Za-z]{2}$/.test(region.trim()) || !heading.trim() || !message.trim() || parsed.contacts.length === 0 || parsed.bad.length > 0) {
      const why = parsed.bad.length > 0 ? t('practice:crisis.badLines', { lines: parsed.bad.join(' · ') }) : t('practice:crisis.incomplete');
      setProblem(why);
      throw new Error(why);
    }
    setProblem(null);
    const entry: RegionalCrisis = {
      region: region.trim().toUpperCase(),
      language,
      heading: heading.trim(),
      message: message.trim(),
      contacts: parsed.contacts,
    };
    await save(
      [...regions.filter((r) => !(r.region === entry.region && r.language === entry.language)), entry],
      t('practice:crisis.saved', { region: entry.region }),
    );
    setRegion('');
    setHeading('');
    setMessage('');
    setContacts('');
  };

  return (
    <div className="stack">
      <h2 id="crisis-title">{t('practice:crisis.title')}</h2>
      <p className="muted">{t('practice:crisis.lead')}</p>
      {note ? <Notice tone="success">{note}</Notice> : null}
      {regions.length > 0 ? (
        <ul className="crisis-regions">
          {regions.map((r) => (
            <li key={`${r.region}:${r.language}`} className="card card--soft">
              <h3>
                {r.region} · {r.language}
              </h3>
              <p>
                <strong>{r.heading}</strong>
              </p>
              <ul>
                {r.contacts.map((c) => (
                  <li key={c.label}>
                    {c.label}: {c.detail}
                  </li>
                ))}
              </ul>
              <details>
                <summary>{t('practice:crisis.remove', { region: r.region })}</summary>
                <ConfirmWithPassword
                  name={`crisis-remove-${r.region}-${r.language}`}
                  tone="danger"
                  action={t('practice:crisis.remove', { region: r.region })}
                  onConfirmed={() =>
                    save(
                      regions.filter((x) => x !== r),
                      t('practice:crisis.removed', { region: r.region }),
                    )
                  }
                />
              </details>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('practice:crisis.none')}</p>
      )}
      <ConfirmWithPassword name="crisis-password" action={t('practice:crisis.save')} onConfirmed={add}>
        <h3>{t('practice:crisis.addTitle')}</h3>
        <Field
          label={t('practice:crisis.region')}
          hint={t('practice:crisis.regionHint')}
          value={region}
          maxLength={2}
          onChange={(e) => setRegion(e.target.value)}
        />
        <div className="field">
          <label htmlFor="crisis-language">{t('practice:crisis.language')}</label>
          <select id="crisis-language" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            <option value="en">English</option>
            <option value="es">Español</option>
            <option value="de">Deutsch</option>
          </select>
        </div>
        <Field label={t('practice:crisis.heading')} value={heading} onChange={(e) => setHeading(e.target.value)} />
        <Field label={t('practice:crisis.message')} multiline rows={3} value={message} onChange={(e) => setMessage(e.target.value)} />
        <Field
          label={t('practice:crisis.contacts')}
          hint={t('practice:crisis.contactsHint')}
          multiline
          rows={4}
          value={contacts}
          onChange={(e) => setContacts(e.target.value)}
          error={problem}
        />
      </ConfirmWithPassword>
    </div>
  );
}
