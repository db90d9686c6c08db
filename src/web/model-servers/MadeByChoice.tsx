import type { StudioBackend } from './backends-api.ts';
import './backends.css';
import { useT } from '../i18n.tsx';

/**
 * "Made by": the built-in engine or one of the practice's model servers. Shown only when a
 * server is configured; an outside server says so, since the client's work then leaves Hearth.
 */
export function MadeByChoice({
  backends,
  value,
  onChange,
  disabled,
}: {
  backends: readonly StudioBackend[];
  value: string;
  onChange(id: string): void;
  disabled?: boolean;
}) {
  const { t } = useT();
  if (backends.length <= 1) return null;
  const chosen = backends.find((b) => b.id === value);
  return (
    <label className="studio-field made-by">
      <span className="studio-field__label">{t('pages:madeBy.label')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
        {backends.map((b) => (
          <option key={b.id} value={b.id}>
            {b.id === 'builtin' ? t('pages:madeBy.builtin') : b.label}
          </option>
        ))}
      </select>
      <span className="studio-field__hint">{chosen && chosen.id !== 'builtin' ? t('pages:madeBy.remote') : t('pages:madeBy.local')}</span>
    </label>
  );
}
