/** What staff read when Kisi refuses something: what happened, and what to do about it. */
export interface ErrorWording {
  message: string
  hint: string
}

const readerRestriction: ErrorWording = {
  message: 'The Kisi Reader Restriction is on for this door or group, so it cannot be unlocked from this app.',
  hint: "Turn off the Kisi Reader Restriction where it is on, in the door's own settings or its group's in the Kisi dashboard, or give the visitor an access link (links are not affected).",
}
const geofence: ErrorWording = {
  message: "Kisi's geofence restriction blocks this unlock: the request does not come from near the door.",
  hint: "Turn off the geofence restriction for this group in the Kisi dashboard, or use an access link.",
}
const controllerUnavailable: ErrorWording = {
  message: 'The Kisi controller for this door is offline.',
  hint: 'Check the controller’s power and network connection, then try again.',
}
const seeAdministrator = 'Ask your Kisi administrator to check this in the Kisi dashboard.'
const tryAgain = 'Try again in a moment.'

/** Every code in Kisi's published error table (docs.kisi.io, "Error codes"), in plain words. */
export const kisiErrorCatalog: Readonly<Record<string, ErrorWording>> = {
  afc507: { message: 'The Kisi sign-in link is not valid.', hint: 'Sign in again with the Kisi e-mail and password.' },
  afc516: { message: 'The Kisi e-mail address or password is wrong.', hint: 'Check the organisation domain, e-mail and password.' },
  afc526: { message: 'Kisi asks for a two-factor verification code.', hint: 'Enter the 6-digit code from the authenticator app.' },
  afc536: { message: 'The two-factor verification code is not right.', hint: 'Enter the current 6-digit code from the authenticator app.' },
  afc546: { message: 'The two-factor backup code is not right.', hint: 'Use another backup code or the authenticator app.' },
  afc496: { message: 'Kisi denied access for this account.', hint: seeAdministrator },
  ffffff: { message: 'Kisi had an unexpected problem.', hint: tryAgain },
  faa9ff: { message: 'The card is not activated in Kisi.', hint: 'Activate the card in the Kisi dashboard.' },
  faa9ef: { message: 'Kisi does not know this card.', hint: 'Enrol the card in the Kisi dashboard first.' },
  cabbeb: { message: 'A card with the same numbers is already enrolled in Kisi.', hint: 'Use the existing card, or remove it first.' },
  facced: { message: 'Kisi could not read the certificate.', hint: seeAdministrator },
  f29aef: { message: 'This access link is not valid.', hint: 'Issue a new access link.' },
  f298cf: { message: 'Access links are switched off for this place.', hint: 'Allow access links for the place in the Kisi dashboard.' },
  f298df: { message: 'This account’s access rights do not include access links.', hint: seeAdministrator },
  f298bf: { message: 'The access right is not valid.', hint: seeAdministrator },
  f01337: { message: 'App access is switched off for this group.', hint: 'Turn on "Allow App Access" for the group in the Kisi dashboard.' },
  fcd8ef: { message: 'Kisi denied access to this door.', hint: 'Check that the person’s groups include this door.' },
  fcd8ff: { message: 'Access is disabled for this person in Kisi.', hint: 'Re-enable the person’s access.' },
  '34bd8f': { message: 'Only the person’s primary phone may unlock.', hint: 'Turn off the primary device restriction, or use the primary phone.' },
  '34ffaa': { message: 'Access is not allowed at this time of day.', hint: 'Check the group’s access schedule in the Kisi dashboard.' },
  f35ade: { message: 'This access is no longer valid: its end time has passed.', hint: 'Extend the access or issue a new link.' },
  f358de: { message: 'This access is not valid yet: its start time has not come.', hint: 'Wait for the start time, or change it.' },
  f398de: { message: 'This access is not valid.', hint: seeAdministrator },
  bb4fff: readerRestriction,
  bb4bff: readerRestriction,
  bb5bff: readerRestriction,
  bb5bbff: readerRestriction,
  bb4faa: readerRestriction,
  bbc93f: {
    message: 'In-app unlocking is switched off for this group: Kisi wants a phone tapped on the reader.',
    hint: 'Turn off the tap-to-access restriction for the group, or use an access link.',
  },
  a7793f: geofence,
  a3799f: geofence,
  a3793f: geofence,
  bbb99f: geofence,
  bbb93f: { message: 'The door’s location is not set correctly in Kisi.', hint: seeAdministrator },
  a3995f: geofence,
  fad001: { message: 'The door is locked down.', hint: 'End the lockdown in the Kisi dashboard if it is safe to do so.' },
  fad002: { message: 'The place is locked down.', hint: 'End the lockdown in the Kisi dashboard if it is safe to do so.' },
  fad105: { message: 'The door is not configured correctly in Kisi.', hint: seeAdministrator },
  fad10e: { message: 'Kisi could not find this door.', hint: 'Refresh the door list; it may have been removed.' },
  fad110: { message: 'The door is already scheduled to unlock.', hint: 'No action needed.' },
  ff420a: { message: 'The door has no Kisi controller assigned.', hint: seeAdministrator },
  fad108: { message: 'The door’s Kisi controller is not set up yet.', hint: seeAdministrator },
  fac001: controllerUnavailable,
  fac002: controllerUnavailable,
  fac003: controllerUnavailable,
  fac004: controllerUnavailable,
  ecc123: { message: 'The Kisi controller hit an unexpected error.', hint: tryAgain },
  fbc000: { message: 'The Kisi controller is updating its firmware.', hint: 'Try again in a few minutes.' },
  fad10f: { message: 'Kisi cannot connect to the wireless lock.', hint: 'Check the lock’s battery and gateway, then try again.' },
  fad106: { message: 'Kisi cannot find the wireless lock.', hint: seeAdministrator },
  fad107: { message: 'The wireless lock is offline.', hint: 'Check the lock’s battery and gateway.' },
  fad112: { message: 'The wireless lock is already unlocking.', hint: 'Wait a moment.' },
  fad121: { message: 'Kisi cannot find the elevator stop.', hint: seeAdministrator },
  fad122: { message: 'The elevator stop is not configured.', hint: seeAdministrator },
  fad123: { message: 'The elevator stop is locked down.', hint: seeAdministrator },
  fad124: { message: 'The elevator stop is on a schedule.', hint: 'Try again when the schedule allows it.' },
  fad334: { message: 'Kisi could not permit the elevator stop.', hint: tryAgain },
  fad137: { message: 'Kisi reported a zone error.', hint: seeAdministrator },
  fad146: { message: 'Kisi reported a zone error.', hint: seeAdministrator },
  aaa345: { message: 'Kisi reported an alarm zone error.', hint: seeAdministrator },
  fad126: { message: 'Kisi reported a zone error.', hint: seeAdministrator },
  fad129: { message: 'Kisi reported a zone error.', hint: seeAdministrator },
  adf234: { message: 'Kisi reported an alarm zone error.', hint: seeAdministrator },
  fad144: { message: 'Kisi reported a zone error.', hint: seeAdministrator },
  abbb11: { message: 'A Kisi integration partner reported an error.', hint: tryAgain },
  abcc11: { message: 'Kisi could not find the integration.', hint: seeAdministrator },
  abdd11: { message: 'Kisi could not reach an integration partner.', hint: tryAgain },
  abee11: { message: 'An integration partner refused Kisi’s authorisation.', hint: seeAdministrator },
  abfe11: { message: 'An integration partner did not accept the request.', hint: seeAdministrator },
  abff11: { message: 'A Kisi integration is disabled.', hint: seeAdministrator },
}

/** Codes that mean a reader restriction blocked an in-app unlock, for diagnostics. */
export const readerRestrictionCodes: ReadonlySet<string> = new Set(['bb4fff', 'bb4bff', 'bb5bff', 'bb5bbff', 'bb4faa'])
