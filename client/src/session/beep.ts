/*
 * The optional sound at zero: three short tones made with WebAudio (no audio file, no
 * request). Browsers start an AudioContext only after a user gesture, so `unlockSound` is
 * called from the click that turns the sound on.
 */

let context: AudioContext | undefined;

function audio(): AudioContext | undefined {
  if (!context) {
    try {
      context = new AudioContext();
    } catch {
      return undefined; // no WebAudio: the signal stays visible only
    }
  }
  return context;
}

/** Call from a click handler: creates or resumes the AudioContext. */
export function unlockSound(): void {
  void audio()?.resume().catch(() => undefined);
}

/** Plays the signal; silently does nothing where audio is unavailable or still locked. */
export function beep(): void {
  const ctx = audio();
  if (!ctx || ctx.state !== 'running') return;
  const start = ctx.currentTime;
  for (let i = 0; i < 3; i++) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = 880;
    const at = start + i * 0.35;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.4, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.25);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + 0.3);
  }
}
