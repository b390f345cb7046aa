/**
 * Words for the user from modules without a UI: a catalogue key and its parameters, which the UI
 * translates. Storage and privacy modules report problems this way and never hold display text.
 */
import type { MessageKey } from '../../i18n/catalogue';
import type { MessageParams } from '../../i18n/formatMessage';

/**
 * An error whose words for the user are a catalogue message (`key`, `params`). Its `message` is the
 * key, for developers; the UI shows `t(error.key, error.params)`.
 */
export class UserMessageError extends Error {
  readonly key: MessageKey;
  readonly params?: MessageParams;

  constructor(key: MessageKey, params?: MessageParams) {
    super(key);
    this.name = 'UserMessageError';
    this.key = key;
    this.params = params;
  }
}
