/**
 * The drawing tools: pen, marker, soft brush and eraser; colour from a colour wheel (hue ring,
 * saturation/lightness square, hex field) beside the recent colours; size and opacity; undo,
 * redo, clear; and the paper colour. Every control is a native input, a button or a labelled
 * slider, so keyboard and screen readers work.
 */
import type { StrokeTool } from '../../engines/analysis/index.ts';
import { useT } from '../i18n.tsx';
import { ColourWheel } from './ColourWheel.tsx';
import type { BrushControls } from './use-brush.ts';
import type { Drawing } from './use-drawing.ts';

const TOOLS: readonly StrokeTool[] = ['pen', 'marker', 'soft', 'eraser'];

interface BrushPanelProps {
  brush: BrushControls;
  drawing: Drawing;
  onCleared: () => void;
}

export function BrushPanel({ brush, drawing, onCleared }: BrushPanelProps) {
  const { t } = useT();
  const clear = () => {
    drawing.clear();
    onCleared();
  };
  const label: Record<StrokeTool, [string, string]> = {
    pen: [t('studio:toolPen'), t('studio:toolPenHint')],
    marker: [t('studio:toolMarker'), t('studio:toolMarkerHint')],
    soft: [t('studio:toolSoft'), t('studio:toolSoftHint')],
    eraser: [t('studio:toolEraser'), t('studio:toolEraserHint')],
  };
  return (
    <div className="brush-panel">
      <fieldset className="brush-panel__tools">
        <legend className="brush-panel__legend">{t('studio:tool')}</legend>
        {TOOLS.map((id) => (
          <label key={id} className="tool-choice" title={label[id][1]}>
            <input type="radio" name="studio-tool" value={id} checked={brush.tool === id} onChange={() => brush.setTool(id)} />
            <span className={`tool-choice__icon tool-choice__icon--${id}`} aria-hidden="true" />
            <span>{label[id][0]}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className="brush-panel__colours">
        <legend className="brush-panel__legend">{t('studio:colour')}</legend>
        <ColourWheel value={brush.color} onChange={brush.setColor} />
        <ul className="swatches" aria-label={t('studio:recentColours')}>
          {brush.recent.map((c) => (
            <li key={c}>
              <button
                type="button"
                className="swatch"
                aria-label={t('studio:useColour', { colour: c })}
                aria-pressed={brush.color === c}
                onClick={() => brush.setColor(c)}
                style={{ background: c }}
              />
            </li>
          ))}
        </ul>
      </fieldset>

      <div className="brush-panel__sliders">
        <label className="slider">
          <span>
            {t('studio:size')}{' '}
            <span className="range-value" aria-hidden="true">
              {brush.size}
            </span>
          </span>
          <input type="range" min={1} max={80} value={brush.size} onChange={(e) => brush.setSize(Number(e.target.value))} />
        </label>
        <label className="slider">
          <span>
            {t('studio:opacity')}{' '}
            <span className="range-value" aria-hidden="true">
              {Math.round(brush.opacity * 100)}%
            </span>
          </span>
          <input
            type="range"
            min={5}
            max={100}
            step={5}
            aria-valuetext={`${Math.round(brush.opacity * 100)}%`}
            value={Math.round(brush.opacity * 100)}
            onChange={(e) => brush.setOpacity(Number(e.target.value) / 100)}
          />
        </label>
        <label className="slider slider--paper">
          <span>{t('studio:paper')}</span>
          <input type="color" value={drawing.doc.background} onChange={(e) => drawing.setBackground(e.target.value.toLowerCase())} />
        </label>
      </div>

      <div className="brush-panel__actions" role="group" aria-label={t('studio:history')}>
        <button type="button" className="button button--quiet button--small" onClick={drawing.undo} disabled={!drawing.canUndo} aria-keyshortcuts="Control+Z">
          {t('studio:undo')}
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={drawing.redo}
          disabled={!drawing.canRedo}
          aria-keyshortcuts="Control+Shift+Z"
        >
          {t('studio:redo')}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={clear} disabled={drawing.doc.strokes.length === 0}>
          {t('studio:clear')}
        </button>
      </div>
    </div>
  );
}
