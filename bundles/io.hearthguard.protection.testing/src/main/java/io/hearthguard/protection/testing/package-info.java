/**
 * Test support for the protection bundles (test scope only, never deployed): flow, device
 * and context values built by hand, and replay of generated households from
 * {@code bench/voicegen.py}.
 */
package io.hearthguard.protection.testing;
