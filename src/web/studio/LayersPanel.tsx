/**
 * The two layers on the paper: the client's drawing (on top; what is drawn on and sent as the
 * sketch) and the AI's picture (below; shown to draw over a variation without changing it). Each
 * can be hidden and made more or less see-through.
 */
import { useT } from '../i18n.tsx';
import type { CanvasView, LayerState } from './use-canvas-view.ts';

interface LayersPanelProps {
  view: CanvasView;
  /** Whether a picture is on its layer now. */
  hasPicture: boolean;
}

function LayerRow({
  id,
  name,
  layer,
  onChange,
  disabled,
}: {
  id: string;
  name: string;
  layer: LayerState;
  onChange: (p: Partial<LayerState>) => void;
  disabled?: boolean;
}) {
  const { t } = useT();
  const pct = Math.round(layer.opacity * 100);
  return (
    <li className="layer-row">
      <label className="layer-row__show">
        <input type="checkbox" checked={layer.visible} disabled={disabled} onChange={(e) => onChange({ visible: e.target.checked })} />
        <span>{t('studio:layerShow', { name })}</span>
      </label>
      <label className="slider layer-row__opacity" htmlFor={`${id}-opacity`}>
        <span>
          {t('studio:layerOpacity', { name })}{' '}
          <span className="range-value" aria-hidden="true">
            {pct}%
          </span>
        </span>
      </label>
      <input
        id={`${id}-opacity`}
        type="range"
        min={0}
        max={100}
        step={5}
        value={pct}
        disabled={disabled || !layer.visible}
        aria-valuetext={`${pct}%`}
        onChange={(e) => onChange({ opacity: Number(e.target.value) / 100 })}
      />
    </li>
  );
}

export function LayersPanel({ view, hasPicture }: LayersPanelProps) {
  const { t } = useT();
  return (
    <fieldset className="layers-panel">
      <legend className="brush-panel__legend">{t('studio:layers')}</legend>
      <ul className="layers-panel__list">
        <LayerRow id="layer-drawing" name={t('studio:layerDrawing')} layer={view.drawingLayer} onChange={view.setDrawingLayer} />
        <LayerRow id="layer-picture" name={t('studio:layerPicture')} layer={view.pictureLayer} onChange={view.setPictureLayer} disabled={!hasPicture} />
      </ul>
      {!hasPicture ? <p className="studio-field__hint">{t('studio:layerPictureEmpty')}</p> : null}
      {!view.drawingLayer.visible ? <p className="studio-field__hint">{t('studio:layerDrawingHidden')}</p> : null}
    </fieldset>
  );
}
