import config from '@portal/cms/config'
import { getPayload } from 'payload'

/**
 * The in-process Payload instance. `getPayload` keeps one instance per process
 * for a config, so a test that started Payload on its own temporary database
 * gets the same instance here.
 */
export const payload = () => getPayload({ config })
