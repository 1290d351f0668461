package org.diplokg.extract;

/** A person's name read from the text: tokens [{@code first}, {@code first + count}). */
public record PersonName(int first, int count, int start, int end, String name) {}
