import { useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { OTP_LENGTH } from '@phyto/shared';
import { useTranslation } from 'react-i18next';

/**
 * Six digit boxes that behave as one field: typing moves to the next box, Backspace on an empty box goes
 * back, and pasting (or the phone's SMS autofill, or typing several digits at once) fills from that box on.
 */
export function OtpInput({
  value,
  onChange,
  disabled,
}: {
  value: string;
  onChange: (code: string) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const boxes = useRef<(HTMLInputElement | null)[]>([]);
  const digits = Array.from({ length: OTP_LENGTH }, (_, i) =>
    /\d/.test(value[i] ?? '') ? (value[i] ?? '') : '',
  );
  // Empty boxes travel as spaces so that clearing a middle box does not shift the digits after it.
  const emit = (next: string[]) =>
    onChange(
      next
        .map((d) => d || ' ')
        .join('')
        .trimEnd(),
    );

  function fillFrom(index: number, typed: string) {
    const incoming = typed.replace(/\D/g, '');
    if (incoming === '') return;
    const next = [...digits];
    for (let i = 0; i < incoming.length && index + i < OTP_LENGTH; i++) next[index + i] = incoming[i] ?? '';
    emit(next);
    boxes.current[Math.min(index + incoming.length, OTP_LENGTH - 1)]?.focus();
  }

  function onKeyDown(index: number, e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Backspace' && digits[index] === '' && index > 0) {
      e.preventDefault();
      const next = [...digits];
      next[index - 1] = '';
      emit(next);
      boxes.current[index - 1]?.focus();
    } else if (e.key === 'ArrowLeft' && index > 0) boxes.current[index - 1]?.focus();
    else if (e.key === 'ArrowRight' && index < OTP_LENGTH - 1) boxes.current[index + 1]?.focus();
  }

  function onPaste(index: number, e: ClipboardEvent<HTMLInputElement>) {
    e.preventDefault();
    fillFrom(index, e.clipboardData.getData('text'));
  }

  return (
    <fieldset className="otp-input" disabled={disabled}>
      <legend>{t('auth.codeLabel')}</legend>
      {digits.map((digit, i) => (
        <input
          key={i}
          ref={(el) => {
            boxes.current[i] = el;
          }}
          data-testid={i === 0 ? 'otp-input' : undefined}
          aria-label={t('auth.codeDigit', { n: i + 1 })}
          inputMode="numeric"
          autoComplete={i === 0 ? 'one-time-code' : 'off'}
          value={digit}
          onChange={(e) => {
            const typed = e.target.value;
            if (typed === '') {
              const next = [...digits];
              next[i] = '';
              emit(next);
            } else {
              // A box holding a digit receives old+new: keep what was typed last.
              fillFrom(i, typed.length === 2 && typed.startsWith(digit) ? typed.slice(1) : typed);
            }
          }}
          onKeyDown={(e) => onKeyDown(i, e)}
          onPaste={(e) => onPaste(i, e)}
          onFocus={(e) => e.target.select()}
        />
      ))}
    </fieldset>
  );
}
