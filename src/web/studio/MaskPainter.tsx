/**
 * Paint over the part of a picture that should change. The marks are kept on a canvas the size
 * of the picture; `maskPng` turns them into the mask the server expects (white = repaint,
 * black = keep). Quick-area buttons give keyboard users the same power as the brush.
 */
import { useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent, RefObject } from 'react';
import { useT } from '../i18n.tsx';
import { layer } from './stroke-paint.ts';

/** Colour the marks are shown in over the picture. */
const MARK = 'rgba(255, 214, 120, 1)';

interface MaskPainterProps {
  imageUrl: string;
  alt: string;
  width: number;
  height: number;
  canvasRef: RefObject<HTMLCanvasElement | null>;
  onChange: (painted: boolean) => void;
}

const AREAS: readonly {
  id: 'areaTop' | 'areaBottom' | 'areaLeft' | 'areaRight' | 'areaCentre';
  rect: (w: number, h: number) => [number, number, number, number];
}[] = [
  { id: 'areaTop', rect: (w, h) => [0, 0, w, h / 2] },
  { id: 'areaBottom', rect: (w, h) => [0, h / 2, w, h / 2] },
  { id: 'areaLeft', rect: (w, h) => [0, 0, w / 2, h] },
  { id: 'areaRight', rect: (w, h) => [w / 2, 0, w / 2, h] },
  { id: 'areaCentre', rect: (w, h) => [w / 4, h / 4, w / 2, h / 2] },
];

export function MaskPainter({ imageUrl, alt, width, height, canvasRef, onChange }: MaskPainterProps) {
  const { t } = useT();
  const areaLabel = {
    areaTop: t('studio:areaTop'),
    areaBottom: t('studio:areaBottom'),
    areaLeft: t('studio:areaLeft'),
    areaRight: t('studio:areaRight'),
    areaCentre: t('studio:areaCentre'),
  };
  const [size, setSize] = useState(Math.round(Math.min(width, height) / 10));
  const [erase, setErase] = useState(false);
  const last = useRef<{ id: number; x: number; y: number } | null>(null);

  const ctx = () => {
    const c = canvasRef.current!.getContext('2d')!;
    c.globalCompositeOperation = erase ? 'destination-out' : 'source-over';
    c.strokeStyle = MARK;
    c.fillStyle = MARK;
    c.lineCap = 'round';
    c.lineJoin = 'round';
    c.lineWidth = size;
    return c;
  };
  const at = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - r.left) * width) / r.width, y: ((e.clientY - r.top) * height) / r.height };
  };
  const down = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (last.current || (e.pointerType === 'mouse' && e.button !== 0)) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = at(e);
    const c = ctx();
    c.beginPath();
    c.arc(p.x, p.y, size / 2, 0, Math.PI * 2);
    c.fill();
    last.current = { id: e.pointerId, ...p };
  };
  const move = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const l = last.current;
    if (!l || l.id !== e.pointerId) return;
    const p = at(e);
    const c = ctx();
    c.beginPath();
    c.moveTo(l.x, l.y);
    c.lineTo(p.x, p.y);
    c.stroke();
    last.current = { id: l.id, ...p };
  };
  const up = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (last.current?.id !== e.pointerId) return;
    last.current = null;
    onChange(hasMarks(canvasRef.current!));
  };
  const fillArea = (r: [number, number, number, number]) => {
    ctx().fillRect(...r);
    onChange(hasMarks(canvasRef.current!));
  };
  const clear = () => {
    canvasRef.current!.getContext('2d')!.clearRect(0, 0, width, height);
    onChange(false);
  };

  return (
    <div className="mask-painter">
      <div className="mask-painter__stage" style={{ aspectRatio: `${width} / ${height}` }}>
        <img src={imageUrl} alt={alt} width={width} height={height} />
        <canvas
          ref={canvasRef}
          className="mask-painter__marks"
          width={width}
          height={height}
          role="img"
          aria-label={t('studio:maskCanvas')}
          onPointerDown={down}
          onPointerMove={move}
          onPointerUp={up}
          onPointerCancel={up}
        />
      </div>
      <div className="mask-painter__tools">
        <fieldset className="segmented segmented--small">
          <legend className="visually-hidden">{t('studio:maskBrush')}</legend>
          <label className="segmented__option">
            <input type="radio" name="mask-mode" checked={!erase} onChange={() => setErase(false)} />
            <span>{t('studio:maskPaint')}</span>
          </label>
          <label className="segmented__option">
            <input type="radio" name="mask-mode" checked={erase} onChange={() => setErase(true)} />
            <span>{t('studio:maskRubOut')}</span>
          </label>
        </fieldset>
        <label className="slider">
          <span>
            {t('studio:maskBrushSize')}{' '}
            <span className="range-value" aria-hidden="true">
              {size}
            </span>
          </span>
          <input type="range" min={8} max={Math.round(Math.min(width, height) / 3)} value={size} onChange={(e) => setSize(Number(e.target.value))} />
        </label>
        <button type="button" className="button button--quiet button--small" onClick={clear}>
          {t('studio:maskClear')}
        </button>
      </div>
      <div className="mask-painter__areas" role="group" aria-label={t('studio:maskAreas')}>
        {AREAS.map((a) => (
          <button key={a.id} type="button" className="button button--quiet button--small" onClick={() => fillArea(a.rect(width, height))}>
            {areaLabel[a.id]}
          </button>
        ))}
      </div>
    </div>
  );
}

function hasMarks(c: HTMLCanvasElement): boolean {
  const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
  for (let i = 3; i < d.length; i += 4 * 7) if (d[i]! > 0) return true;
  return false;
}

/** The marks as a mask PNG data URL: white where painted (soft at the edges), black elsewhere. */
export function maskPng(marks: HTMLCanvasElement): string {
  const white = layer(marks.width, marks.height);
  const w = white.getContext('2d')!;
  w.drawImage(marks, 0, 0);
  w.globalCompositeOperation = 'source-in';
  w.fillStyle = '#ffffff';
  w.fillRect(0, 0, white.width, white.height);
  const out = layer(marks.width, marks.height);
  const o = out.getContext('2d')!;
  o.fillStyle = '#000000';
  o.fillRect(0, 0, out.width, out.height);
  o.drawImage(white, 0, 0);
  return out.toDataURL('image/png');
}
