/**
 * True peak per ITU-R BS.1770-4 Annex 2: the maximum of the signal 4× oversampled with a
 * 48-tap polyphase interpolator (12 taps per phase, windowed sinc). Oversampling is only done
 * between samples within 3.5 dB of the sample peak: a larger inter-sample overshoot needs energy
 * at Nyquist, which band-limited audio does not have; this keeps analysis fast.
 */

const PHASES = 4;
const TAPS = 12;

function designPhases(): Float64Array[] {
  const len = PHASES * TAPS;
  const centre = (len - 1) / 2;
  const h = new Float64Array(len);
  for (let n = 0; n < len; n++) {
    const x = (n - centre) / PHASES;
    const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    const w = 0.42 - 0.5 * Math.cos((2 * Math.PI * (n + 0.5)) / len) + 0.08 * Math.cos((4 * Math.PI * (n + 0.5)) / len);
    h[n] = sinc * w;
  }
  const out: Float64Array[] = [];
  for (let p = 0; p < PHASES; p++) {
    const ph = new Float64Array(TAPS);
    let sum = 0;
    for (let k = 0; k < TAPS; k++) {
      ph[k] = h[k * PHASES + p]!;
      sum += ph[k]!;
    }
    for (let k = 0; k < TAPS; k++) ph[k] = ph[k]! / sum;
    out.push(ph);
  }
  return out;
}

const FILTERS = designPhases();

/** Linear true peak (≥ sample peak) over planar channels. */
export function truePeak(channels: readonly Float32Array[]): number {
  let samplePeak = 0;
  for (const ch of channels) for (let i = 0; i < ch.length; i++) samplePeak = Math.max(samplePeak, Math.abs(ch[i]!));
  if (samplePeak === 0) return 0;
  // An inter-sample peak more than 3.5 dB above both neighbours needs energy right at Nyquist.
  const threshold = samplePeak * 0.668;
  let peak = samplePeak;
  const half = TAPS / 2;
  for (const ch of channels) {
    const n = ch.length;
    for (let m = 0; m < n; m++) {
      const a = ch[m]!;
      const b = m + 1 < n ? ch[m + 1]! : 0;
      if (a < threshold && a > -threshold && b < threshold && b > -threshold) continue;
      const interior = m + half < n && m + half - TAPS + 1 >= 0;
      for (let p = 0; p < PHASES; p++) {
        const f = FILTERS[p]!;
        let acc = 0;
        if (interior) {
          for (let k = 0; k < TAPS; k++) acc += f[k]! * ch[m + half - k]!;
        } else {
          for (let k = 0; k < TAPS; k++) {
            const idx = m + half - k;
            if (idx >= 0 && idx < n) acc += f[k]! * ch[idx]!;
          }
        }
        const v = acc < 0 ? -acc : acc;
        if (v > peak) peak = v;
      }
    }
  }
  return peak;
}

/** True peak in dBTP (−Infinity for silence). */
export function truePeakDb(channels: readonly Float32Array[]): number {
  const p = truePeak(channels);
  return p > 0 ? 20 * Math.log10(p) : -Infinity;
}
