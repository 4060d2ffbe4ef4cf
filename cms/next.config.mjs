import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The CMS root has nothing to show readers: send editors to the admin.
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
  // sharp and the database drivers are native: load them from node_modules at run time.
  serverExternalPackages: ['sharp', '@libsql/client', 'libsql'],
  typescript: { ignoreBuildErrors: false },
  // No "X-Powered-By: Next.js": it tells a stranger what to attack.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
