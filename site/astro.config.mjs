import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

/**
 * The public site: server-rendered on @astrojs/node, reading content
 * in-process through Payload's Local API (see src/lib/content.ts).
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  server: { port: Number(process.env.SITE_PORT ?? 4321), host: process.env.SITE_HOST ?? '127.0.0.1' },
  trailingSlash: 'never',
  build: { format: 'file' },
  vite: {
    ssr: {
      // Our workspaces are TypeScript source: Vite compiles them into the server bundle.
      noExternal: ['@portal/cms', '@portal/shared'],
    },
  },
})
