/**
 * Feature: the deterministic synthetic graph ({@code generate}) behind the scale benchmarks. May use
 * {@code knowledge}, {@code store} and the kernels.
 */
package org.diplokg.generate;
