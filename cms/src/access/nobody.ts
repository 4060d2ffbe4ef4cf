import type { Access } from 'payload'

/** No one through the API: only server code writes these documents (Local API / payload.db). */
export const nobody: Access = () => false
