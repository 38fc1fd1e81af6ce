/** One refusal as Kisi sends it: an HTTP status with an `{error, code}` body. */
export interface Denial {
  readonly status: number
  readonly code: string
  readonly message: string
}

/**
 * Every refusal the sandbox makes. Codes and messages come from the error table in Kisi's OpenAPI
 * introduction; the statuses are our choice where Kisi does not say. Kisi has no published code for
 * plain 400/401/404/429, so those use '000' + the status, in the spirit of the official client's
 * '000000' fallback.
 */
export const denials = {
  badRequest: { status: 400, code: '000400', message: 'Bad request.' },
  unauthorized: { status: 401, code: '000401', message: 'Unauthorized' },
  linkInvalid: { status: 401, code: 'f29aef', message: 'Your link is invalid.' },
  wrongPassword: { status: 401, code: 'afc516', message: 'Wrong email address or password.' },
  otpMissing: { status: 401, code: 'afc526', message: 'Please provide a Two Factor verification code.' },
  otpInvalid: { status: 401, code: 'afc536', message: 'Invalid Two Factor verification code.' },
  forbidden: { status: 403, code: 'afc496', message: 'Access denied.' },
  lockAccessDenied: { status: 403, code: 'fcd8ef', message: 'Access denied.' },
  accessDisabled: { status: 403, code: 'fcd8ff', message: 'Access disabled.' },
  notYetValid: { status: 403, code: 'f358de', message: 'Your access is not yet valid, please try again later.' },
  noLongerValid: { status: 403, code: 'f35ade', message: 'Your access is no longer valid.' },
  appAccessDisabled: { status: 403, code: 'f01337', message: "Your group's access rights for this place do not include apps." },
  readerRestriction: { status: 403, code: 'bb5bff', message: 'No nearby Kisi reader found. Try enabling Bluetooth on your device.' },
  notFound: { status: 404, code: '000404', message: 'Not found.' },
  cardNotFound: { status: 404, code: 'faa9ef', message: 'The card was not found.' },
  doorNotFound: { status: 404, code: 'fad10e', message: 'The door could not be found.' },
  doorLockedDown: { status: 409, code: 'fad001', message: 'The door is currently locked down.' },
  placeLockedDown: { status: 409, code: 'fad002', message: 'The place is currently locked down.' },
  tooManyRequests: { status: 429, code: '000429', message: 'Too many requests' },
  controllerUnavailable: { status: 503, code: 'fac001', message: 'The Kisi controller is currently unavailable.' },
  unexpected: { status: 503, code: 'ffffff', message: 'An unexpected issue occured.' },
  /** Sent beside a 422's `errors` (see SandboxValidationError), never alone. */
  cardAlreadyEnrolled: { status: 422, code: 'cabbeb', message: 'A card with the same identifiers was already enrolled.' },
} as const satisfies Record<string, Denial>

/** Thrown by a handler to answer with `{error, code}`. */
export class SandboxWireError extends Error {
  readonly status: number
  readonly code: string

  constructor(denial: Denial, message: string = denial.message) {
    super(message)
    this.status = denial.status
    this.code = denial.code
  }
}

/**
 * Thrown by a handler to answer 422 `{errors: {field: [messages]}}`. A refusal Kisi names by a code of
 * its own (`cabbeb`) adds `error` and `code` beside `errors`: Kisi's OpenAPI file declares 422 as the
 * `Errors` shape only, and its error table lists the code, so the answer carries both.
 */
export class SandboxValidationError extends Error {
  readonly fields: Record<string, string[]>
  readonly denial: Denial | undefined

  constructor(fields: Record<string, string[]>, denial?: Denial) {
    super(`Invalid fields: ${Object.keys(fields).join(', ')}`)
    this.fields = fields
    this.denial = denial
  }
}
