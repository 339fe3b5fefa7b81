/**
 * The message groups the staff area's client components read (`useTranslations` in 'use client' files under
 * components/admin, components/retire and app/[locale]/admin). Only these are sent to the browser; tests/unit/client-namespaces.test.ts
 * fails when a client component reads a group missing here.
 */
export const staffClientNamespaces = [
  'Admin', 'Forms', 'Fields', 'Validation', 'AdminErrors', 'Conflict', 'Changes', 'Import', 'Staff', 'SignIn', 'Invite', 'Account', 'Audit',
  'ObservationForm', 'SourceForm', 'Settings', 'MarkdownRemovals', 'NotStated', 'Retire',
] as const;
