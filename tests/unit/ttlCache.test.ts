import { afterEach, describe, expect, it, vi } from 'vitest'

import { TtlCache, rememberRead } from '../../site/src/lib/cache/ttlCache'

afterEach(() => vi.useRealTimers())

describe('bounded TTL + LRU cache', () => {
  it('when full, drops the least recently used entry, not everything', () => {
    const cache = new TtlCache<number>({ maxEntries: 3, ttlMs: 60_000 })
    cache.set('a', 1)
    cache.set('b', 2)
    cache.set('c', 3)
    expect(cache.get('a')).toBe(1) // a is now the most recently used
    cache.set('d', 4)
    expect(cache.keys()).toEqual(['c', 'a', 'd'])
    expect(cache.get('b')).toBeUndefined()
    cache.set('c', 30) // setting again also counts as a use
    cache.set('e', 5)
    expect(cache.keys()).toEqual(['d', 'c', 'e'])
    expect(cache.size).toBe(3)
  })

  it('a burst of distinct keys evicts only as many entries as it adds', () => {
    const cache = new TtlCache<string>({ maxEntries: 100, ttlMs: 60_000 })
    for (let i = 0; i < 100; i++) cache.set(`hot${i}`, 'x')
    for (let i = 0; i < 10; i++) cache.set(`random${i}`, 'y')
    expect(cache.size).toBe(100)
    expect(cache.get('hot10')).toBe('x')
    expect(cache.get('hot9')).toBeUndefined()
  })

  it('serves an entry within its time to live only', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-12-01T00:00:00Z'))
    const cache = new TtlCache<string>({ maxEntries: 10, ttlMs: 2000 })
    cache.set('k', 'v')
    cache.set('long', 'v', 10_000)
    vi.advanceTimersByTime(1999)
    expect(cache.get('k')).toBe('v')
    vi.advanceTimersByTime(1)
    expect(cache.get('k')).toBeUndefined()
    expect(cache.size).toBe(1) // the stale entry is gone, not just hidden
    expect(cache.get('long')).toBe('v')
    cache.set('off', 'v', 0)
    expect(cache.get('off')).toBeUndefined()
  })

  it('deleteIf leaves a newer value in place', () => {
    const cache = new TtlCache<string>({ maxEntries: 10, ttlMs: 1000 })
    cache.set('k', 'old')
    cache.set('k', 'new')
    cache.deleteIf('k', 'old')
    expect(cache.get('k')).toBe('new')
    cache.deleteIf('k', 'new')
    expect(cache.get('k')).toBeUndefined()
  })
})

describe('rememberRead', () => {
  it('coalesces concurrent reads of one key into one', async () => {
    const cache = new TtlCache<Promise<unknown>>({ maxEntries: 10, ttlMs: 1000 })
    let calls = 0
    let finish!: (v: string) => void
    const read = () => {
      calls++
      return new Promise<string>((resolve) => (finish = resolve))
    }
    const all = Promise.all([rememberRead(cache, 'k', read), rememberRead(cache, 'k', read), rememberRead(cache, 'k', read)])
    finish('value')
    expect(await all).toEqual(['value', 'value', 'value'])
    expect(calls).toBe(1)
    expect(await rememberRead(cache, 'k', read)).toBe('value')
    expect(calls).toBe(1)
  })

  it('does not remember a failed read', async () => {
    const cache = new TtlCache<Promise<unknown>>({ maxEntries: 10, ttlMs: 1000 })
    let calls = 0
    const failing = () => {
      calls++
      return Promise.reject(new Error('database busy'))
    }
    await expect(rememberRead(cache, 'k', failing)).rejects.toThrow('database busy')
    await expect(rememberRead(cache, 'k', failing)).rejects.toThrow('database busy')
    expect(calls).toBe(2)
    expect(await rememberRead(cache, 'k', async () => 'ok')).toBe('ok')
  })

  it('reads again once the time to live is over', async () => {
    vi.useFakeTimers()
    const cache = new TtlCache<Promise<unknown>>({ maxEntries: 10, ttlMs: 1000 })
    let calls = 0
    const read = async () => ++calls
    expect(await rememberRead(cache, 'k', read)).toBe(1)
    vi.advanceTimersByTime(999)
    expect(await rememberRead(cache, 'k', read)).toBe(1)
    vi.advanceTimersByTime(1)
    expect(await rememberRead(cache, 'k', read)).toBe(2)
    expect(await rememberRead(cache, 'other', read, 5000)).toBe(3)
  })
})
