/**
 * Co-create: what the client would like to see (and leave out), the style, how closely the
 * picture follows their lines, how many variations — with the live preview beside the words.
 */
import type { FormEvent } from 'react';
import { useT } from '../i18n.tsx';
import type { StudioStyle } from './studio-api.ts';
import type { LivePreview } from './use-live-preview.ts';

export interface CreateSettings {
  prompt: string;
  negativePrompt: string;
  /** '' lets the words choose. */
  style: string;
  /** 0..1. */
  sketchStrength: number;
  /** 1..4. */
  count: number;
}

interface PromptPanelProps {
  settings: CreateSettings;
  onChange: (patch: Partial<CreateSettings>) => void;
  styles: readonly StudioStyle[];
  /** False for "words only": there are no lines to follow. */
  hasSketch: boolean;
  preview: LivePreview;
  previewSize: { width: number; height: number };
  busy: boolean;
  /** True while pictures are being made (the button says so). */
  making?: boolean;
  onGenerate: () => void;
}

export function PromptPanel({ settings, onChange, styles, hasSketch, preview, previewSize, busy, making = false, onGenerate }: PromptPanelProps) {
  const { t } = useT();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onGenerate();
  };
  const chosen = styles.find((s) => s.id === settings.style);
  return (
    <form className="prompt-panel stack" onSubmit={submit} aria-labelledby="create-heading">
      <h2 id="create-heading">{t('studio:createHeading')}</h2>
      <figure className="live-preview">
        <canvas
          ref={preview.canvasRef}
          className="live-preview__canvas"
          width={previewSize.width}
          height={previewSize.height}
          role="img"
          aria-label={t('studio:previewLabel')}
        />
        <figcaption className="live-preview__caption" aria-live="polite">
          {preview.error === 'failed'
            ? t('studio:previewFailed')
            : preview.error === 'unavailable'
              ? t('studio:previewUnavailable')
              : preview.renders === 0
                ? t('studio:previewEmpty')
                : preview.busy
                  ? t('studio:previewUpdating')
                  : t('studio:previewReady')}
        </figcaption>
      </figure>
      <label className="studio-field">
        <span className="studio-field__label">{t('studio:promptLabel')}</span>
        <textarea
          rows={3}
          value={settings.prompt}
          maxLength={1000}
          placeholder={t('studio:promptExample')}
          onChange={(e) => onChange({ prompt: e.target.value })}
        />
      </label>
      <label className="studio-field">
        <span className="studio-field__label">{t('studio:leaveOut')}</span>
        <input
          type="text"
          value={settings.negativePrompt}
          maxLength={1000}
          placeholder={t('studio:leaveOutExample')}
          onChange={(e) => onChange({ negativePrompt: e.target.value })}
        />
      </label>
      <label className="studio-field">
        <span className="studio-field__label">{t('studio:style')}</span>
        <select value={settings.style} onChange={(e) => onChange({ style: e.target.value })}>
          <option value="">{t('studio:styleFromWords')}</option>
          {styles.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        <span className="studio-field__hint">{chosen ? chosen.description : t('studio:styleHint')}</span>
      </label>
      {hasSketch ? (
        <label className="studio-field">
          <span className="studio-field__label">
            {t('studio:followLines')}{' '}
            <span className="range-value" aria-hidden="true">
              {Math.round(settings.sketchStrength * 100)}%
            </span>
          </span>
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            aria-valuetext={`${Math.round(settings.sketchStrength * 100)}%`}
            value={Math.round(settings.sketchStrength * 100)}
            onChange={(e) => onChange({ sketchStrength: Number(e.target.value) / 100 })}
          />
          <span className="studio-field__hint">{t('studio:followLinesHint')}</span>
        </label>
      ) : null}
      <fieldset className="studio-field segmented">
        <legend className="studio-field__label">{t('studio:variations')}</legend>
        {[1, 2, 3, 4].map((n) => (
          <label key={n} className="segmented__option">
            <input type="radio" name="studio-count" value={n} checked={settings.count === n} onChange={() => onChange({ count: n })} />
            <span>{n}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button--primary button--wide" disabled={busy}>
        {making ? t('studio:makingButton') : t('studio:createButton', { count: settings.count })}
      </button>
    </form>
  );
}
