import { describe, expect, it } from 'vitest'
import { paginate, readIds, readPage } from '../../electron/kisi-sandbox/list-query'

const limits = { defaultLimit: 10, maxLimit: 250 }
const query = (text: string) => new URLSearchParams(text)

describe('X-Collection-Range', () => {
  it('names the requested range, as in the SPEC example 10-19/15', () => {
    expect(paginate(Array.from({ length: 15 }, (_, index) => index), { offset: 10, limit: 10 }).range).toBe('10-19/15')
    expect(paginate(Array.from({ length: 8 }, (_, index) => index), { offset: 0, limit: 50 }).range).toBe('0-49/8')
  })

  it('is */0 for an empty result, and keeps the requested range past the end of a non-empty one', () => {
    expect(paginate([], { offset: 0, limit: 10 }).range).toBe('*/0')
    expect(paginate(Array.from({ length: 15 }, (_, index) => index), { offset: 20, limit: 10 }).range).toBe('20-29/15')
  })

  it('paginates a slice with its header', () => {
    expect(paginate([1, 2, 3, 4, 5], { offset: 2, limit: 2 })).toEqual({ items: [3, 4], range: '2-3/5' })
    expect(paginate([1, 2, 3, 4], { offset: 4, limit: 2 })).toEqual({ items: [], range: '4-5/4' })
  })
})

describe('limit and offset', () => {
  it('uses the endpoint default and clamps to its maximum', () => {
    expect(readPage(query(''), limits)).toEqual({ offset: 0, limit: 10 })
    expect(readPage(query('limit=1000&offset=30'), limits)).toEqual({ offset: 30, limit: 250 })
  })

  it.each(['limit=abc', 'limit=-1', 'limit=0', 'limit=1.5', 'offset=-1', 'offset=20001', 'offset=x'])('refuses %s with a 400', (text) => {
    expect(() => readPage(query(text), limits)).toThrow(expect.objectContaining({ status: 400, code: '000400' }))
  })
})

describe('ids', () => {
  it('reads comma-separated and Rails array forms', () => {
    expect(readIds(query('ids=3,4'))).toEqual(new Set([3, 4]))
    expect(readIds(query('ids[]=5&ids[]=6'))).toEqual(new Set([5, 6]))
    expect(readIds(query(''))).toBeUndefined()
    expect(() => readIds(query('ids=1,two'))).toThrow(expect.objectContaining({ status: 400 }))
  })
})
