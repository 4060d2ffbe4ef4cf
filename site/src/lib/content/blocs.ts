/** Emulation blocs (/khoi-thi-dua). */
import { query, queryOne } from './query'
import type { Bloc } from './types'

export const allBlocs = (page = 1, limit = 20) => query<Bloc>('blocs', { limit, page, sort: 'name', depth: 1 })

export const blocBySlug = (slug: string) => queryOne<Bloc>('blocs', { slug: { equals: slug } }, { depth: 1 })
