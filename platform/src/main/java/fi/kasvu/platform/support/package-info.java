/**
 * Support for learning (oppimisen tuki) under the Basic Education Act as amended from 1.8.2025 (HE 114/2024):
 * group-level support without individual plans, student-specific support measures with the principal's administrative
 * decision recorded in one support document that Kasvu drafts from what it already knows, and the records of the
 * three-tier support before 1.8.2025 kept in their own form. Special-category personal data: every read is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support for learning")
package fi.kasvu.platform.support;
