/**
 * Live steering of a playing piece: start a steered playback, stream it, send commands while it
 * plays. The commands and the moments they took effect at are part of the listening record.
 */
import { z } from 'zod';
import { STEER_COMMANDS } from '../../engines/music/index.ts';

export const SteerCommand = z.enum(STEER_COMMANDS);

export const SteeringParams = z.object({ id: z.uuid(), steeringId: z.uuid() });

/** One command as recorded: the moment of the piece (seconds of audio) it took effect at, and when it was asked. */
export const SteerEntry = z.object({ atSeconds: z.number(), command: SteerCommand, at: z.string() });

/** A steered playback of a piece, as kept with the listening record. */
export const MusicSteering = z.object({ id: z.uuid(), startedAt: z.string(), events: z.array(SteerEntry) });

/** A steered playback just started: where to stream it from and the commands it takes. */
export const SteeringStarted = MusicSteering.extend({
  pieceId: z.uuid(),
  audioUrl: z.string(),
  commands: z.array(SteerCommand),
  /** How far (seconds) the stream renders ahead of real time: a command is heard within about this plus a glide of ~2 s. */
  leadSeconds: z.number(),
});

export const SteerBody = z.object({
  command: SteerCommand,
  /**
   * Where the player is in the piece (seconds). Used only when no stream of this playback is
   * running (the player reconnected or paused long): the command then takes effect just after it.
   */
  position: z
    .number()
    .min(0)
    .max(4 * 3600)
    .optional(),
});

export const SteerResult = SteerEntry.extend({
  /** True when a playing stream took the command now; false when it was recorded for the next reconnect. */
  live: z.boolean(),
  steers: z.number().int(),
});
