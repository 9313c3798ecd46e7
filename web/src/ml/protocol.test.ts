import { describe, expect, it } from 'vitest';
import { InferenceError, toErrorResponse } from './protocol.ts';

describe('toErrorResponse', () => {
  it('keeps the i18n key of an InferenceError', () => {
    expect(toErrorResponse(7, new InferenceError('errors.notAnImage', 'bad JPEG'))).toEqual({
      type: 'error',
      id: 7,
      key: 'errors.notAnImage',
      detail: 'bad JPEG',
    });
  });

  it('turns anything else into errors.modelFailed with the reason as detail', () => {
    expect(toErrorResponse(3, new RangeError('boom'))).toMatchObject({
      key: 'errors.modelFailed',
      detail: 'RangeError: boom',
    });
    expect(toErrorResponse(3, 'plain')).toMatchObject({ key: 'errors.modelFailed', detail: 'plain' });
  });
});
