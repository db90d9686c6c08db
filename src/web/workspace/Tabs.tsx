import { useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

export interface TabItem {
  id: string;
  label: string;
  /** A small count or marker shown after the label, e.g. "2 open". */
  badge?: string | null;
}

interface TabsProps {
  label: string;
  tabs: TabItem[];
  current: string;
  onChange(id: string): void;
  children: ReactNode;
  /** Extra class on the wrapper (e.g. the client chart's tabs). */
  className?: string;
}

/**
 * WAI-ARIA tabs: one tab stop, arrow keys (and Home/End) move between tabs and select them;
 * the panel below is labelled by the selected tab. Only the selected panel is rendered.
 */
export function Tabs({ label, tabs, current, onChange, children, className }: TabsProps) {
  const base = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(
    0,
    tabs.findIndex((t) => t.id === current),
  );

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const last = tabs.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    e.preventDefault();
    onChange(tabs[next]!.id);
    refs.current[next]?.focus();
  };

  return (
    <div className={`ws-tabs${className ? ` ${className}` : ''}`}>
      <div role="tablist" aria-label={label} className="ws-tabs__list" onKeyDown={onKey}>
        {tabs.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${t.id}`}
            aria-selected={i === index}
            aria-controls={`${base}-panel`}
            tabIndex={i === index ? 0 : -1}
            className="ws-tabs__tab"
            onClick={() => onChange(t.id)}
          >
            {t.label}
            {t.badge ? <span className="ws-tabs__badge">{t.badge}</span> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${tabs[index]?.id ?? ''}`} className="ws-tabs__panel" tabIndex={0}>
        {children}
      </div>
    </div>
  );
}
