/**
 * A command that cannot be done, for a reason the person is shown: the message is a reason key of the locales
 * ("reasonUnknownSession"), answered as `{ ok: false, error }`. Any other error is answered as its text.
 */
export class CommandError extends Error {}
