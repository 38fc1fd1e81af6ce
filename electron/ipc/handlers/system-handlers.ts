import { failedBecause } from '@shared/errors'
import type { Diagnostics, StartupNotice } from '@shared/ipc/system-calls'
import type { SqliteDatabase } from '../../services/database/sqlite-database'
import type { PagePdf } from '../../services/ports'
import type { SecretBox } from '../../services/secrets/secret-box'
import type { CallHandlers } from '../call-dispatcher'

export interface SystemFacts {
  runtime: Diagnostics['runtime']
  appVersion: string
  dataDirectory: string
  database: SqliteDatabase
  secretBox: SecretBox
  notices: () => readonly StartupNotice[]
  /** Null in the browser host, where the browser's print dialog saves PDFs. */
  pagePdf: PagePdf | null
}

export function createSystemHandlers(facts: SystemFacts): Pick<CallHandlers, 'system.diagnostics' | 'system.documentSupport' | 'system.printToPdf'> {
  const { pagePdf } = facts
  return {
    'system.diagnostics': () => ({
      appVersion: facts.appVersion,
      runtime: facts.runtime,
      dataDirectory: facts.dataDirectory,
      secretProtection: facts.secretBox.protection,
      databaseSchemaVersion: facts.database.schemaVersion,
      notices: [...facts.notices()],
    }),
    'system.documentSupport': () => ({ printToPdf: pagePdf !== null }),
    'system.printToPdf': async ({ fileName }) => {
      if (!pagePdf) throw failedBecause('not_available', 'pdfNotOnThisHost', {}, 'Saving a PDF needs the Electron app; this host prints through the browser')
      return { saved: await pagePdf.save(fileName) }
    },
  }
}
