import type { Diagnosis, UnlockFinding } from '@shared/schemas/account'
import { i18n, translate } from '@renderer/i18n'
import { en } from '@renderer/locales/en'
import { wordParams } from './word-params'

type Fixable = keyof typeof en.accounts.diagnose.fixes

/** Every locale has the English keys, so the English texts say which findings come with a fix. */
const hasFix = (finding: UnlockFinding): finding is Fixable => Object.hasOwn(en.accounts.diagnose.fixes, finding)

/** A diagnosis finding in the screen's words: what was found and, where there is one, what to do. */
export function describeFinding({ finding, params }: Diagnosis['findings'][number]): { message: string; fix: string | null } {
  const named = wordParams(params, i18n.global.locale.value)
  return {
    message: translate(`accounts.diagnose.findings.${finding}`, named),
    fix: hasFix(finding) ? translate(`accounts.diagnose.fixes.${finding}`, named) : null,
  }
}
