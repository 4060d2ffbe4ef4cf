/**
 * Document ids are opaque: numbers on SQLite, ObjectId strings on MongoDB.
 * Passed to a fixture process through the environment they become strings, so
 * this gives them back their database's shape (Number() would turn an
 * ObjectId into NaN).
 */
export function idFromEnv(name: string): number | string {
  const raw = process.env[name]
  if (!raw) throw new Error(`${name} must be the id of a document`)
  return /^\d+$/.test(raw) ? Number(raw) : raw
}
