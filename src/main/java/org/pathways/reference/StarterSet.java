package org.pathways.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.pathways.reference.importing.ReferenceImporter;
import org.pathways.reference.importing.ReferenceImporter.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pathways' own small extract of the official files (NAICS sectors and subsectors, SOC major groups, states,
 * and the industries, occupations and counties the demo uses, with O*NET's skills, knowledge, technology and job zones
 * for the demo occupations; see {@code tools/make-starter-set.py}), so a
 * fresh installation has working pickers before anyone imports the full releases. It only fills datasets
 * that have no release at all, and a full release of the same vintage replaces it.
 */
@Component
@Order(5)
class StarterSet implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StarterSet.class);

    private final ReferenceImporter importer;
    private final JdbcClient jdbc;

    StarterSet(ReferenceImporter importer, JdbcClient jdbc) {
        this.importer = importer;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Set<String> present = new HashSet<>(jdbc.sql("select distinct dataset from ref_release").query(String.class).list());
        if (present.containsAll(List.of("naics", "soc", "states", "counties", "cbsa-delineation", "bls-projections", "bls-oews-wages",
                "onet-occupations", "onet-skills", "onet-knowledge", "onet-technology-skills", "onet-job-zones"))) {
            return;
        }
        Path folder = Files.createTempDirectory("pathways-starter");
        try {
            List<SourceFile> files = new ArrayList<>();
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:reference/starter/**/*.csv");
            for (Resource resource : resources) {
                // O*NET files sit in a folder named for their release ("28.2"), which is how the importer reads their vintage
                String url = resource.getURL().toString();
                String relative = url.substring(url.lastIndexOf("reference/starter/") + "reference/starter/".length());
                Path file = folder.resolve(relative);
                Files.createDirectories(file.getParent());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                files.add(new SourceFile(file, "starter/" + relative));
            }
            files.sort(Comparator.comparing(SourceFile::displayName));
            ImportReport report = importer.importFiles(files, "pathways", true, dataset -> !present.contains(dataset.key()));
            if (report.failed()) {
                throw new IllegalStateException("the starter reference set did not load: " + report);
            }
            log.info("Loaded the starter reference set ({} rows); import the official releases for the full data", report.rowsLoaded());
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (UncheckedIOException ignored) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
