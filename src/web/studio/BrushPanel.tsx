/**
 * The drawing tools: pen, marker, soft brush and eraser; colour with a palette of recent
 * colours; size and opacity; undo, redo, clear; and the paper colour. Every control is a native
 * input or button, so keyboard and screen readers work without extra wiring.
 */
import type { StrokeTool } from '../../engines/analysis/index.ts';
import type { BrushControls } from './use-brush.ts';
import type { Drawing } from './use-drawing.ts';

const TOOLS: readonly { id: StrokeTool; label: string; hint: string }[] = [
  { id: 'pen', label: 'Pen', hint: 'Thin to thick with pressure' },
  { id: 'marker', label: 'Marker', hint: 'Even, bold lines' },
  { id: 'soft', label: 'Soft brush', hint: 'Airy, soft edges' },
  { id: 'eraser', label: 'Eraser', hint: 'Takes ink away' },
];

interface BrushPanelProps {
  brush: BrushControls;
  drawing: Drawing;
  onCleared: () => void;
}

export function BrushPanel({ brush, drawing, onCleared }: BrushPanelProps) {
  const clear = () => {
    drawing.clear();
    onCleared();
  };
  return (
    <div className="brush-panel">
      <fieldset className="brush-panel__tools">
        <legend className="brush-panel__legend">Tool</legend>
        {TOOLS.map((t) => (
          <label key={t.id} className="tool-choice" title={t.hint}>
            <input type="radio" name="studio-tool" value={t.id} checked={brush.tool === t.id} onChange={() => brush.setTool(t.id)} />
            <span className={`tool-choice__icon tool-choice__icon--${t.id}`} aria-hidden="true" />
            <span>{t.label}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className="brush-panel__colours">
        <legend className="brush-panel__legend">Colour</legend>
        <label className="colour-well">
          <input type="color" value={brush.color} onChange={(e) => brush.setColor(e.target.value)} />
          <span className="visually-hidden">Pick any colour</span>
        </label>
        <ul className="swatches" aria-label="Recent colours">
          {brush.recent.map((c) => (
            <li key={c}>
              <button
                type="button"
                className="swatch"
                aria-label={`Use colour ${c}`}
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
            Size{' '}
            <span className="range-value" aria-hidden="true">
              {brush.size}
            </span>
          </span>
          <input type="range" min={1} max={80} value={brush.size} onChange={(e) => brush.setSize(Number(e.target.value))} />
        </label>
        <label className="slider">
          <span>
            Opacity{' '}
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
          <span>Paper</span>
          <input type="color" value={drawing.doc.background} onChange={(e) => drawing.setBackground(e.target.value.toLowerCase())} />
        </label>
      </div>

      <div className="brush-panel__actions" role="group" aria-label="Drawing history">
        <button type="button" className="button button--quiet button--small" onClick={drawing.undo} disabled={!drawing.canUndo} aria-keyshortcuts="Control+Z">
          Undo
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={drawing.redo}
          disabled={!drawing.canRedo}
          aria-keyshortcuts="Control+Shift+Z"
        >
          Redo
        </button>
        <button type="button" className="button button--quiet button--small" onClick={clear} disabled={drawing.doc.strokes.length === 0}>
          Clear
        </button>
      </div>
    </div>
  );
}
