/**
 * Feature: the reviewer's queue of extracted claims and their decisions ({@code /review},
 * {@code /api/review}), recorded as PROV activities in the review graph. Services throw
 * {@link org.diplokg.errors.DomainException}; only the controller speaks HTTP. May use {@code audit},
 * {@code extract}, {@code system}, {@code store} and the kernels.
 */
package org.diplokg.review;
