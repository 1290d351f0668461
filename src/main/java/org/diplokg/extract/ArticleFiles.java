package org.diplokg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Article files for {@code ingest} and {@code eval}: {@code .txt} and {@code .html} files, directories walked in name order. */
public final class ArticleFiles {

    private ArticleFiles() {}

    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(ArticleFiles::isArticle)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException("No such file or directory: " + p);
            }
        }
        return files;
    }

    public static boolean isArticle(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }

    public static boolean isHtml(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    public static ArticleInput read(Path file, long maxBytes) {
        try {
            if (Files.size(file) > maxBytes) {
                throw new ArticleDecoder.BadArticleException(
                        "Article too large: " + Files.size(file) + " bytes, the limit is " + maxBytes + " bytes", true);
            }
            String text = ArticleDecoder.decode(Files.readAllBytes(file), isHtml(file), maxBytes);
            return ArticleInput.plainText(text, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
