import { randomUUID } from 'node:crypto'

import type { TextField } from 'payload'

import { documentNumberProblem, isNumbered } from '@portal/shared'

import { current, relationId } from './current'

interface NumberFieldOptions {
  /** Collection whose documents must not share a number with the same issuer. */
  collection: 'documents' | 'award-decisions'
  required?: boolean
}

/**
 * "Số, ký hiệu": checked against the grammar agencies use (443/KH-SLĐTBXH,
 * 99/2023/NQ-HĐND, 06/2022/QH15, 34-CT/TW, /KH-SLĐTBXH when not yet numbered)
 * and unique per issuer. The check here gives editors a clear message; the
 * unique `numberKey` index is what guarantees it under concurrent saves.
 */
export function documentNumberField({ collection, required = false }: NumberFieldOptions): TextField {
  return {
    name: 'number',
    label: 'Số, ký hiệu',
    type: 'text',
    index: true,
    required,
    admin: { description: 'Ví dụ: 443/KH-SLĐTBXH, 99/2023/NQ-HĐND, 34-CT/TW. Văn bản chưa có số: /KH-SLĐTBXH hoặc để trống.' },
    hooks: {
      beforeValidate: [({ value }) => (typeof value === 'string' ? value.normalize('NFC').trim() || null : value)],
    },
    validate: async (value: string | null | undefined, { req, id, siblingData }: any) => {
      if (!value) return required ? 'Cần nhập số, ký hiệu văn bản.' : true
      const problem = documentNumberProblem(value)
      if (problem) return problem
      const issuer = siblingData?.issuer
      const issuerId = typeof issuer === 'object' && issuer ? issuer.id : issuer
      if (!issuerId || value.startsWith('/')) return true
      const clash = await req.payload.find({
        collection,
        where: { and: [{ number: { equals: value } }, { issuer: { equals: issuerId } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
        limit: 1,
        depth: 0,
        draft: true,
        overrideAccess: true,
        req,
      })
      return clash.totalDocs === 0 || `Cơ quan ban hành này đã có văn bản số ${value}.`
    },
  }
}

/**
 * Hidden unique key "issuer|number" behind the per-issuer uniqueness of
 * numbered documents. Documents without a serial (not yet numbered) get a key
 * of their own so that any number of them can coexist on every adapter.
 */
export const numberKeyField: TextField = {
  name: 'numberKey',
  type: 'text',
  unique: true,
  index: true,
  admin: { hidden: true },
  hooks: {
    beforeChange: [
      ({ siblingData, previousSiblingDoc: siblingDoc, value }) => {
        const number = current<string | null>(siblingData, siblingDoc, 'number')
        const issuer = relationId(current(siblingData, siblingDoc, 'issuer'))
        if (issuer != null && isNumbered(number)) return `${issuer}|${number}`
        return typeof value === 'string' && value.startsWith('unnumbered:') ? value : `unnumbered:${randomUUID()}`
      },
    ],
  },
}
