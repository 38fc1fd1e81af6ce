import type { StartupNotice } from '@shared/ipc/system-calls'
import { i18n, translate } from '@renderer/i18n'
import { wordParams } from './word-params'

/** A notice for managers in the console's words: its kind says what happened, its facts fill the text. */
export function describeNotice({ kind, params }: StartupNotice): string {
  return translate(`console.noticeTexts.${kind}`, wordParams(params, i18n.global.locale.value))
}
