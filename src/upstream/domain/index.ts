/**
 * Domain types of the upstream layer: what IMS, Glance and IAM objects mean, in domain names.
 *
 * Wire names (`__os_type`, `process_percent`, `member_status`, …) never appear outside `src/upstream/`: the
 * clients parse the wire with zod and map it to these types. Glance and IMS images map to the same `Image`.
 * Everything upstream sends that has no field here is kept, under its wire key, in `extraProperties`.
 * Domain names are the GraphQL names: the schema exposes these fields as they are.
 *
 * Conventions: absent or empty upstream values are `null` (never `undefined`); timestamps are ISO-8601 strings
 * in UTC (`2018-09-06T14:03:27.000Z`); sizes are numbers of bytes (exact up to 2^53); IMS string booleans
 * (`"true"`/`"false"`) are booleans.
 */
export * from './images';
export * from './filters';
export * from './service';
export * from './jobs';
export * from './requests';
export * from './iam';
