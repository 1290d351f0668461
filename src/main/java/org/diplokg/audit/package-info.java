/**
 * Feature: the audit trail of writes (who changed what, when), kept in its own graph and read back by
 * {@code GET /api/audit} for the {@code admin} scope. May use {@code system}, {@code store} and the kernels.
 */
package org.diplokg.audit;
