import type { APIRoute } from 'astro'

import { honourRollFile } from '../../lib/content'

/**
 * The honour roll as a spreadsheet: /bang-vang/tai-ve.xlsx or .csv (UTF-8
 * with BOM), with the filters of /bang-vang and ?quyet-dinh=<id>. Public
 * roll only; cells that would run as formulas are escaped.
 */
export const GET: APIRoute = async ({ params, url }) => {
  const format = params.format
  if (format !== 'xlsx' && format !== 'csv') {
    return new Response('Chỉ tải được tệp .xlsx hoặc .csv.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const file = await honourRollFile(url, format)
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'public, max-age=60',
    },
  })
}
