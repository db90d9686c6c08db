import { useState } from 'react';
import { messageOf } from '../api/client.ts';
import { Notice } from '../components/Notice.tsx';
import { useT } from '../i18n.tsx';
import type { Support } from './supports-api.ts';
import { supportsApi, today } from './supports-api.ts';

/**
 * A support as its user sees it: a story's panels in order, a first/then pair, a routine with a
 * big tick button per step (ticks saved for today), or emotion cards. Large print, high contrast
 * and symbol-only change the look; in symbol-only the words stay for screen readers.
 */
export function SupportView({ support, onTicked }: { support: Support; onTicked?: (steps: number[]) => void }) {
  const { t } = useT();
  const day = today();
  const [ticked, setTicked] = useState<number[]>(support.ticks.find((x) => x.day === day)?.steps ?? []);
  const [error, setError] = useState<string | null>(null);
  const { largePrint, highContrast, symbolOnly } = support.options;
  const cls = [
    'support',
    `support--${support.kind}`,
    largePrint ? 'support--large' : '',
    highContrast ? 'support--contrast' : '',
    symbolOnly ? 'support--symbols' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const words = (text: string) => <span className={symbolOnly ? 'visually-hidden' : 'support__words'}>{text}</span>;
  const picture = (url: string | null) =>
    url ? <img className="support__picture" src={url} alt="" /> : <span className="support__picture support__picture--none" />;

  const toggle = async (i: number) => {
    const next = ticked.includes(i) ? ticked.filter((x) => x !== i) : [...ticked, i].sort((a, b) => a - b);
    setTicked(next);
    setError(null);
    try {
      const out = await supportsApi.tick(support.clientId, support.id, day, next);
      setTicked(out.steps);
      onTicked?.(out.steps);
    } catch (err) {
      setTicked(ticked);
      setError(messageOf(err));
    }
  };

  if (support.kind === 'schedule' && support.scheduleMode === 'first_then') {
    return (
      <div className={cls}>
        <ol className="support__firstthen">
          {support.items.slice(0, 2).map((it, i) => (
            <li key={i} className="support__panel">
              <span className="support__label">{i === 0 ? t('supports:view.first') : t('supports:view.then')}</span>
              {picture(it.pictureUrl)}
              {words(it.text)}
            </li>
          ))}
        </ol>
      </div>
    );
  }
  if (support.kind === 'schedule') {
    const done = ticked.length;
    return (
      <div className={cls}>
        <p className="support__progress" aria-live="polite">
          {t('supports:view.progress', { done, total: support.items.length })}
        </p>
        {error ? <Notice tone="error">{error}</Notice> : null}
        <ol className="support__routine">
          {support.items.map((it, i) => {
            const on = ticked.includes(i);
            return (
              <li key={i} className={`support__step${on ? ' support__step--done' : ''}`}>
                <button type="button" className="support__tick" aria-pressed={on} onClick={() => void toggle(i)}>
                  {picture(it.pictureUrl)}
                  {words(it.text || t('supports:view.stepN', { n: i + 1 }))}
                  <span className="support__check" aria-hidden="true">
                    {on ? '✓' : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    );
  }
  if (support.kind === 'cards') {
    return (
      <ul className={`${cls} support__cards`}>
        {support.items.map((it, i) => (
          <li key={i} className="support__card">
            {picture(it.pictureUrl)}
            <strong className={symbolOnly ? 'visually-hidden' : 'support__feeling'}>{it.text}</strong>
            {it.helps ? (
              <span className={symbolOnly ? 'visually-hidden' : 'support__helps'}>
                {t('supports:view.helps')}: {it.helps}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ol className={`${cls} support__story`}>
      {support.items.map((it, i) => (
        <li key={i} className="support__panel">
          {picture(it.pictureUrl)}
          {words(it.text)}
        </li>
      ))}
    </ol>
  );
}
