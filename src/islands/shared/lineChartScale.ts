/**
 * Axis arithmetic for the hand-written SVG line chart: linear scales and
 * "nice" tick values (steps of 1, 2 or 5 times a power of ten).
 */

export type Domain = readonly [number, number];

/** Maps a value in `domain` linearly onto `range`; a zero-width domain maps to the range's start. */
export function linearScale(domain: Domain, range: Domain): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const width = d1 - d0;
  return (value) => (width === 0 ? r0 : r0 + ((value - d0) / width) * (r1 - r0));
}

/** A step of 1, 2 or 5 × 10^k close to `span / count`. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !(count > 0)) return 1;
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / magnitude;
  const nice = fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10;
  return nice * magnitude;
}

/** Tick values at a nice step covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max <= min) return [min];
  const step = niceStep(max - min, count);
  const first = Math.ceil(min / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let value = first; value <= max + step * 1e-9; value += step) {
    // Rounding to the step's precision keeps 0.30000000000000004 out of the labels.
    ticks.push(Number(value.toPrecision(12)));
  }
  return ticks;
}

/** The smallest nice value at or above `max`, so the top gridline sits on the frame. */
export function niceCeiling(max: number, count: number): number {
  if (!(max > 0)) return 1;
  const step = niceStep(max, count);
  return Math.ceil(max / step - 1e-9) * step;
}
