import net from 'node:net'

export interface ReceivedMail {
  from: string
  to: string[]
  /** The raw message, headers and body. */
  data: string
}

/** The body of a received mail as text, undoing quoted-printable or base64 (nodemailer's choice for Vietnamese text). */
export function bodyOf(mail: ReceivedMail): string {
  const split = mail.data.indexOf('\n\n')
  const headers = mail.data.slice(0, split)
  const body = mail.data.slice(split + 2)
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
    const bytes = body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
  }
  if (/content-transfer-encoding:\s*base64/i.test(headers)) return Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8')
  return body
}

/**
 * A minimal SMTP server on a free local port that accepts every message and
 * keeps it, so tests can check what the portal mails without any outside
 * service. Speaks just enough of RFC 5321 for nodemailer (no TLS, no auth).
 */
export async function startSmtpServer() {
  const mails: ReceivedMail[] = []
  const waiters: Array<() => void> = []
  const server = net.createServer((socket) => {
    let buffer = ''
    let current: ReceivedMail = { from: '', to: [], data: '' }
    let inData = false
    const reply = (line: string) => socket.write(`${line}\r\n`)
    reply('220 test-smtp ready')
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8')
      let end: number
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        if (inData) {
          if (line === '.') {
            inData = false
            mails.push(current)
            current = { from: '', to: [], data: '' }
            waiters.splice(0).forEach((wake) => wake())
            reply('250 OK: queued')
          } else current.data += `${line.startsWith('..') ? line.slice(1) : line}\n`
          continue
        }
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === 'EHLO' || verb === 'HELO') reply('250 test-smtp')
        else if (verb === 'MAIL') (current.from = line.slice(10).trim()), reply('250 OK')
        else if (verb === 'RCPT') current.to.push(line.slice(8).trim().replace(/^<|>$/g, '')), reply('250 OK')
        else if (verb === 'DATA') (inData = true), reply('354 End data with <CR><LF>.<CR><LF>')
        else if (verb === 'QUIT') reply('221 Bye'), socket.end()
        else reply('250 OK')
      }
    })
    socket.on('error', () => undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  return {
    port,
    mails,
    /** Resolves once `count` mails have arrived (or rejects after `ms`). */
    async waitFor(count: number, ms = 10_000) {
      const deadline = Date.now() + ms
      while (mails.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} mails, received ${mails.length}`)
        await new Promise<void>((resolve) => {
          waiters.push(resolve)
          setTimeout(resolve, 100)
        })
      }
      return mails
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
