/**
 * A temporary store for the unit tests of bundles that keep state in the hub's database
 * (test scope only, never deployed).
 */
package io.hearthguard.protection.testing.store;
