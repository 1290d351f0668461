/**
 * Shared kernel: text folding (case, diacritics, Vietnamese đ) used by search and extraction alike.
 * Depends on nothing of ours.
 */
package org.diplokg.text;
