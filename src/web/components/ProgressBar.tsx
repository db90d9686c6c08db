import { useId } from 'react';

/**
 * A labelled progress bar for anything that takes longer than a moment: `value` 0..1, or null
 * while it waits to start (the bar then shows activity without a figure).
 */
export function ProgressBar({ label, value, className }: { label: string; value: number | null; className?: string }) {
  const id = useId();
  const pct = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <>
      <label className={className ? `${className}__label` : undefined} htmlFor={id}>
        {label}
      </label>
      <progress
        id={id}
        className={className ? `${className}__bar` : undefined}
        max={100}
        value={pct ?? undefined}
        aria-valuetext={pct === null ? label : `${pct}%`}
      />
    </>
  );
}
