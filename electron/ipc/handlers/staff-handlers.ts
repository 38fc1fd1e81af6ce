import { AppError, failedBecause } from '@shared/errors'
import type { StaffStatus } from '@shared/schemas/staff-access'
import type { StaffAuditLog } from '../../services/audit/staff-audit-log'
import type { PinService } from '../../services/staff/pin-service'
import type { StaffSessions } from '../../services/staff/staff-sessions'
import type { CallHandlers } from '../call-dispatcher'

export interface StaffHandlerDeps {
  pins: PinService
  sessions: StaffSessions
  audit: StaffAuditLog
}

type StaffHandlers = Pick<
  CallHandlers,
  'staff.status' | 'staff.setupPins' | 'staff.unlock' | 'staff.lock' | 'staff.keepAlive' | 'staff.changePin'
>

export function createStaffHandlers({ pins, sessions, audit }: StaffHandlerDeps): StaffHandlers {
  const status = (): StaffStatus => ({ ...pins.status(), session: sessions.current() })

  return {
    'staff.status': status,
    'staff.setupPins': async ({ managerPin, receptionPin }) => {
      await pins.setup(managerPin, receptionPin)
      audit.record({ role: null, action: 'set up staff PINs', outcome: 'succeeded' })
      return status()
    },
    'staff.unlock': async ({ pin }) => {
      try {
        const role = await pins.verify(pin)
        audit.record({ role, action: 'unlock staff console', outcome: 'succeeded' })
        return sessions.start(role)
      } catch (error) {
        if (error instanceof AppError) {
          audit.record({ role: null, action: 'unlock staff console', outcome: 'refused', detail: error.code })
        }
        throw error
      }
    },
    'staff.lock': () => {
      const session = sessions.current()
      sessions.end('locked')
      if (session) audit.record({ role: session.role, action: 'lock staff console', outcome: 'succeeded' })
      return null
    },
    // The dispatcher's access check has already slid the session forward.
    'staff.keepAlive': () => {
      const session = sessions.current()
      if (!session) throw failedBecause('staff_locked', 'staffLocked', {}, 'The staff console is locked')
      return session
    },
    'staff.changePin': async ({ role, pin }) => {
      await pins.change(role, pin)
      audit.record({ role: 'manager', action: `change ${role} PIN`, outcome: 'succeeded' })
      return null
    },
  }
}
