package org.pathways.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files for the readers that work on files: saved under their own names (only the last part of the name
 * the browser sent, never a path) in a fresh temporary folder that is removed whatever happens.
 */
public final class Uploads {

    /** Work done on the saved files. */
    @FunctionalInterface
    public interface Work<T> {
        T on(List<Path> files) throws IOException;
    }

    private Uploads() {
    }

    /**
     * The last part of the name the browser sent, with only letters, digits, spaces and . - _ ( ) kept, no leading
     * dots and at most 120 characters: never ".", "..", a path or a name the file system refuses. The readers
     * recognize files by their columns; the name only has to keep its extension and O*NET's "Read Me.txt".
     */
    public static String safeName(String sent, int index) {
        String last = sent == null ? "" : sent.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        String kept = last.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").replaceFirst("^[. ]+", "").strip();
        if (kept.length() > 120) {
            int dot = kept.lastIndexOf('.');
            String extension = dot > 0 && kept.length() - dot <= 10 ? kept.substring(dot) : "";
            kept = kept.substring(0, 120 - extension.length()) + extension;
        }
        return kept.isEmpty() ? "upload-" + index : kept;
    }

    public static <T> T withSaved(List<MultipartFile> uploads, Work<T> work) throws IOException {
        Path folder = Files.createTempDirectory("pathways-upload");
        try {
            List<Path> files = new ArrayList<>();
            for (MultipartFile upload : uploads) {
                String name = safeName(upload.getOriginalFilename(), files.size());
                Path target = folder.resolve(files.stream().anyMatch(f -> f.getFileName().toString().equals(name)) ? files.size() + "-" + name : name);
                if (!target.normalize().getParent().equals(folder)) {
                    throw new IllegalStateException("an upload name left its folder: " + name);
                }
                try (InputStream in = upload.getInputStream()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                files.add(target);
            }
            return work.on(files);
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
