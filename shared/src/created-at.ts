/**
 * When a diagnosis was made, as the phone's clock said. Phone clocks are often wrong (a flat battery resets
 * them to 2000 or to the firmware's date; some are set by hand), so the server's clock decides what it
 * accepts: nothing before the app could exist, nothing more than a day ahead of the server (a day allows
 * for time zones set wrong). A phone whose record is refused for its date corrects it and sends it again.
 */
export const EARLIEST_CREATED_AT = '2020-01-01T00:00:00.000Z';
export const MAX_AHEAD_OF_SERVER_MS = 24 * 60 * 60 * 1000;

export type CreatedAtProblem = 'before-2020' | 'ahead-of-server';

export function createdAtProblem(createdAt: string, serverNow: number): CreatedAtProblem | null {
  const at = Date.parse(createdAt);
  if (at < Date.parse(EARLIEST_CREATED_AT)) return 'before-2020';
  if (at > serverNow + MAX_AHEAD_OF_SERVER_MS) return 'ahead-of-server';
  return null;
}

/**
 * The phone's best guess at when a refused record was really made: the phone clock's error now (server
 * time minus phone time) taken off its time, which is right when the clock has been wrong by the same
 * amount since then (a reset clock that kept running). If that is still refused, the clock changed in
 * between and nothing better than the server's time is known.
 */
export function correctedCreatedAt(createdAt: string, phoneNow: number, serverNow: number): string {
  const shifted = new Date(Date.parse(createdAt) + (serverNow - phoneNow)).toISOString();
  const fits = createdAtProblem(shifted, serverNow) === null && Date.parse(shifted) <= serverNow;
  return fits ? shifted : new Date(serverNow).toISOString();
}
