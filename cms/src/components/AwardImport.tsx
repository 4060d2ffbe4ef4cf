'use client'
/**
 * "Nhập danh sách từ tệp" on an award decision: choose an .xlsx or .csv, see
 * how its columns were matched (and change it), read the dry run's report
 * (download it as a spreadsheet), then commit and follow the progress. The
 * work is done by POST /api/award-decisions/:id/import (cms/src/awards/).
 */
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

import { HONOUR_ROLL_FIELD_LABELS, PERSONAL_FIELD_LABELS } from '@portal/shared/honourRollColumns'

interface Column {
  index: number
  header: string
  target: string
}

interface DryRun {
  summary: string[]
  columns: Column[]
  valid: number
  alreadyStored: number
  problemCount: number
  problems: Array<{ line: number; reason: string }>
  notes: string[]
  error?: string
}

const TARGET_OPTIONS: Array<[string, string]> = [
  ['ignore', '(bỏ qua cột này)'],
  ...Object.entries(HONOUR_ROLL_FIELD_LABELS),
  ...Object.entries(PERSONAL_FIELD_LABELS).map(([value, label]): [string, string] => [value, `${label} (bỏ, không lưu)`]),
]

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16, margin: '16px 0' }

export function AwardImport() {
  const { id } = useDocumentInfo()
  const {
    config: { routes, serverURL },
  } = useConfig()
  const api = `${serverURL ?? ''}${routes.api}`
  const [file, setFile] = useState<File | null>(null)
  const [mapping, setMapping] = useState<Record<string, string>>({})
  const [dryRun, setDryRun] = useState<DryRun | null>(null)
  const [message, setMessage] = useState<string>('')
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<{ processed: number; total: number } | null>(null)

  if (!id) return <p style={box}>Lưu quyết định trước, rồi nhập danh sách khen thưởng kèm theo từ tệp Excel hoặc CSV.</p>

  const send = (mode: 'dry-run' | 'report' | 'commit') => {
    const form = new FormData()
    form.append('file', file!)
    form.append('_payload', JSON.stringify({ mode, ...(Object.keys(mapping).length ? { mapping } : {}) }))
    return fetch(`${api}/award-decisions/${id}/import`, { method: 'POST', body: form, credentials: 'include' })
  }

  async function check() {
    if (!file) return setMessage('Chọn tệp danh sách (.xlsx hoặc .csv).')
    setBusy(true)
    setMessage('Đang đọc và kiểm tra từng dòng...')
    try {
      const response = await send('dry-run')
      const body = (await response.json()) as DryRun & { error?: string }
      if (!response.ok) {
        setDryRun(null)
        setMessage(body.error ?? 'Không kiểm tra được tệp.')
      } else {
        setDryRun(body)
        setMessage(body.problemCount ? `Có ${body.problemCount} dòng lỗi: sửa tệp rồi kiểm tra lại.` : `Tệp hợp lệ: ${body.valid} dòng sẽ được ghi.`)
      }
    } finally {
      setBusy(false)
    }
  }

  async function downloadReport() {
    const response = await send('report')
    if (!response.ok) return setMessage('Không tạo được báo cáo.')
    const url = URL.createObjectURL(await response.blob())
    const link = document.createElement('a')
    link.href = url
    link.download = `bao-cao-nhap-danh-sach.xlsx`
    link.click()
    URL.revokeObjectURL(url)
  }

  async function commit() {
    setBusy(true)
    setMessage('Đang ghi danh sách...')
    try {
      const response = await send('commit')
      const body = (await response.json()) as { batch?: number; total?: number; error?: string }
      if (!response.ok || body.batch == null) return setMessage(body.error ?? 'Không ghi được danh sách.')
      setProgress({ processed: 0, total: body.total ?? 0 })
      for (;;) {
        await new Promise((r) => setTimeout(r, 800))
        const state = (await (await fetch(`${api}/award-imports/${body.batch}?depth=0`, { credentials: 'include' })).json()) as {
          status: string
          processed: number
          total: number
          error?: string
        }
        setProgress({ processed: state.processed ?? 0, total: state.total ?? 0 })
        if (state.status === 'committed') {
          setMessage(`Đã ghi ${state.total} dòng vào quyết định. Tải lại trang để xem danh sách.`)
          setDryRun(null)
          return
        }
        if (state.status === 'failed') return setMessage(`Nhập thất bại, không dòng nào được giữ lại: ${state.error ?? ''}`)
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <section style={box} aria-labelledby="nhap-danh-sach-tieu-de" className="award-import">
      <h3 id="nhap-danh-sach-tieu-de">Nhập danh sách từ tệp Excel / CSV</h3>
      <p>
        Tệp .xlsx hoặc .csv (tối đa 50 MB), có dòng tên cột như STT, Họ và tên, Chức vụ, Đơn vị, Danh hiệu, Năm. Cột ngày sinh, số CCCD, địa chỉ, điện thoại bị
        bỏ, không lưu. Chạy thử trước: chưa dòng nào được ghi cho đến khi bấm “Ghi vào quyết định”.
      </p>
      <label>
        Tệp danh sách{' '}
        <input
          type="file"
          name="award-import-file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null)
            setDryRun(null)
            setMapping({})
            setProgress(null)
          }}
        />
      </label>{' '}
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy || !file} onClick={check}>
        {dryRun ? 'Kiểm tra lại' : 'Kiểm tra (chạy thử)'}
      </button>
      {message && (
        <p role="status" aria-live="polite" className="award-import__message">
          {message}
        </p>
      )}
      {progress && (
        <p>
          <label>
            Tiến độ ghi{' '}
            <progress max={progress.total || 1} value={progress.processed}>
              {progress.processed}/{progress.total}
            </progress>{' '}
            {progress.processed}/{progress.total}
          </label>
        </p>
      )}
      {dryRun && (
        <>
          <ul>
            {dryRun.summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <table>
            <caption style={{ textAlign: 'left', fontWeight: 600 }}>Ghép cột (có thể sửa, rồi bấm “Kiểm tra lại”)</caption>
            <thead>
              <tr>
                <th scope="col">Cột trong tệp</th>
                <th scope="col">Trường</th>
              </tr>
            </thead>
            <tbody>
              {dryRun.columns.map((c) => (
                <tr key={c.index}>
                  <td>{c.header}</td>
                  <td>
                    <select
                      aria-label={`Trường cho cột “${c.header}”`}
                      value={mapping[String(c.index)] ?? c.target}
                      onChange={(e) => setMapping({ ...mapping, [String(c.index)]: e.target.value })}
                    >
                      {TARGET_OPTIONS.map(([value, label]) => (
                        <option key={value} value={value}>
                          {label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {dryRun.problemCount > 0 && (
            <>
              <h4>Dòng lỗi ({dryRun.problemCount})</h4>
              <ul className="award-import__problems">
                {dryRun.problems.map((p) => (
                  <li key={`${p.line}-${p.reason}`}>
                    Dòng {p.line}: {p.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            <button type="button" className="btn btn--style-secondary btn--size-small" onClick={downloadReport}>
              Tải báo cáo (.xlsx)
            </button>{' '}
            <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy || dryRun.problemCount > 0 || dryRun.valid === 0} onClick={commit}>
              Ghi vào quyết định ({dryRun.valid} dòng)
            </button>
          </p>
        </>
      )}
    </section>
  )
}
