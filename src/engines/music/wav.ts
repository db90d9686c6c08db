/**
 * WAV (RIFF) encode and decode, pure: Uint8Array in and out. Encoding is a stream — a header
 * that already knows the frame count, then one byte chunk per PCM chunk — so a 60-minute piece
 * can be written to disk as it renders. Decoding accepts 16-bit PCM and 32-bit float (plain or
 * WAVE_FORMAT_EXTENSIBLE), mono or stereo, 8–192 kHz; anything else is a clear error.
 */
import type { Result } from '../core/index.ts';
import { assert, err, ok } from '../core/index.ts';

/** Sample encodings Hearth writes and reads. */
export type WavFormat = 'pcm16' | 'float32';

/** The shape of a WAV stream. */
export interface WavSpec {
  sampleRate: number;
  channels: 1 | 2;
  format: WavFormat;
  /** Total frames that will follow the header. */
  frames: number;
}

/** Decoded audio: planar channels of floats in −1..1. */
export interface DecodedWav {
  sampleRate: number;
  format: WavFormat;
  channels: Float32Array[];
  frames: number;
}

const bytesPer = (f: WavFormat): number => (f === 'pcm16' ? 2 : 4);

/** The RIFF header (plus fmt, and fact for float) for a stream of `spec.frames` frames. */
export function wavHeader(spec: WavSpec): Uint8Array {
  const float = spec.format === 'float32';
  const bps = bytesPer(spec.format);
  const dataBytes = spec.frames * spec.channels * bps;
  const fmtSize = float ? 18 : 16;
  const factSize = float ? 12 : 0;
  const headerSize = 12 + 8 + fmtSize + factSize + 8;
  assert(dataBytes + headerSize - 8 <= 0xffffffff, 'WAV data exceeds 4 GiB');
  const buf = new Uint8Array(headerSize);
  const v = new DataView(buf.buffer);
  const tag = (o: number, s: string): void => {
    for (let i = 0; i < 4; i++) buf[o + i] = s.charCodeAt(i);
  };
  tag(0, 'RIFF');
  v.setUint32(4, headerSize - 8 + dataBytes + (dataBytes % 2), true);
  tag(8, 'WAVE');
  tag(12, 'fmt ');
  v.setUint32(16, fmtSize, true);
  v.setUint16(20, float ? 3 : 1, true);
  v.setUint16(22, spec.channels, true);
  v.setUint32(24, spec.sampleRate, true);
  v.setUint32(28, spec.sampleRate * spec.channels * bps, true);
  v.setUint16(32, spec.channels * bps, true);
  v.setUint16(34, bps * 8, true);
  let o = 36;
  if (float) {
    v.setUint16(36, 0, true);
    tag(38, 'fact');
    v.setUint32(42, 4, true);
    v.setUint32(46, spec.frames, true);
    o = 50;
  }
  tag(o, 'data');
  v.setUint32(o + 4, dataBytes, true);
  return buf;
}

/** Encodes interleaved samples (−1..1) as little-endian PCM16 (scale 32768, clipped) or float32. */
export function wavData(interleaved: Float32Array, format: WavFormat): Uint8Array {
  if (format === 'float32') {
    const out = new Uint8Array(interleaved.length * 4);
    const v = new DataView(out.buffer);
    for (let i = 0; i < interleaved.length; i++) v.setFloat32(i * 4, interleaved[i]!, true);
    return out;
  }
  const out = new Uint8Array(interleaved.length * 2);
  const v = new DataView(out.buffer);
  for (let i = 0; i < interleaved.length; i++) {
    const x = Math.max(-1, Math.min(1, interleaved[i]!));
    v.setInt16(i * 2, Math.min(32767, Math.round(x * 32768)), true);
  }
  return out;
}

/** A complete WAV byte stream: the header, then each chunk encoded (chunks are interleaved). */
export function* wavStream(spec: WavSpec, chunks: Iterable<Float32Array>): Generator<Uint8Array, void, undefined> {
  yield wavHeader(spec);
  let written = 0;
  const total = spec.frames * spec.channels;
  for (const c of chunks) {
    const take = Math.min(c.length, total - written);
    if (take <= 0) break;
    written += take;
    yield wavData(take === c.length ? c : c.subarray(0, take), spec.format);
  }
  assert(written === total, `WAV stream promised ${total} samples but got ${written}`);
  if ((total * bytesPer(spec.format)) % 2 === 1) yield new Uint8Array(1);
}

/** Encodes planar channels into one WAV file in memory (for short clips and tests). */
export function encodeWav(channels: readonly Float32Array[], sampleRate: number, format: WavFormat): Uint8Array {
  assert(channels.length === 1 || channels.length === 2, 'WAV encode needs 1 or 2 channels');
  const frames = channels[0]!.length;
  const inter = new Float32Array(frames * channels.length);
  for (let c = 0; c < channels.length; c++) for (let i = 0; i < frames; i++) inter[i * channels.length + c] = channels[c]![i]!;
  const parts = [...wavStream({ sampleRate, channels: channels.length as 1 | 2, format, frames }, [inter])];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const KSDATAFORMAT_PCM = 1;
const KSDATAFORMAT_FLOAT = 3;

/** Decodes a WAV file. Errors are one-line reasons suitable for users. */
export function decodeWav(bytes: Uint8Array): Result<DecodedWav> {
  if (bytes.length < 12) return err('not a WAV file (too short)');
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (o: number): string => String.fromCharCode(bytes[o]!, bytes[o + 1]!, bytes[o + 2]!, bytes[o + 3]!);
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return err('not a WAV file (no RIFF/WAVE header)');
  let o = 12;
  let fmt: { code: number; channels: number; rate: number; bits: number; align: number } | undefined;
  while (o + 8 <= bytes.length) {
    const id = tag(o);
    let size = v.getUint32(o + 4, true);
    // Streaming writers that could not seek back leave 0xFFFFFFFF: the data runs to the end.
    if (id === 'data' && size === 0xffffffff) size = bytes.length - (o + 8);
    const body = o + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + size > bytes.length) return err('truncated WAV file (fmt chunk)');
      let code = v.getUint16(body, true);
      if (code === 0xfffe && size >= 40) code = v.getUint16(body + 24, true);
      fmt = {
        code,
        channels: v.getUint16(body + 2, true),
        rate: v.getUint32(body + 4, true),
        bits: v.getUint16(body + 14, true),
        align: v.getUint16(body + 12, true),
      };
    } else if (id === 'data') {
      if (!fmt) return err('WAV data chunk before fmt chunk');
      const f = fmt;
      const format: WavFormat | undefined =
        f.code === KSDATAFORMAT_PCM && f.bits === 16 ? 'pcm16' : f.code === KSDATAFORMAT_FLOAT && f.bits === 32 ? 'float32' : undefined;
      if (!format) return err(`unsupported WAV encoding (format ${f.code}, ${f.bits}-bit); use 16-bit PCM or 32-bit float`);
      if (f.channels !== 1 && f.channels !== 2) return err(`unsupported channel count ${f.channels}; use mono or stereo`);
      if (f.rate < 8000 || f.rate > 192000) return err(`unsupported sample rate ${f.rate} Hz`);
      const bps = bytesPer(format);
      if (f.align !== bps * f.channels) return err('corrupt WAV header (block align)');
      if (body + size > bytes.length) return err(`truncated WAV file (data chunk says ${size} bytes, ${bytes.length - body} present)`);
      const frames = Math.floor(size / (bps * f.channels));
      if (frames === 0) return err('WAV file has no audio (zero length)');
      const channels = Array.from({ length: f.channels }, () => new Float32Array(frames));
      for (let i = 0; i < frames; i++) {
        for (let c = 0; c < f.channels; c++) {
          const at = body + (i * f.channels + c) * bps;
          channels[c]![i] = format === 'pcm16' ? v.getInt16(at, true) / 32768 : v.getFloat32(at, true);
        }
      }
      for (const ch of channels) for (let i = 0; i < frames; i++) if (!Number.isFinite(ch[i]!)) return err('WAV file contains NaN or infinite samples');
      return ok({ sampleRate: f.rate, format, channels, frames });
    }
    o = body + size + (size % 2);
  }
  return err(fmt ? 'truncated WAV file (no data chunk)' : 'not a WAV file (no fmt chunk)');
}
