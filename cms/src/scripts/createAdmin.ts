/**
 * Creates an administrator without a default password: the password is read
 * from ADMIN_PASSWORD or typed at the prompt (never echoed, never stored in
 * plain text). Usage: npm run create-admin -- --email you@example.vn --name "Họ tên"
 */
import { parseArgs } from 'node:util'
import readline from 'node:readline'

import { getPayload } from 'payload'

import config from '../payload.config'
import { migrateDatabase } from '../db/migrate'
import { env } from '../env/index'

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } })

async function ask(question: string, hidden = false): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true })
  if (hidden) {
    ;(rl as any)._writeToOutput = (text: string) => {
      if (text.startsWith(question)) (rl as any).output.write(question)
    }
  }
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve))
  rl.close()
  if (hidden) process.stdout.write('\n')
  return answer.trim()
}

const email = values.email ?? env().admin.email ?? (await ask('Email: '))
const name = values.name ?? env().admin.name ?? (await ask('Họ và tên: '))
const password = env().admin.password ?? (await ask('Mật khẩu (ít nhất 12 ký tự): ', true))

if (password.length < 12) {
  console.error('Mật khẩu phải có ít nhất 12 ký tự. / Password must be at least 12 characters.')
  process.exit(2)
}

const payload = await getPayload({ config })
await migrateDatabase(payload)
try {
  await payload.create({ collection: 'users', data: { email, name, password, role: 'admin' }, overrideAccess: true })
  console.log(`Đã tạo tài khoản quản trị ${email}. / Admin ${email} created.`)
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`Không tạo được tài khoản: ${(error as Error).message}`)
  await payload.destroy()
  process.exit(1)
}
