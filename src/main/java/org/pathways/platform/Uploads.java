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

    public static <T> T withSaved(List<MultipartFile> uploads, Work<T> work) throws IOException {
        Path folder = Files.createTempDirectory("pathways-upload");
        try {
            List<Path> files = new ArrayList<>();
            for (MultipartFile upload : uploads) {
                String sent = upload.getOriginalFilename();
                String name = sent == null || sent.isBlank() ? "upload-" + files.size() : Path.of(sent.replace('\\', '/')).getFileName().toString();
                Path target = folder.resolve(files.stream().anyMatch(f -> f.getFileName().toString().equals(name)) ? files.size() + "-" + name : name);
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
