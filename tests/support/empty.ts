// Stands in for the 'server-only' guard when tests import lib/data directly.
export {};
