/**
 * Feature: online backups of the store, on request ({@code POST /api/admin/backup}, admin scope) and on a schedule. May use
 * {@code system}, {@code store} and the kernels.
 */
package org.diplokg.backup;
