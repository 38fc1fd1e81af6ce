/**
 * What exactly went wrong, for the words on screen. Main picks a reason and its parameters; the
 * renderer's locale files say it in the reader's language (`errors.reasons.<reason>`), so no words
 * addressed to a visitor or to staff are written in main. Each reason lists the parameters its words
 * may use; a locale text using any other is caught by a unit test. A numeric `count` also picks the
 * plural form of the words.
 */
export const errorReasons = {
  // The visitor's screens
  visitTypeUnavailable: [],
  checkInClosed: ['visitType', 'days', 'from', 'until'],
  agreementNotAccepted: [],
  inviteNeedsCode: [],
  inviteEmailMismatch: ['count'],
  inviteEmailAttemptsUsed: [],
  inviteNotFound: [],
  inviteOtherDay: [],
  visitNotFoundForCheckOut: [],
  passClaimUnknown: [],
  tooManyTries: ['count'],
  // Reception
  visitGone: [],
  visitNotAwaitingApproval: [],
  visitAlreadyIn: [],
  visitNotOnSite: [],
  visitNotCancellable: [],
  visitNotEnded: [],
  visitLinkStillOpen: [],
  visitHasNoPass: [],
  visitHasNoDoors: [],
  extendInPast: [],
  extendTypeGone: [],
  extendBeyondMaximum: ['visitType', 'maxHours', 'latest'],
  accessRefusedAgain: [],
  accessWaitsForConnection: [],
  accessWaitsForKisi: ['at'],
  accessNotAnsweredYet: [],
  // Staff sign-in
  staffLocked: [],
  managerOnly: [],
  accessLogTodayOnly: [],
  pinsAlreadySet: [],
  pinsNotSet: [],
  pinsMustDiffer: [],
  pinIncorrect: ['count'],
  pinLocked: [],
  // Kisi accounts and doors
  assignmentNotThisPersons: [],
  deleteNameMismatch: ['name'],
  doorGone: [],
  doorOutsidePlace: ['place'],
  groupOutsidePlace: ['group', 'place'],
  inAppUnlockOff: [],
  // Badges: Kisi's cabbeb (already enrolled), with the holder when the kiosk can see them, and faa9ef
  badgeAlreadyEnrolled: ['name'],
  badgeEnrolledOutOfSight: [],
  badgeNotInKisi: [],
  // Kisi: its own code, and its catalogue's words for staff (which move to the locale files with the
  // staff console's languages)
  kisiNotConnected: [],
  kisiKeyRefused: ['kisiCode', 'kisiMessage', 'kisiHint'],
  kisiUnreachable: ['kisiCode', 'kisiMessage', 'kisiHint'],
  kisiRefused: ['kisiCode', 'kisiMessage', 'kisiHint'],
  kisiTwoFactorNeeded: [],
  kisiTwoFactorWrong: [],
  kisiPlaceUnknown: [],
  kisiPlaceNotChosen: [],
  kisiGroupGone: ['groupName'],
  // Arrival notifications
  webhookNotSet: [],
  webhookUnreadable: [],
  webhookNotHttps: [],
  webhookNotPublic: [],
  webhookNotDelivered: [],
  // Badge readers over raw HID
  hidUnavailable: ['problem'],
  hidReaderNotPresent: [],
  hidReaderNotChosen: [],
  hidReadersFull: ['count'],
  // The access log's copy of Kisi's events
  accessLogSetFailed: [],
  accessLogSetSlow: ['seconds'],
  accessLogSyncFailed: [],
  // The roll call
  rollCallPersonGone: [],
  // The kiosk's own files
  databaseDamaged: [],
  // Reports saved as files
  pdfNotOnThisHost: [],
  pdfNotSaved: ['problem'],
} as const satisfies Record<string, readonly string[]>

export type ErrorReason = keyof typeof errorReasons

export const errorReasonNames = Object.keys(errorReasons) as [ErrorReason, ...ErrorReason[]]

/** The parameters a reason's words use: every one it declares, as text or a number. */
export type ReasonParams<Reason extends ErrorReason> = { [Name in (typeof errorReasons)[Reason][number]]: string | number }
