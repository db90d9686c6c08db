/**
 * The gallery room's pure parts: the breathing light follows the pacer's phases (rises while
 * breathing in, holds, falls while breathing out), and works hang inside the room, on the walls,
 * facing into it, apart from each other, the first ones on the wall the viewer faces.
 */
import { describe, expect, it } from 'vitest';
import { breathLevel, hangingPlaces } from '../../src/web/gallery3d/gallery-scene.ts';

const SIX = [
  { kind: 'in', seconds: 5 },
  { kind: 'out', seconds: 5 },
] as const;
const FOUR_SEVEN_EIGHT = [
  { kind: 'in', seconds: 4 },
  { kind: 'hold', seconds: 7 },
  { kind: 'out', seconds: 8 },
] as const;

describe('breathing light', () => {
  it('rises while breathing in and falls while breathing out, once per cycle', () => {
    expect(breathLevel(0, SIX)).toBeCloseTo(0, 5);
    expect(breathLevel(2.5, SIX)).toBeCloseTo(0.5, 5);
    expect(breathLevel(4.999, SIX)).toBeGreaterThan(0.99);
    expect(breathLevel(7.5, SIX)).toBeCloseTo(0.5, 5);
    expect(breathLevel(10, SIX)).toBeCloseTo(breathLevel(0, SIX), 5);
    for (let t = 0; t < 4.9; t += 0.1) expect(breathLevel(t + 0.1, SIX)).toBeGreaterThan(breathLevel(t, SIX));
    for (let t = 5; t < 9.9; t += 0.1) expect(breathLevel(t + 0.1, SIX)).toBeLessThan(breathLevel(t, SIX));
  });

  it('holds full during a hold phase and stays within 0–1', () => {
    for (const t of [4.5, 6, 10.9]) expect(breathLevel(t, FOUR_SEVEN_EIGHT)).toBeCloseTo(1, 5);
    for (let t = -3; t < 40; t += 0.37) {
      const v = breathLevel(t, FOUR_SEVEN_EIGHT);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });
});

describe('hanging places', () => {
  it('puts every work on a wall, facing into the room, apart from the others', () => {
    for (const n of [1, 2, 3, 4, 7, 12]) {
      const places = hangingPlaces(n);
      expect(places).toHaveLength(n);
      for (const p of places) {
        expect(Math.max(Math.abs(p.x), Math.abs(p.z))).toBeGreaterThan(5.9); // on a wall (the room is 12 m square)
        expect(Math.max(Math.abs(p.x), Math.abs(p.z))).toBeLessThanOrEqual(6);
        // The picture's normal (sin yaw, cos yaw) points towards the middle of the room.
        expect(Math.sin(p.yaw) * -p.x + Math.cos(p.yaw) * -p.z).toBeGreaterThan(0);
      }
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) expect(Math.hypot(places[i]!.x - places[j]!.x, places[i]!.z - places[j]!.z)).toBeGreaterThan(2);
    }
  });

  it('hangs up to three works on the wall in front of the viewer first', () => {
    for (const p of hangingPlaces(3)) expect(p.z).toBeLessThan(-5.9);
    expect(hangingPlaces(4)[3]!.z).toBeGreaterThan(-5.9);
  });
});
