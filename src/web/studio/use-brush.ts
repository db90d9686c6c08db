/**
 * The brush the client draws with: tool, colour, size and opacity, plus a short palette of the
 * colours they used most recently.
 */
import { useCallback, useState } from 'react';
import type { StrokeTool } from '../../engines/analysis/index.ts';

export interface Brush {
  readonly tool: StrokeTool;
  /** `#rrggbb`, lower case. */
  readonly color: string;
  /** Diameter in canvas px at full pressure, 1..80. */
  readonly size: number;
  /** 0.05..1. */
  readonly opacity: number;
}

export interface BrushControls extends Brush {
  readonly recent: readonly string[];
  setTool(t: StrokeTool): void;
  setColor(hex: string): void;
  setSize(px: number): void;
  setOpacity(o: number): void;
  /** Puts a colour at the front of the recent palette (after a stroke is drawn with it). */
  remember(hex: string): void;
}

/** Colours offered before any have been used. */
export const STARTER_COLOURS = ['#2b2420', '#3f6cb5', '#4f8a5b', '#e0a83a', '#c4553a', '#8a5aa8'] as const;
const RECENT_MAX = 8;

/** Default size per tool: a fine pen, a broad marker, a wide soft brush, a roomy eraser. */
const TOOL_SIZE: Record<StrokeTool, number> = { pen: 6, marker: 16, soft: 36, eraser: 24 };

export function useBrush(): BrushControls {
  const [brush, setBrush] = useState<Brush>({ tool: 'pen', color: '#2b2420', size: TOOL_SIZE.pen, opacity: 1 });
  const [recent, setRecent] = useState<readonly string[]>(STARTER_COLOURS);

  const setTool = useCallback((tool: StrokeTool) => setBrush((b) => (b.tool === tool ? b : { ...b, tool, size: TOOL_SIZE[tool] })), []);
  const setColor = useCallback((hex: string) => setBrush((b) => ({ ...b, color: hex.toLowerCase(), tool: b.tool === 'eraser' ? 'pen' : b.tool })), []);
  const setSize = useCallback((size: number) => setBrush((b) => ({ ...b, size: Math.min(80, Math.max(1, size)) })), []);
  const setOpacity = useCallback((opacity: number) => setBrush((b) => ({ ...b, opacity: Math.min(1, Math.max(0.05, opacity)) })), []);
  const remember = useCallback((hex: string) => {
    const c = hex.toLowerCase();
    setRecent((r) => (r[0] === c ? r : [c, ...r.filter((x) => x !== c)].slice(0, RECENT_MAX)));
  }, []);

  return { ...brush, recent, setTool, setColor, setSize, setOpacity, remember };
}
