/** Delivers one-time codes. Production plugs in a real SMS gateway behind this interface. */
export interface SmsSender {
  sendOtp(phone: string, code: string): Promise<void>;
}

/** Development sender: prints the code on the server console instead of sending an SMS. */
export class ConsoleSmsSender implements SmsSender {
  constructor(private readonly log: (line: string) => void = console.log) {}

  sendOtp(phone: string, code: string): Promise<void> {
    this.log(`[sms:dev] code for ${phone}: ${code}`);
    return Promise.resolve();
  }
}
