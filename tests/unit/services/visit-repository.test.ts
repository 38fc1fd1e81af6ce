import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { migrations } from '../../../electron/services/database/migrations'
import { SqliteDatabase } from '../../../electron/services/database/sqlite-database'
import { VisitRepository } from '../../../electron/services/visits/visit-repository'
import { sampleVisit, sampleVisitRow as sampleRow } from '../../fixtures/sample-visit'
import { useTempDirectory } from '../../fixtures/temp-directory'

/** Every column of the table, without the bookkeeping key libsql adds. */
const storedRow = z.object(Object.fromEntries(Object.keys(sampleRow).map((column) => [column, z.unknown()])))

describe('VisitRepository', () => {
  const tempDirectory = useTempDirectory()
  const open = () => {
    const database = SqliteDatabase.open(join(tempDirectory(), 'kiosk.db'), migrations)
    return { database, repository: new VisitRepository(database), rawRow: () => database.get('SELECT * FROM visits', storedRow) }
  }

  it('stores every field of a visit in its column and reads it back unchanged', () => {
    const { repository, rawRow } = open()
    repository.insert(sampleVisit())
    expect(rawRow()).toEqual(sampleRow)
    expect(repository.find(sampleRow.id)).toEqual(sampleVisit())
    expect(repository.findByInviteCode('K7PQ4X2M')).toEqual(sampleVisit())
    expect(repository.findBySecretHash('5f2b8c7d')).toEqual(sampleVisit())
  })

  it('reads a row as earlier versions of the kiosk wrote it', () => {
    const { database, repository } = open()
    const columns = Object.keys(sampleRow)
    database.run(`INSERT INTO visits (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, Object.values(sampleRow))
    // Rows from before pass codes and recorded agreement acceptance have neither.
    expect(repository.withStatus('on-site')).toEqual([sampleVisit({ passCode: null, agreementAcceptance: null })])
    // Before problems were data, main wrote them in English: such a row still shows those words.
    database.run("UPDATE visits SET access_problem = 'Extending the access failed: Kisi was slow.'")
    expect(repository.find(sampleRow.id)?.accessProblem).toEqual({ text: 'Extending the access failed: Kisi was slow.' })
    database.run(`UPDATE visits SET access_problem = '{"what":"teleported"}'`)
    expect(repository.find(sampleRow.id)?.accessProblem).toEqual({ text: '{"what":"teleported"}' })
  })

  it('changes every field a patch names, and only those', () => {
    const { database, repository, rawRow } = open()
    repository.insert(sampleVisit())
    const changed = sampleVisit({
      visitTypeId: 'contractor',
      visitTypeName: 'Contractor',
      visitor: { name: 'Grace Hopper', email: 'grace@example.com' },
      status: 'left',
      holdReason: 'deny-list',
      agreementVersion: 4,
      agreementAcceptance: 'visitor-at-kiosk',
      inviteCode: 'ZZZZ2222',
      expectedAt: '2026-11-29T08:30:00.000Z',
      checkedInAt: '2026-11-29T09:00:00.000Z',
      checkedOutAt: '2026-11-29T16:45:00.000Z',
      autoCheckOutAt: '2026-11-29T18:00:00.000Z',
      accessState: 'revoked',
      accessGroupId: 43,
      accessGroupName: 'Contractors',
      doorNames: ['Loading Dock'],
      accessValidFrom: '2026-11-29T09:00:01.000Z',
      accessValidUntil: '2026-11-29T17:00:00.000Z',
      accessProblem: null,
      passCode: 'M2XA-Z9ZZ',
      linkGeneration: 3,
      linkId: 9002,
      sealedLinkSecret: 'sealed:Other_0123456789',
      linkSecretHash: '6a3c9d8e',
      createdAt: '2026-11-29T07:00:00.000Z',
      updatedAt: '2026-11-29T09:00:02.000Z',
    })
    const { id, ...everything } = changed
    expect(repository.update(id, everything)).toEqual(changed)
    expect(rawRow()).toMatchObject({ visitor_name: 'Grace Hopper', visitor_details: JSON.stringify(changed.visitor), access_door_names: '["Loading Dock"]' })

    // What another writer changed meanwhile stays: the outbox relies on this after a slow Kisi call.
    database.run("UPDATE visits SET access_problem = 'changed meanwhile'")
    expect(repository.update(id, { status: 'cancelled' })).toEqual({ ...changed, status: 'cancelled', accessProblem: { text: 'changed meanwhile' } })
  })

  it.each([
    ['visitor details that are not JSON', "visitor_details = '{\"name\":'", 'visitor_details'],
    ['visitor details without a name', `visitor_details = '{"email":"ada@example.com"}'`, 'visitor_details.name'],
    ['door names that are not all text', `access_door_names = '["Lab",7]'`, 'access_door_names[1]'],
    ['a status the kiosk does not know', "status = 'teleported'", 'status'],
    ['a name that differs from the details', "visitor_name = 'Someone Else'", 'visitor_name'],
  ])('refuses a row with %s, naming the visit and the column', (_damage, assignment, column) => {
    const { database, repository } = open()
    repository.insert(sampleVisit())
    database.run(`UPDATE visits SET ${assignment}`)
    const damaged = new RegExp(`^Visit a1b2c3d4e5f6a7b8c9d0 is damaged in the kiosk database[^]*→ at ${column.replace(/[.[\]]/g, '\\$&')}$`, 'm')
    expect(() => repository.find(sampleRow.id)).toThrow(damaged)
    expect(() => repository.forDay('2026-11-28T00:00:00.000Z', '2026-11-29T00:00:00.000Z')).toThrow(damaged)
  })
})
