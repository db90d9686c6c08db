/**
 * The view controls above the canvas: zoom out / level / zoom in / fit, the hand tool (move the
 * page), the eyedropper (pick a colour from what is visible) and full screen. Toggles are buttons
 * with aria-pressed, so keyboard and screen readers know their state.
 */
import type { ReactNode, RefObject } from 'react';
import { useT } from '../i18n.tsx';
import { MAX_ZOOM, MIN_ZOOM } from './use-canvas-view.ts';
import type { CanvasView, PointerMode } from './use-canvas-view.ts';

interface CanvasToolbarProps {
  view: CanvasView;
  /** The frame the zoom buttons zoom around (its centre). */
  frame: RefObject<HTMLElement | null>;
  fullScreenRef?: RefObject<HTMLButtonElement | null>;
  /** More controls at the end of the row (the tool tray's toggle in full screen). */
  children?: ReactNode;
}

export function CanvasToolbar({ view, frame, fullScreenRef, children }: CanvasToolbarProps) {
  const { t } = useT();
  const box = () => {
    const r = frame.current?.querySelector('.studio-canvas-frame')?.getBoundingClientRect();
    return { width: r?.width ?? 0, height: r?.height ?? 0 };
  };
  const toggle = (m: PointerMode) => view.setMode(view.mode === m ? 'draw' : m);
  const pct = Math.round(view.zoom * 100);
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t('studio:viewTools')}>
      <div className="canvas-toolbar__group" role="group" aria-label={t('studio:zoom')}>
        <button type="button" className="icon-button" onClick={() => view.step(-1, box())} disabled={view.zoom <= MIN_ZOOM} aria-label={t('studio:zoomOut')}>
          <span aria-hidden="true">−</span>
        </button>
        <output className="canvas-toolbar__zoom" aria-live="polite" aria-label={t('studio:zoomLevel')}>
          {pct}%
        </output>
        <button type="button" className="icon-button" onClick={() => view.step(1, box())} disabled={view.zoom >= MAX_ZOOM} aria-label={t('studio:zoomIn')}>
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={view.reset}
          disabled={pct === 100 && view.pan.x === 0 && view.pan.y === 0}
        >
          {t('studio:zoomFit')}
        </button>
      </div>
      <div className="canvas-toolbar__group" role="group" aria-label={t('studio:pointerTools')}>
        <button
          type="button"
          className="button button--quiet button--small"
          aria-pressed={view.mode === 'hand'}
          onClick={() => toggle('hand')}
          title={t('studio:handHint')}
        >
          <span className="canvas-toolbar__icon canvas-toolbar__icon--hand" aria-hidden="true" />
          {t('studio:hand')}
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          aria-pressed={view.mode === 'eyedropper'}
          onClick={() => toggle('eyedropper')}
          title={t('studio:eyedropperHint')}
        >
          <span className="canvas-toolbar__icon canvas-toolbar__icon--dropper" aria-hidden="true" />
          {t('studio:eyedropper')}
        </button>
      </div>
      <button
        ref={fullScreenRef}
        type="button"
        className="button button--secondary button--small canvas-toolbar__full"
        aria-pressed={view.fullScreen}
        aria-keyshortcuts={view.fullScreen ? 'Escape' : undefined}
        onClick={() => view.setFullScreen(!view.fullScreen)}
      >
        {view.fullScreen ? t('studio:fullScreenExit') : t('studio:fullScreen')}
      </button>
      {children}
    </div>
  );
}
