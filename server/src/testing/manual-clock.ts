import type { Clock } from '../lib/clock.ts';

/** A clock tests move by hand, so expiry and lock-outs are tested without sleeping. */
export class ManualClock implements Clock {
  private time: number;

  constructor(start = new Date()) {
    this.time = start.getTime();
  }

  now(): Date {
    return new Date(this.time);
  }

  advance(seconds: number): void {
    this.time += seconds * 1000;
  }
}
