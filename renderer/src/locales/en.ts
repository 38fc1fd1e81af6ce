import type { StartupNoticeKind } from '@shared/ipc/system-calls'
import { enConsoleAccessLogExport } from './en-console-access-log-export'
import { enConsoleAccessLog } from './en-console-access-log'
import { enConsoleAccounts } from './en-console-accounts'
import { enConsoleRollCall } from './en-console-roll-call'
import { enConsoleScanners } from './en-console-scanners'
import { enConsoleVisits } from './en-console-visits'
import { enErrors } from './en-errors'
import { enVisitor } from './en-visitor'

/** English texts. Keys are grouped by screen; every locale provides the same keys. */
export const en = {
  ...enVisitor,
  ...enConsoleVisits,
  ...enConsoleAccounts,
  ...enConsoleScanners,
  ...enConsoleAccessLogExport,
  ...enConsoleAccessLog,
  ...enConsoleRollCall,
  ...enErrors,
  audit: {
    tab: 'Audit trail',
    title: 'Staff audit trail',
    intro: 'Every staff action at this kiosk, newest first: who did it, when, and how it ended.',
    problemsOnly: 'Only refused and failed actions',
    loading: 'Loading the audit trail…',
    none: 'No staff actions yet.',
    noProblems: 'No refused or failed actions.',
    date: 'Date',
    time: 'Time',
    who: 'Who',
    what: 'What',
    result: 'Result',
    roles: { manager: 'Manager', reception: 'Reception', none: 'No staff signed in' },
    outcomes: { succeeded: 'Done', refused: 'Refused', failed: 'Failed' },
    newer: 'Newer',
    older: 'Older',
  },
  pager: { pageOf: 'Page {page} of {pages}' },
  notifications: {
    title: 'Arrival notifications',
    intro: 'Each arrival is posted to one incoming webhook (Slack, Teams, or any service that takes a JSON "text" field), naming the visitor and the person they are visiting.',
    target: 'Arrivals are posted to {target}.',
    off: 'Arrivals are not posted anywhere yet.',
    loading: 'Loading…',
    unreadable: 'An address is saved, but it cannot be read on this computer. Enter it again, or stop notifications.',
    last: 'Last message, {time}: {outcome}',
    delivered: 'Delivered.',
    webhookUrl: 'Webhook address',
    save: 'Save address',
    saved: 'Saved. The next arrival is posted there.',
    test: 'Send a test message',
    tested: 'The test message was delivered.',
    remove: 'Stop notifications',
    removed: 'Arrivals are no longer posted.',
    dailySummary: 'Also post a daily summary here',
    dailySummaryHint:
      'After midnight, the day before: visitors, unlocks, denied attempts, each door’s counts and the people most often refused. Everyone the webhook reaches gets it.',
    dailySummaryLast: 'Last summary sent for {day}.',
  },
  app: {
    notConnectedTitle: 'This page is not connected to the kiosk',
    notConnectedBody: 'Open the address printed by "npm run start:web" (it ends in ?token=…), or start the Frontdesk app.',
    loading: 'Starting…',
    reconnecting: 'Reconnecting to the kiosk…',
    refusedTitle: 'This screen is no longer connected to the kiosk',
    refusedBody: 'The kiosk was started with a new address. Open the address it printed (it ends in ?token=…).',
  },
  welcome: {
    greeting: 'Welcome',
    prompt: 'Tap to begin',
    checkIn: 'Check in',
    checkInHint: 'I am visiting',
    checkOut: 'Check out',
    checkOutHint: 'I am leaving',
    staff: 'Staff',
    scanUnknown: 'This code is not one the kiosk knows. Please tap Check in or Check out, or see reception.',
  },
  pin: {
    title: 'Staff sign-in',
    prompt: 'Enter your staff PIN',
    unlock: 'Unlock',
    clear: 'Clear',
    delete: 'Delete last digit',
    digitsEntered: 'No digits entered | 1 digit entered | {count} digits entered',
    locked: 'Locked. Try again in {seconds} s.',
    back: 'Back',
    pinsSaved: 'The PINs are saved. Enter a PIN to open the staff console.',
  },
  setup: {
    title: 'Set up the staff PINs',
    step: 'Step {step} of {total}',
    intro: 'There is no default PIN. The manager chooses two PINs now: one for managers, one for reception.',
    managerPin: 'Choose the manager PIN (4–12 digits)',
    managerPinAgain: 'Enter the manager PIN again',
    receptionPin: 'Choose the reception PIN (4–12 digits)',
    receptionPinAgain: 'Enter the reception PIN again',
    next: 'Next',
    save: 'Save PINs',
    mismatch: 'The two entries differ. Choose the PIN again.',
    tooShort: 'A PIN is 4 to 12 digits.',
    sameAsManager: 'The reception PIN must differ from the manager PIN.',
    startOver: 'Start over',
  },
  console: {
    title: 'Staff console',
    roleReception: 'Reception',
    roleManager: 'Manager',
    lock: 'Lock',
    overview: 'Overview',
    settings: 'Settings',
    signedInAs: 'Signed in as {role}',
    sessionUntil: 'The console locks itself after {minutes} minutes without use.',
    notices: 'Notices',
    /** What the start or the database checks found; the README's Recovery has the steps in full. */
    noticeTexts: {
      settingsMissing:
        'The settings file was missing, so the kiosk started with its default settings. Set up the kiosk settings, Kisi and the visitor policies again, or restore settings.json from a backup (README → Troubleshooting → Recovery).',
      settingsUnreadable:
        'The settings file could not be read, so the kiosk started with its default settings; the damaged file is kept as {movedTo}. Set up the kiosk settings, Kisi and the visitor policies again, or restore settings.json from a backup (README → Troubleshooting → Recovery).',
      settingsReset: 'Some settings were invalid and are back to their defaults: {settings}. Check them under Settings, Kisi and Visitor policies.',
      visitTypeRemoved: 'The visit type “{visitType}” had invalid values ({fields}) and was left out, so visitors cannot choose it. Add it again under Visitor policies.',
      visitTypeUnreadable: 'A visit type ({visitType}) could not be read and was left out. Add it again under Visitor policies.',
      visitTypeOverLimit: 'The visit type “{visitType}” was left out: a kiosk offers at most 20 visit types.',
      denyListEntriesRemoved: 'These deny-list entries were invalid and were removed: {entries}. Enter them again under Visitor policies.',
      hidReadersRemoved: 'These badge readers were invalid in the settings file and were left out, so the kiosk no longer reads them: {readers}.',
      settingsBackupKept: 'The settings file as it was before the repair is kept as {backupFile}.',
      pinsRestored: 'The staff PINs were missing from the settings file and were restored from the kiosk database.',
      secretStorageWeak: 'Secrets are protected by a key file in the data directory, not by the operating system keychain.',
      databaseStartedEmpty:
        'The kiosk database was lost and the kiosk was started with an empty one, as confirmed at start-up: earlier visits, invitations and pending Kisi writes are gone. The access links this kiosk made for those visits are removed in Kisi while it is connected.',
      databaseStartedEmptyLinksKept:
        'The kiosk database was lost and the kiosk was started with an empty one, as confirmed at start-up: earlier visits, invitations and pending Kisi writes are gone. The kiosk cannot tell which Kisi access links were made for those visits, so none were removed: they show under Visits as links of another kiosk until they end. Delete them in the Kisi dashboard if they must stop now.',
      databaseDamaged:
        'The kiosk database is damaged ({problem}). Check-ins still work, but some visits or lists may fail to show. Soon, outside opening hours: stop the kiosk, keep a copy of frontdesk.db, and restore the last good backup (README → Troubleshooting → Recovery).',
      databaseDamagedNotWritable:
        'The kiosk database is damaged ({problem}) and cannot save check-ins any more, so visitors are sent to reception. Stop the kiosk, keep a copy of frontdesk.db, and restore the last good backup (README → Troubleshooting → Recovery).',
    } satisfies Record<StartupNoticeKind, string>,
    setup: {
      title: 'Before visitors get door access',
      connect: 'Connect Kisi (or try the demo)',
      place: 'Choose the Kisi place of this kiosk',
      doors: 'Give at least one visit type its doors',
      done: '{step} — done',
    },
  },
  settings: {
    title: 'Kiosk settings',
    organisationName: 'Organisation name',
    idleTimeoutSeconds: 'Return to the welcome screen after (seconds without use)',
    staffSessionMinutes: 'Lock the staff console after (minutes without use)',
    passDisplaySeconds: 'Keep the visitor’s pass on screen for (seconds)',
    visitorDataDays: 'Keep visitors’ personal data for (days after the visit)',
    visitorDataDaysHint:
      'After that, the visitor’s name, contact details, host and purpose are erased from the visit and from every log line about it; the lines stay, as “Erased visitor”, so counts still add up. Checked at start, daily, and when you save.',
    kioskMode: 'Full-screen kiosk mode',
    kioskModeHint: 'While it is on, the kiosk window cannot be closed from the keyboard or the screen. To close Frontdesk, switch it off and save, then close the window.',
    save: 'Save settings',
    saved: 'Settings saved.',
    changePins: 'Change a PIN',
    pinRole: 'PIN for',
    newPin: 'New PIN',
    savePin: 'Save PIN',
    pinSaved: 'The {role} PIN was changed.',
    diagnostics: 'Diagnostics',
    version: 'Version',
    runtime: 'Runtime',
    dataDirectory: 'Data directory',
    secretProtection: 'Secret storage',
    databaseSchema: 'Database schema',
  },
} as const

export type MessageSchema = typeof en
