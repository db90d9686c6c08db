/**
 * Optional spoken guidance through the browser's own speech synthesis (nothing leaves the
 * device): an opening line at once, then one line of the imagery script every `everySeconds`.
 */
import { useEffect } from 'react';

/** Whether this browser can speak at all (the option is hidden otherwise). */
export const canNarrate = (): boolean => typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';

export function useNarration(on: boolean, lines: readonly string[], lang: string, everySeconds = 40): void {
  useEffect(() => {
    if (!on || !canNarrate() || lines.length === 0) return;
    const synth = window.speechSynthesis;
    let i = 0;
    const say = () => {
      const u = new SpeechSynthesisUtterance(lines[i % lines.length]!);
      u.lang = lang;
      u.rate = 0.85;
      u.pitch = 0.95;
      synth.speak(u);
      i += 1;
    };
    say();
    const id = window.setInterval(say, everySeconds * 1000);
    return () => {
      window.clearInterval(id);
      synth.cancel();
    };
  }, [on, lines, lang, everySeconds]);
}
