/** The boot check: who is here, answered with 200 whether or not anyone is signed in. */
import { z } from 'zod';
import { Me } from './schemas.ts';

export const SessionCheck = z.object({ signedIn: z.boolean(), me: Me.nullable() });
