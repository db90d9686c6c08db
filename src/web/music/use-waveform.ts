/**
 * Peaks of a streamed WAV, computed progressively as the bytes arrive: the waveform fills in
 * from left to right while the server is still rendering, and memory stays constant however
 * long the piece is (one peak pair per bucket, never the samples themselves).
 */
import { useEffect, useState } from 'react';

export interface WaveformPeaks {
  /** Per bucket: the largest |sample| seen, 0..1. */
  peaks: Float32Array;
  /** How many buckets are complete (the rest are still arriving). */
  filled: number;
  /** True once the whole file has been read. */
  done: boolean;
  failed: boolean;
  /** The HTTP status and content type of the audio response (for diagnostics and tests). */
  status: number;
  contentType: string;
}

interface Format {
  channels: number;
  bits: number;
  dataStart: number;
}

/** Finds the fmt and data chunks in the first bytes of a RIFF/WAVE file; null until enough arrived. */
function readHeader(head: Uint8Array): Format | null {
  if (head.length < 12) return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let at = 12;
  let channels = 2;
  let bits = 16;
  while (at + 8 <= head.length) {
    const id = String.fromCharCode(head[at]!, head[at + 1]!, head[at + 2]!, head[at + 3]!);
    const size = view.getUint32(at + 4, true);
    if (id === 'fmt ' && at + 24 <= head.length) {
      channels = view.getUint16(at + 10, true);
      bits = view.getUint16(at + 22, true);
    }
    if (id === 'data') return { channels, bits, dataStart: at + 8 };
    at += 8 + size + (size % 2);
  }
  return null;
}

/**
 * Streams `url` and reduces it to `buckets` peaks; `totalFrames` (seconds × rate) tells how
 * many frames belong to each bucket before the end is known.
 */
export function useWaveform(url: string, totalFrames: number, buckets = 480): WaveformPeaks {
  const [state, setState] = useState<WaveformPeaks>(() => ({
    peaks: new Float32Array(buckets),
    filled: 0,
    done: false,
    failed: false,
    status: 0,
    contentType: '',
  }));

  useEffect(() => {
    const abort = new AbortController();
    const peaks = new Float32Array(buckets);
    const perBucket = Math.max(1, Math.ceil(totalFrames / buckets));
    let status = 0;
    let contentType = '';
    let lastPaint = 0;
    const publish = (filled: number, done: boolean, failed = false) => setState({ peaks: peaks.slice(), filled, done, failed, status, contentType });

    void (async () => {
      try {
        const res = await fetch(url, { credentials: 'same-origin', signal: abort.signal });
        status = res.status;
        contentType = res.headers.get('content-type') ?? '';
        if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
        const reader = res.body.getReader();
        let head = new Uint8Array(0);
        let fmt: Format | null = null;
        let carry = new Uint8Array(0);
        let frame = 0;
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          let chunk = value;
          if (!fmt) {
            const joined = new Uint8Array(head.length + chunk.length);
            joined.set(head);
            joined.set(chunk, head.length);
            fmt = readHeader(joined);
            if (!fmt) {
              head = joined;
              continue;
            }
            chunk = joined.subarray(fmt.dataStart);
          }
          if (fmt.bits !== 16) throw new Error('Only 16-bit audio is drawn.');
          const frameBytes = 2 * fmt.channels;
          const bytes = new Uint8Array(carry.length + chunk.length);
          bytes.set(carry);
          bytes.set(chunk, carry.length);
          const whole = bytes.length - (bytes.length % frameBytes);
          const samples = new Int16Array(bytes.buffer, 0, whole / 2); // WAV and every browser CPU are little-endian
          const frames = whole / frameBytes;
          for (let f = 0, at = 0; f < frames; f++) {
            const b = Math.min(buckets - 1, Math.floor((frame + f) / perBucket));
            let top = peaks[b]!;
            for (let c = 0; c < fmt.channels; c++, at++) {
              const v = Math.abs(samples[at]!) / 32768;
              if (v > top) top = v;
            }
            peaks[b] = top;
          }
          frame += whole / frameBytes;
          carry = bytes.slice(whole);
          const now = performance.now();
          if (now - lastPaint > 120) {
            lastPaint = now;
            publish(Math.min(buckets, Math.floor(frame / perBucket)), false);
          }
        }
        publish(buckets, true);
      } catch {
        if (!abort.signal.aborted) publish(0, true, true);
      }
    })();
    return () => abort.abort();
  }, [url, totalFrames, buckets]);

  return state;
}
