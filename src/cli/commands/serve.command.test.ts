import { describe, expect, it } from 'vitest';
import { CliError } from '../command.ts';
import { trustProxyFromEnv } from './serve.command.ts';

describe('HEARTH_TRUST_PROXY', () => {
  it('takes proxy addresses, CIDR ranges and the proxy-addr names; none by default', () => {
    expect(trustProxyFromEnv(undefined)).toBe(false);
    expect(trustProxyFromEnv('')).toBe(false);
    expect(trustProxyFromEnv('127.0.0.1')).toBe('127.0.0.1');
    expect(trustProxyFromEnv(' 10.0.0.0/8, ::1 ,loopback')).toBe('10.0.0.0/8,::1,loopback');
    expect(trustProxyFromEnv('fd00::/8')).toBe('fd00::/8');
  });

  it('refuses anything else with one line (trusting every address would let anyone forge theirs)', () => {
    for (const bad of ['true', '*', 'proxy.clinic.lan', '10.0.0.0/33', '10.0.0.1/8/1', '300.1.1.1']) {
      expect(() => trustProxyFromEnv(bad)).toThrow(CliError);
    }
  });
});
