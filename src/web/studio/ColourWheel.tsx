/**
 * A colour wheel: a hue ring around a saturation/lightness square (HSL), with a hex field. Both
 * parts are sliders for the keyboard (ring: ←/→ or ↑/↓ turn the hue, Shift for big steps; square:
 * ←/→ saturation, ↑/↓ lightness) and follow the pointer (mouse, finger, pen).
 */
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent as ReactPointerEvent } from 'react';
import { useT } from '../i18n.tsx';
import { hexFromHsl, hslFromHex } from './colour-math.ts';
import type { Hsl } from './colour-math.ts';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const HEX = /^#?([0-9a-f]{6})$/i;

export function ColourWheel({ value, onChange }: { value: string; onChange: (hex: string) => void }) {
  const { t } = useT();
  const [hsl, setHsl] = useState<Hsl>(() => hslFromHex(value));
  const [text, setText] = useState(value);
  const ring = useRef<HTMLDivElement>(null);
  const square = useRef<HTMLDivElement>(null);

  // Follow a colour chosen elsewhere (a swatch, the eyedropper), keeping the hue of greys.
  useEffect(() => {
    setText(value);
    setHsl((old) => (hexFromHsl(old) === value ? old : { ...hslFromHex(value), ...(hslFromHex(value).s === 0 ? { h: old.h } : {}) }));
  }, [value]);

  const set = (next: Hsl) => {
    const c = { h: ((Math.round(next.h) % 360) + 360) % 360, s: clamp(Math.round(next.s), 0, 100), l: clamp(Math.round(next.l), 0, 100) };
    setHsl(c);
    const hex = hexFromHsl(c);
    setText(hex);
    onChange(hex);
  };

  const hueAt = (e: { clientX: number; clientY: number }) => {
    const r = ring.current!.getBoundingClientRect();
    const a = Math.atan2(e.clientY - (r.top + r.height / 2), e.clientX - (r.left + r.width / 2));
    set({ ...hsl, h: ((a * 180) / Math.PI + 90 + 360) % 360 });
  };
  const slAt = (e: { clientX: number; clientY: number }) => {
    const r = square.current!.getBoundingClientRect();
    set({ ...hsl, s: ((e.clientX - r.left) / r.width) * 100, l: 100 - ((e.clientY - r.top) / r.height) * 100 });
  };
  const drag = (fn: (e: { clientX: number; clientY: number }) => void) => ({
    onPointerDown: (e: ReactPointerEvent<HTMLDivElement>) => {
      e.preventDefault();
      e.stopPropagation();
      e.currentTarget.setPointerCapture(e.pointerId);
      e.currentTarget.focus();
      fn(e);
    },
    onPointerMove: (e: ReactPointerEvent<HTMLDivElement>) => {
      if (e.currentTarget.hasPointerCapture(e.pointerId)) fn(e);
    },
  });

  const hueKey = (e: KeyboardEvent) => {
    const by = e.shiftKey ? 15 : 1;
    const d = { ArrowRight: by, ArrowUp: by, ArrowLeft: -by, ArrowDown: -by, PageUp: 30, PageDown: -30 }[e.key];
    if (d === undefined && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    set({ ...hsl, h: e.key === 'Home' ? 0 : e.key === 'End' ? 359 : hsl.h + d! });
  };
  const slKey = (e: KeyboardEvent) => {
    const by = e.shiftKey ? 10 : 1;
    const moves: Record<string, Partial<Hsl>> = {
      ArrowRight: { s: hsl.s + by },
      ArrowLeft: { s: hsl.s - by },
      ArrowUp: { l: hsl.l + by },
      ArrowDown: { l: hsl.l - by },
    };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    set({ ...hsl, ...m });
  };

  const angle = ((hsl.h - 90) * Math.PI) / 180;
  const valid = HEX.test(text.trim());
  return (
    <div className="colour-wheel">
      <div className="colour-wheel__dial">
        <div
          ref={ring}
          className="colour-wheel__ring"
          role="slider"
          tabIndex={0}
          aria-label={t('studio:hue')}
          aria-valuemin={0}
          aria-valuemax={359}
          aria-valuenow={hsl.h}
          aria-valuetext={t('studio:hueValue', { hue: hsl.h })}
          onKeyDown={hueKey}
          {...drag(hueAt)}
        >
          <span
            className="colour-wheel__ring-thumb"
            style={{ left: `${50 + 44 * Math.cos(angle)}%`, top: `${50 + 44 * Math.sin(angle)}%` }}
            aria-hidden="true"
          />
        </div>
        <div
          ref={square}
          className="colour-wheel__square"
          role="slider"
          tabIndex={0}
          aria-label={t('studio:satLight')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={hsl.s}
          aria-valuetext={t('studio:satLightValue', { s: hsl.s, l: hsl.l })}
          style={{ ['--hue' as string]: String(hsl.h) }}
          onKeyDown={slKey}
          {...drag(slAt)}
        >
          <span className="colour-wheel__square-thumb" style={{ left: `${hsl.s}%`, top: `${100 - hsl.l}%` }} aria-hidden="true" />
        </div>
      </div>
      <label className="studio-field colour-wheel__hex">
        <span className="studio-field__label">{t('studio:hex')}</span>
        <span className="colour-wheel__hex-row">
          <span className="colour-wheel__now" style={{ background: value }} aria-hidden="true" />
          <input
            type="text"
            value={text}
            maxLength={7}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={!valid}
            onChange={(e) => {
              setText(e.target.value);
              const m = HEX.exec(e.target.value.trim());
              if (m) {
                const hex = `#${m[1]!.toLowerCase()}`;
                setHsl(hslFromHex(hex));
                onChange(hex);
              }
            }}
          />
        </span>
        {!valid ? <span className="studio-field__hint">{t('studio:hexHint')}</span> : null}
      </label>
    </div>
  );
}
