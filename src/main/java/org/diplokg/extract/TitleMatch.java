package org.diplokg.extract;

/**
 * A title found in the text, qualifiers included ("Thứ trưởng Bộ Ngoại giao", "Đại sứ Việt Nam tại
 * Nhật Bản"), with the post it names, the rule that read it and how sure the rule is.
 */
public record TitleMatch(int start, int end, int nextToken, PostRef post, String rule, double confidence) {}
