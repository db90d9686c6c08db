/**
 * `hearth music` — words (and optionally a sample to continue) → a WAV file, written as it
 * renders so even a 60-minute piece never sits in memory.
 */
import { msg } from '../cli-i18n.ts';
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { soundBankFromEnv } from '../../backends/music-soundbank.ts';
import type { AudioClip, SteerCommand, SteeringEvent } from '../../engines/music/index.ts';
import { decodeWav, planFromDescription, renderMusic, STEER_COMMANDS, SUPPORTED_RATES, wavStream } from '../../engines/music/index.ts';
import type { CliCommand, CliInvocation } from '../command.ts';
import { checkOutputPath, CliError, numberOpt, stringOpt } from '../command.ts';

/** Largest WAV file read (bytes): about 90 minutes of 48 kHz 16-bit stereo, more than `music --seconds 3600` writes. */
const MAX_WAV_BYTES = 1024 * 1024 * 1024;

/** Reads and decodes a WAV file, turning every problem into a one-line CliError. */
export function readWavFile(path: string, what: string): AudioClip & { frames: number } {
  // Decoded, a WAV takes about three times its size in memory: refuse a huge one before reading it.
  const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  if (size > MAX_WAV_BYTES) {
    const mb = (n: number) => Math.round(n / 1024 / 1024);
    throw new CliError(msg('music.wavTooLarge', { what, mb: mb(size), max: mb(MAX_WAV_BYTES) }));
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new CliError(msg('music.read', { what, path, value: (e as NodeJS.ErrnoException).code ?? 'error' }));
  }
  const r = decodeWav(bytes);
  if (!r.ok) throw new CliError(msg('music.message', { what, error: r.error }));
  return { channels: r.value.channels, sampleRate: r.value.sampleRate, frames: r.value.frames };
}

/**
 * `--steer "30:calmer,90:slower"`: steering commands at moments of the piece (seconds), as a
 * listener would give them while it plays; each glides in from its moment on.
 */
export function parseSteering(text: string, seconds: number): SteeringEvent[] {
  const events: SteeringEvent[] = [];
  for (const raw of text.split(',')) {
    const item = raw.trim();
    if (item === '') continue;
    const m = /^(\d+(?:\.\d+)?)\s*:\s*([a-z]+)$/.exec(item);
    if (!m) throw new CliError(msg('music.steerSecondsCommandE', { item }));
    const at = Number(m[1]);
    const command = m[2] as SteerCommand;
    if (!STEER_COMMANDS.includes(command)) throw new CliError(msg('music.steerOneSteerCommands', { value: m[2], STEER_COMMANDS: STEER_COMMANDS.join(', ') }));
    if (at >= seconds) throw new CliError(msg('music.steerSWithinPiece', { at, seconds }));
    events.push({ atSeconds: at, command });
  }
  if (events.length === 0) throw new CliError(msg('music.steerGiveLeastOne'));
  return events.sort((a, b) => a.atSeconds - b.atSeconds);
}

function isSilent(clip: AudioClip): boolean {
  return clip.channels.every((ch) => ch.every((v) => v === 0));
}

export const musicCommand: CliCommand = {
  name: 'music',
  get summary() {
    return msg('music.summary');
  },
  usage:
    'hearth music --prompt TEXT [--seconds N] [--seed N] [--condition FILE.wav] [--steer "30:calmer,90:slower"] [--rate 32000|44100|48000] --out FILE.wav [--mkdir] [--json]',
  options: {
    prompt: { type: 'string' },
    seconds: { type: 'string' },
    seed: { type: 'string' },
    condition: { type: 'string' },
    steer: { type: 'string' },
    rate: { type: 'string' },
    out: { type: 'string' },
    mkdir: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(inv: CliInvocation): Promise<number> {
    const prompt = stringOpt(inv, 'prompt', true).trim();
    if (prompt === '') throw new CliError(msg('music.promptEmpty'));
    const out = stringOpt(inv, 'out', true);
    if (!/\.wav$/i.test(out)) throw new CliError(msg('music.outNameWavFile', { out }));
    checkOutputPath(out, { mkdir: inv.values.mkdir === true });
    const seconds = numberOpt(inv, 'seconds', 60, 1, 3600);
    const seed = numberOpt(inv, 'seed', 1, 0, 4294967295);
    if (!Number.isInteger(seed)) throw new CliError(msg('music.seedWholeNumberGot', { seed }));
    const rate = numberOpt(inv, 'rate', 44100, 8000, 192000);
    if (!(SUPPORTED_RATES as readonly number[]).includes(rate))
      throw new CliError(msg('music.rateOneSupportedRates', { SUPPORTED_RATES: SUPPORTED_RATES.join(', '), rate }));
    const conditionPath = stringOpt(inv, 'condition');
    let condition: AudioClip | undefined;
    if (conditionPath !== undefined) {
      const clip = readWavFile(conditionPath, '--condition');
      if (isSilent(clip)) throw new CliError(msg('music.conditionSampleSilent'));
      if (seconds < clip.frames / clip.sampleRate + 2) throw new CliError(msg('music.secondsLeast2S', { value: (clip.frames / clip.sampleRate).toFixed(1) }));
      condition = clip;
    }

    const steerText = stringOpt(inv, 'steer');
    const steering = steerText === undefined ? undefined : parseSteering(steerText, seconds);

    const plan = planFromDescription(prompt);
    const soundBank = await soundBankFromEnv(process.env, (reason) => process.stderr.write(`${reason}\n`));
    const t0 = performance.now();
    const stream = renderMusic(plan, { seconds, sampleRate: rate, seed, condition, soundBank, steering });
    const part = `${out}.part`;
    let fd: number;
    try {
      fd = openSync(part, 'w');
    } catch (e) {
      throw new CliError(msg('music.outWrite', { out, value: (e as NodeJS.ErrnoException).code ?? 'error' }));
    }
    let bytes = 0;
    try {
      for (const chunk of wavStream({ sampleRate: stream.sampleRate, channels: 2, format: 'pcm16', frames: stream.frames }, stream)) {
        writeSync(fd, chunk);
        bytes += chunk.length;
      }
      closeSync(fd);
      renameSync(part, out);
    } catch (e) {
      closeSync(fd);
      rmSync(part, { force: true });
      throw e;
    }
    const ms = performance.now() - t0;
    const p = stream.plan;
    if (inv.values.json === true) {
      const result = {
        out,
        seconds,
        sampleRate: stream.sampleRate,
        seed: stream.seed,
        frames: stream.frames,
        bytes,
        renderMs: Math.round(ms),
        sampled: stream.sampled,
        plan: p,
        ...(steering ? { steering: stream.steeringLog } : {}),
        ...(stream.condition
          ? {
              condition: {
                bpm: stream.condition.bpm,
                key: stream.condition.key,
                mode: stream.condition.mode,
                lufs: stream.condition.lufs,
                seconds: stream.condition.seconds,
              },
            }
          : {}),
      };
      inv.io.out(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      inv.io.out(
        `wrote ${out}: ${seconds} s at ${stream.sampleRate} Hz, ${p.key} ${p.mode}, ${p.bpm} BPM, ${p.instruments.join(' + ')} (${Math.round(ms)} ms)\n`,
      );
    }
    return 0;
  },
};
