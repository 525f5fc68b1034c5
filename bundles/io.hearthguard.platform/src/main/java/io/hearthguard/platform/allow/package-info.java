/**
 * What the family said is normal, as the protections read it: "This is normal for this
 * device" on a finding's page makes an allow rule (docs/web.md), and a protection that
 * consults {@link io.hearthguard.platform.allow.AllowList} before it raises a finding stops
 * raising that finding for that device (and destination). Internal to the hub, not for
 * vendors.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.hearthguard.platform.allow;
