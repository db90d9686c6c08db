import type { StudioBackend } from './backends-api.ts';
import './backends.css';

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
  if (backends.length <= 1) return null;
  const chosen = backends.find((b) => b.id === value);
  return (
    <label className="studio-field made-by">
      <span className="studio-field__label">Made by</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
        {backends.map((b) => (
          <option key={b.id} value={b.id}>
            {b.id === 'builtin' ? 'Hearth, on this computer' : b.label}
          </option>
        ))}
      </select>
      <span className="studio-field__hint">
        {chosen && chosen.id !== 'builtin'
          ? 'A model server: your drawing and words are sent to it to make the picture. This needs your agreement to external AI.'
          : 'Made here; nothing leaves this computer.'}
      </span>
    </label>
  );
}
