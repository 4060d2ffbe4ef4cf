import { passwordProblem } from '@portal/shared/passwordRule'
import { ValidationError, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook } from 'payload'

const refuse = (collection: string, message: string) => new ValidationError({ collection, errors: [{ message, path: 'password' }] })

/** A new or changed password follows the portal's rule (shared/src/passwordRule.ts). */
export const checkNewPassword: CollectionBeforeValidateHook = ({ data, originalDoc, collection }) => {
  if (data && typeof data.password === 'string') {
    const problem = passwordProblem(data.password, { email: data.email ?? originalDoc?.email, name: data.name ?? originalDoc?.name })
    if (problem) throw refuse(collection.slug, problem)
  }
  return data
}

/** A reset sets the password without the collection's validate hooks: the rule is checked here instead. */
export const checkResetPassword: CollectionBeforeOperationHook = ({ args, operation, collection }) => {
  if (operation !== 'resetPassword') return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  const problem = passwordProblem(password)
  if (problem) throw refuse(collection.slug, problem)
  return args
}
